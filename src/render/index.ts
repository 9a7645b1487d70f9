// The pure renderers: HAProxy config, map file, Cloud Run traffic targets, Cloud Run URLs.
export { renderHaproxy, haproxyTime, FLEET_RUNTIME_API_ENV } from './haproxy.js';
export { renderMap, renderPercentMap, MAP_HEADER } from './map.js';
export { renderCloudRunTraffic } from './cloudrun.js';
export { cloudRunHost, cloudRunUrl } from './urls.js';
export { renderRoutesMap, renderMapFiles, routesMapPath, routeKeys } from './routes.js';
export {
  renderRevisionsMap,
  revisionsMapPath,
  taggedRevisions,
  requireRevisionName,
  type SideRevisions,
} from './revisions.js';
