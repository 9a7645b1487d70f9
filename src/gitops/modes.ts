// The one mode vocabulary. Rollout modes are what the stage machine runs on a service; event
// modes add what an event can ask for that is not a rollout (a plan, a scheduled advance);
// input modes add `auto` (derive the mode from the event), `status` (read and show only) and the
// operator signals, which run as `advance` carrying the signal. input ⊃ event ⊃ rollout.

export const ROLLOUT_MODES = ['canary', 'promote', 'rollback', 'abort'] as const;
export type RolloutMode = (typeof ROLLOUT_MODES)[number];

/** The rollout modes that start a rollout (a promote with no canary walks every step). */
export type StartMode = Extract<RolloutMode, 'canary' | 'promote'>;

export const EVENT_MODES = ['plan', ...ROLLOUT_MODES, 'advance'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

/** Operator signals from workflow_dispatch: every rollout under way advances with the signal. */
export const CONTROL_MODES = ['pause', 'resume', 'approve'] as const;
export type ControlMode = (typeof CONTROL_MODES)[number];

export const INPUT_MODES = ['auto', ...EVENT_MODES, 'status', ...CONTROL_MODES] as const;
export type InputMode = (typeof INPUT_MODES)[number];

/** What a run decides: an event mode, or `skip` (the event asks for nothing). */
export type DecisionMode = EventMode | 'skip';

export const isControlMode = (m: string): m is ControlMode =>
  (CONTROL_MODES as readonly string[]).includes(m);

/** The `mode` input, checked: an unknown value says which ones exist. */
export function parseInputMode(raw: string): InputMode {
  const m = raw.trim().toLowerCase() || 'auto';
  if ((INPUT_MODES as readonly string[]).includes(m)) return m as InputMode;
  throw new Error(`input mode: "${raw}" is not a mode; use one of ${INPUT_MODES.join(', ')}`);
}
