import { inject, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import approval from '@material-symbols/svg-400/outlined/approval.svg';
import badge from '@material-symbols/svg-400/outlined/badge.svg';
import check from '@material-symbols/svg-400/outlined/check.svg';
import doneAll from '@material-symbols/svg-400/outlined/done_all.svg';
import groups from '@material-symbols/svg-400/outlined/groups.svg';
import home from '@material-symbols/svg-400/outlined/home.svg';
import logout from '@material-symbols/svg-400/outlined/logout.svg';
import menu from '@material-symbols/svg-400/outlined/menu.svg';
import menuBook from '@material-symbols/svg-400/outlined/menu_book.svg';
import notifications from '@material-symbols/svg-400/outlined/notifications.svg';
import payments from '@material-symbols/svg-400/outlined/payments.svg';
import print from '@material-symbols/svg-400/outlined/print.svg';
import search from '@material-symbols/svg-400/outlined/search.svg';
import supportAgent from '@material-symbols/svg-400/outlined/support_agent.svg';
import taskAlt from '@material-symbols/svg-400/outlined/task_alt.svg';
import thumbDown from '@material-symbols/svg-400/outlined/thumb_down.svg';
import thumbUp from '@material-symbols/svg-400/outlined/thumb_up.svg';
import translate from '@material-symbols/svg-400/outlined/translate.svg';
import warning from '@material-symbols/svg-400/outlined/warning.svg';
import workspaces from '@material-symbols/svg-400/outlined/workspaces.svg';

/**
 * Material Symbols as inline SVG, bundled at build time: only these icons ship (a few KB
 * instead of a 4 MB icon font) and nothing is fetched from another host.
 */
const icons: Record<string, string> = {
  approval,
  badge,
  check,
  done_all: doneAll,
  groups,
  home,
  logout,
  menu,
  menu_book: menuBook,
  notifications,
  payments,
  print,
  search,
  support_agent: supportAgent,
  task_alt: taskAlt,
  thumb_down: thumbDown,
  thumb_up: thumbUp,
  translate,
  warning,
  workspaces,
};

/**
 * Registers bundled icons by name: the shell's here, a feature's when its route loads (so
 * they ship in its chunk). Call in an injection context; registering twice is harmless.
 */
export function registerIcons(svgs: Record<string, string>, registry = inject(MatIconRegistry), sanitizer = inject(DomSanitizer)): void {
  // Trusted: these strings come from our own bundle, never from user input.
  for (const [name, svg] of Object.entries(svgs)) registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
}

export function provideIcons(): EnvironmentProviders {
  return provideAppInitializer(() => registerIcons(icons));
}
