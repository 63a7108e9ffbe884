import type { Action } from '@portico/shared/auth/auth.schemas';

import { hrActions } from '../auth/auth.guards';

/** The shell's destinations. `primary` ones also sit in the phone's bottom bar. */
export interface NavigationItem {
  path: string;
  labelKey: string;
  icon: string;
  primary: boolean;
  /** Shown only to people allowed one of these actions (the route checks it too). */
  requires?: readonly Action[];
}

export const navigation: readonly NavigationItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', primary: true },
  { path: '/payslips', labelKey: 'nav.payslips', icon: 'payments', primary: true },
  { path: '/handbook', labelKey: 'nav.handbook', icon: 'menu_book', primary: true },
  { path: '/my-data', labelKey: 'nav.myData', icon: 'badge', primary: false },
  { path: '/help', labelKey: 'nav.help', icon: 'support_agent', primary: true },
  { path: '/team', labelKey: 'nav.team', icon: 'groups', primary: false, requires: ['team.read'] },
  { path: '/approvals', labelKey: 'nav.approvals', icon: 'approval', primary: false, requires: ['approvals.decide'] },
  { path: '/hr', labelKey: 'nav.hrWorkspace', icon: 'workspaces', primary: false, requires: hrActions },
];

/** Below this width the shell uses a drawer and a bottom bar instead of a side navigation. */
export const COMPACT_LAYOUT_QUERY = '(max-width: 839.98px)';
