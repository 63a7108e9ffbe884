import type { Acknowledgement } from '@portico/shared/handbook/handbook.schemas';

export interface AcknowledgementPrompt {
  /** Message key; its `date` parameter is the due date. */
  key: string;
  dueAt: string | null;
  overdue: boolean;
}

/** What to ask of a reader who has not acknowledged the policy yet; null once they have. */
export function acknowledgementPrompt(acknowledgement: Acknowledgement | null, now = Date.now()): AcknowledgementPrompt | null {
  if (!acknowledgement || acknowledgement.acknowledgedAt) return null;
  const { dueAt } = acknowledgement;
  if (!dueAt) return { key: 'handbook.acknowledgePromptNoDue', dueAt: null, overdue: false };
  const overdue = Date.parse(dueAt) < now;
  return { key: overdue ? 'handbook.acknowledgeOverdue' : 'handbook.acknowledgePrompt', dueAt, overdue };
}
