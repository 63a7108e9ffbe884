import { inject, provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import add from '@material-symbols/svg-400/outlined/add.svg';
import addPhotoAlternate from '@material-symbols/svg-400/outlined/add_photo_alternate.svg';
import archive from '@material-symbols/svg-400/outlined/archive.svg';
import arrowBack from '@material-symbols/svg-400/outlined/arrow_back.svg';
import article from '@material-symbols/svg-400/outlined/article.svg';
import barChart from '@material-symbols/svg-400/outlined/bar_chart.svg';
import close from '@material-symbols/svg-400/outlined/close.svg';
import dictionary from '@material-symbols/svg-400/outlined/dictionary.svg';
import download from '@material-symbols/svg-400/outlined/download.svg';
import factCheck from '@material-symbols/svg-400/outlined/fact_check.svg';
import history from '@material-symbols/svg-400/outlined/history.svg';
import monitoring from '@material-symbols/svg-400/outlined/monitoring.svg';
import notificationsActive from '@material-symbols/svg-400/outlined/notifications_active.svg';
import policy from '@material-symbols/svg-400/outlined/policy.svg';
import publish from '@material-symbols/svg-400/outlined/publish.svg';
import schedule from '@material-symbols/svg-400/outlined/schedule.svg';
import table from '@material-symbols/svg-400/outlined/table.svg';
import taskAlt from '@material-symbols/svg-400/outlined/task_alt.svg';
import tune from '@material-symbols/svg-400/outlined/tune.svg';
import unpublished from '@material-symbols/svg-400/outlined/unpublished.svg';
import warning from '@material-symbols/svg-400/outlined/warning.svg';

/** Icons only the HR workspace uses: registered when its route loads, so they ship in its chunk. */
const icons: Record<string, string> = {
  add,
  add_photo_alternate: addPhotoAlternate,
  archive,
  arrow_back: arrowBack,
  article,
  bar_chart: barChart,
  close,
  dictionary,
  download,
  fact_check: factCheck,
  history,
  monitoring,
  notifications_active: notificationsActive,
  policy,
  publish,
  schedule,
  table,
  task_alt: taskAlt,
  tune,
  unpublished,
  warning,
};

export function provideWorkspaceIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    // Trusted: these strings come from our own bundle, never from user input.
    for (const [name, svg] of Object.entries(icons)) registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
  });
}
