import { inject, provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import arrowDownward from '@material-symbols/svg-400/outlined/arrow_downward.svg';
import arrowUpward from '@material-symbols/svg-400/outlined/arrow_upward.svg';
import category from '@material-symbols/svg-400/outlined/category.svg';
import contactPhone from '@material-symbols/svg-400/outlined/contact_phone.svg';
import deleteIcon from '@material-symbols/svg-400/outlined/delete.svg';
import edit from '@material-symbols/svg-400/outlined/edit.svg';
import link from '@material-symbols/svg-400/outlined/link.svg';
import quickreply from '@material-symbols/svg-400/outlined/quickreply.svg';
import rule from '@material-symbols/svg-400/outlined/rule.svg';
import science from '@material-symbols/svg-400/outlined/science.svg';

/** Icons of the help desk settings pages only, in their chunk. */
const icons: Record<string, string> = {
  arrow_downward: arrowDownward,
  arrow_upward: arrowUpward,
  category,
  contact_phone: contactPhone,
  delete: deleteIcon,
  edit,
  link,
  quickreply,
  rule,
  science,
};

export function provideHelpDeskSettingsIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    // Trusted: these strings come from our own bundle, never from user input.
    for (const [name, svg] of Object.entries(icons)) registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
  });
}
