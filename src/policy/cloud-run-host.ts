// The Cloud Run host names HAProxy will use, checked before anything renders: a `url` must be the
// service's own, and the canary tag's host label (`canary---…`) must fit in one DNS label.
import type { Add } from './listeners.js';
import type { PathSeg } from './parse.js';
import { CANARY_TAG, tagHost } from './names.js';
import { checkRunUrl, checkServiceName } from './whitelist.js';

/** Cloud Run tags the revisions `canary---HOST-LABEL`; a DNS label holds at most 63 characters. */
const MAX_LABEL = 63;

/** The url must be this service's own, and its tag host label must fit in one DNS label. */
export function checkRunHost(
  s: Record<string, unknown>,
  path: PathSeg[],
  defaults: Record<string, unknown>,
  add: Add,
): void {
  if (typeof s.name !== 'string' || checkServiceName(s.name)) return;
  const name = s.name;
  if (typeof s.url === 'string') {
    if (checkRunUrl(s.url)) return;
    const label = s.url.replace(/^https:\/\//, '').split('.')[0];
    if (!label.startsWith(`${name}-`)) {
      add(
        [...path, 'url'],
        `${JSON.stringify(s.url)} is not the URL of service ${JSON.stringify(name)}: its host must start with "${name}-" ` +
          `(https://${name}-HASH-REGION_CODE.a.run.app or https://${name}-PROJECT_NUMBER.REGION.run.app)`,
      );
      return;
    }
    const tagged = tagHost(CANARY_TAG, label);
    if (tagged.length > MAX_LABEL) add([...path, 'url'], tagTooLong(tagged));
    return;
  }
  const number = s['project-number'] ?? defaults['project-number'];
  if (typeof number !== 'string' || !/^[0-9]{1,20}$/.test(number)) return;
  const label = tagHost(CANARY_TAG, `${name}-${number}`);
  if (label.length > MAX_LABEL) {
    const most = MAX_LABEL - (label.length - name.length);
    add(
      [...path, 'name'],
      `${tagTooLong(label)}; with project number ${number} a service name may have at most ${most} characters`,
    );
  }
}

const tagTooLong = (label: string) =>
  `the canary tag host label "${label}" is ${label.length} characters long; DNS labels hold at most ${MAX_LABEL}, ` +
  'so the canary revision could not be reached';
