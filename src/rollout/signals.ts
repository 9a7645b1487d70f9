// The operator signals the stage machine reads (types only, so the machine's input can name them
// without importing the gates that act on them).

export type HookName = 'pre-step' | 'post-step';

export interface Approval {
  by: string;
  via: 'review' | 'label' | 'dispatch';
  /** when it was given (ms); null for a label, which approves while it is on the PR */
  at: number | null;
}

export interface Controls {
  /** a pause asked for now: the label on the PR, or a workflow_dispatch `pause` */
  pause?: { by: string; via: 'label' | 'dispatch' };
  /** a workflow_dispatch `resume` */
  resume?: { by: string };
  approvals: Approval[];
  /** the PR's labels were read: a label pause whose label is gone may end */
  labelsRead?: boolean;
}
