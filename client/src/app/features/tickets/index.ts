/* What the shell may use of the help desk: "Talk to HR" on every page. Its pages load lazily through their *.routes.ts. */
export { TalkToHr } from './employee/talk-to-hr/talk-to-hr';
