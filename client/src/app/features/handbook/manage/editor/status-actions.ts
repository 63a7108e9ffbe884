import type { ArticleAction, ArticleStatus } from '../manage-api';

export interface StatusAction {
  id: ArticleAction | 'schedule';
  icon: string;
  labelKey: string;
}

const publishNow: StatusAction = { id: 'publish', icon: 'publish', labelKey: 'hr.actions.publishNow' };
const schedule: StatusAction = { id: 'schedule', icon: 'schedule', labelKey: 'hr.actions.schedule' };
const unpublish: StatusAction = { id: 'unpublish', icon: 'unpublished', labelKey: 'hr.actions.unpublish' };
const review: StatusAction = { id: 'review', icon: 'task_alt', labelKey: 'hr.actions.review' };
const archive: StatusAction = { id: 'archive', icon: 'archive', labelKey: 'hr.actions.archive' };

/** The editor's status actions for an article: a scheduled one can still go live now or at another time. */
export function statusActionsFor(status: ArticleStatus, scheduled: boolean): StatusAction[] {
  const published = status === 'published';
  return [...(!published || scheduled ? [publishNow, schedule] : []), ...(published ? [unpublish, review] : []), ...(status !== 'archived' ? [archive] : [])];
}
