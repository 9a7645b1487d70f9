// Metric sources (read-only adapters) and the observer that feeds the judge: what the action uses.
export { createObserver, defaultSources } from './observer.js';
