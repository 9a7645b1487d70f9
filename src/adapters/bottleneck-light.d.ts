// bottleneck/light.js (what @octokit/plugin-throttling uses; no Redis clustering) has Bottleneck's types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
