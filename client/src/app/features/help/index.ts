/* What the shell and other features may use of the help desk (its pages load lazily through help.routes.ts). */
export { attachmentUrl, HelpApi } from './help-api';
export { TalkToHr } from './talk-to-hr/talk-to-hr';
