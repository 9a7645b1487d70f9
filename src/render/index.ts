// The pure renderers: HAProxy config, map file, Cloud Run traffic targets, Cloud Run URLs.
export {
  renderHaproxy,
  haproxyTime,
  FLEET_RUNTIME_API_ENV,
  type RenderOptions,
  type RenderOverrides,
} from './haproxy.js';
export { renderMap, renderPercentMap, MAP_HEADER } from './map.js';
export { renderCloudRunTraffic, type RevisionPair } from './cloudrun.js';
export { cloudRunHost, cloudRunUrl } from './urls.js';
export { renderRoutesMap, renderMapFiles, routesMapPath, routeKeys, ROUTES_HEADER } from './routes.js';
export {
  renderRevisionsMap,
  revisionsMapPath,
  taggedRevisions,
  requireRevisionName,
  REVISIONS_HEADER,
  type SideRevisions,
} from './revisions.js';
