// Pure: the files the action writes for `haproxy.output`: the config, and its maps beside it.
import { revisionsMapPath } from './revisions.js';
import { routesMapPath } from './routes.js';

/** `haproxy/haproxy.cfg` → `haproxy/haproxy.map`; any other name gets `.map` appended. */
export function mapPathFor(output: string): string {
  return output.replace(/\.cfg$/, '') + '.map';
}

/** Every file written for `haproxy.output`: the config, the percent, routes and revisions maps. */
export function outputFiles(output: string): string[] {
  const map = mapPathFor(output);
  return [output, map, routesMapPath(map), revisionsMapPath(map)];
}
