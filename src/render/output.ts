// Pure: the files the action writes for `haproxy.output`: the config, and its maps beside it.
import { routesMapPath } from './routes.js';

/** `haproxy/haproxy.cfg` → `haproxy/haproxy.map`; any other name gets `.map` appended. */
export function mapPathFor(output: string): string {
  return output.replace(/\.cfg$/, '') + '.map';
}

/** Every file written for `haproxy.output`: the config, the percent map, the routes map. */
export function outputFiles(output: string): string[] {
  return [output, mapPathFor(output), routesMapPath(mapPathFor(output))];
}
