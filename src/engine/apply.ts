// Folds one transition's actions into at most one Cloud Run write plus HAProxy map changes,
// leaving out whatever already is as desired (so a re-run writes nothing).

import type { Action, Transition } from '../rollout/actions.js';
import type { ServiceSnapshot, ServiceUpdate, TrafficTarget } from '../rollout/ports.js';
import { ROLLOUT_ANNOTATION, serializeState } from '../rollout/state.js';
import { trafficEqual } from '../rollout/traffic.js';

export interface WritePlan {
  /** null: Cloud Run already matches */
  update: ServiceUpdate | null;
  /** map percents to set before the Cloud Run write (less canary: safe first) and after it */
  mapBefore: number[];
  mapAfter: number[];
  reports: string[];
}

const CLOUD_RUN: Action['kind'][] = [
  'deployCanary',
  'tagCanary',
  'setTraffic',
  'restoreStable',
  'writeState',
  'clearState',
];

export function planWrite(snap: ServiceSnapshot, t: Transition): WritePlan {
  const plan: WritePlan = { update: null, mapBefore: [], mapAfter: [], reports: [] };
  let traffic: TrafficTarget[] | undefined;
  let template: ServiceUpdate['template'];
  let annotation: string | null | undefined;
  let cloudRunSeen = false;
  for (const a of t.actions) {
    if (CLOUD_RUN.includes(a.kind)) cloudRunSeen = true;
    switch (a.kind) {
      case 'deployCanary':
        template = { image: a.image, revisionName: a.revisionName };
        traffic = a.traffic;
        break;
      case 'tagCanary':
        traffic = a.traffic;
        break;
      case 'setTraffic':
        traffic = a.targets;
        break;
      case 'restoreStable':
        traffic = a.targets;
        break;
      case 'writeState':
        annotation = t.state ? serializeState(t.state) : null;
        break;
      case 'clearState':
        annotation = null;
        break;
      case 'setMap':
        (cloudRunSeen ? plan.mapAfter : plan.mapBefore).push(a.percent);
        break;
      case 'report':
        plan.reports.push(a.message);
        break;
    }
  }
  const update: ServiceUpdate = {};
  if (template) update.template = template;
  if (
    traffic &&
    (template || !trafficEqual(snap.traffic, traffic) || !trafficEqual(snap.trafficStatuses, traffic))
  ) {
    update.traffic = traffic;
  }
  if (annotation !== undefined && (snap.annotations[ROLLOUT_ANNOTATION] ?? null) !== annotation) {
    update.annotations = { [ROLLOUT_ANNOTATION]: annotation };
  }
  if (update.template || update.traffic || update.annotations) plan.update = update;
  return plan;
}

/** A write accepted but not served (its operation failed): spec and status disagree. */
export function servingLags(snap: ServiceSnapshot): boolean {
  return !trafficEqual(snap.traffic, snap.trafficStatuses);
}
