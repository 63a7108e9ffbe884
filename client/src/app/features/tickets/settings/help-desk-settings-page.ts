import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LinkCards, type LinkCard } from '../../../shared/ui/link-cards/link-cards';
import { SettingsPageHeader } from './settings-page-header';

interface SettingsPage {
  path: string;
  icon: string;
  key: string;
  /** The card's words, when the page's `description` key means something else there (the catalogue's is a field label). */
  descriptionKey?: string;
}

/** The pages of this section, in the order HR sets up a help desk. */
const settingsPages: readonly SettingsPage[] = [
  { path: 'contact', icon: 'contact_phone', key: 'contact' },
  { path: 'offices', icon: 'schedule', key: 'offices' },
  { path: 'canned-responses', icon: 'quickreply', key: 'canned' },
  { path: 'triage', icon: 'rule', key: 'triage' },
  { path: 'catalogue', icon: 'category', key: 'catalogue', descriptionKey: 'hr.helpDeskSettings.catalogue.landing' },
];

/** The help desk settings' own index: what HR admins configure here. */
@Component({
  selector: 'app-help-desk-settings-page',
  imports: [LinkCards, SettingsPageHeader, TranslocoPipe],
  template: `
    <app-settings-page-header back="/hr" backKey="nav.hrWorkspace" [title]="'hr.helpDeskSettings.title' | transloco">
      <p class="intro">{{ 'hr.helpDeskSettings.intro' | transloco }}</p>
    </app-settings-page-header>
    <app-link-cards [cards]="pages" />
  `,
  styles: `
    .intro {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelpDeskSettingsPage {
  protected readonly pages: readonly LinkCard[] = settingsPages.map(({ path, icon, key, descriptionKey }) => ({
    path,
    icon,
    titleKey: `hr.helpDeskSettings.${key}.title`,
    descriptionKey: descriptionKey ?? `hr.helpDeskSettings.${key}.description`,
    testId: `settings-${path}`,
  }));
}
