// Pure: the files the action writes for `haproxy.output`: the config, and its map beside it.

/** `haproxy/haproxy.cfg` → `haproxy/haproxy.map`; any other name gets `.map` appended. */
export function mapPathFor(output: string): string {
  return output.replace(/\.cfg$/, '') + '.map';
}
