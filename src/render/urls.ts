// Cloud Run's deterministic host names, so `render` works offline.
//   service URL: https://SERVICE-PROJECT_NUMBER.REGION.run.app
//   tag URL:     https://TAG---SERVICE-PROJECT_NUMBER.REGION.run.app
// or, when the service gives its `url` (https://SERVICE-HASH-REGION_CODE.a.run.app),
//   tag URL:     https://TAG---SERVICE-HASH-REGION_CODE.a.run.app
// (a `url` of the first form is accepted too: its tag form is TAG---<same host>)
import { SERVICE_NAME, tagHost } from '../policy/names.js';
import type { Service } from '../policy/types.js';

const PROJECT_NUMBER = /^[0-9]{1,20}$/;
const REGION = /^[a-z]+(?:-[a-z]+)*[0-9]+$/;
const TAG = /^[a-z](?:[a-z0-9-]{0,44}[a-z0-9])?$/;
// https://SERVICE-HASH-REGION_CODE.a.run.app or https://SERVICE-PROJECT_NUMBER.REGION.run.app
const SERVICE_URL =
  /^https:\/\/((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.a\.run\.app|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.[a-z]+(?:-[a-z]+)*[0-9]+\.run\.app)\/?$/;

/** Host name (no scheme) of a service or of one of its tags. Throws when neither `url` nor
 *  `projectNumber` is known, because HAProxy cannot route to a revision without it. */
export function cloudRunHost(service: Service, tag?: string): string {
  if (!SERVICE_NAME.test(service.name)) {
    throw new Error(
      `cannot build a Cloud Run URL: service name "${service.name}" is not a valid Cloud Run name`,
    );
  }
  if (tag !== undefined && !TAG.test(tag)) {
    throw new Error(`cannot build a Cloud Run tag URL for ${service.name}: tag "${tag}" is not a valid tag`);
  }
  const tagged = (host: string) => (tag === undefined ? host : tagHost(tag, host));
  if (service.url !== undefined) {
    const m = SERVICE_URL.exec(service.url);
    if (!m || !m[1].startsWith(`${service.name}-`)) {
      throw new Error(
        `services ${service.name}: url "${service.url}" is not of the form https://${service.name}-HASH-REGION_CODE.a.run.app ` +
          `or https://${service.name}-PROJECT_NUMBER.REGION.run.app`,
      );
    }
    return tagged(m[1]);
  }
  if (service.projectNumber === undefined) {
    throw new Error(
      `services ${service.name}: cannot name its Cloud Run host: set defaults.project-number (or the service's project-number) or the service's url`,
    );
  }
  if (!PROJECT_NUMBER.test(service.projectNumber)) {
    throw new Error(`services ${service.name}: project-number "${service.projectNumber}" is not all digits`);
  }
  if (!REGION.test(service.region)) {
    throw new Error(
      `services ${service.name}: region "${service.region}" is not a Cloud Run region like us-central1`,
    );
  }
  return tagged(`${service.name}-${service.projectNumber}.${service.region}.run.app`);
}

/** https URL of a service or of one of its tags. */
export function cloudRunUrl(service: Service, tag?: string): string {
  return `https://${cloudRunHost(service, tag)}`;
}
