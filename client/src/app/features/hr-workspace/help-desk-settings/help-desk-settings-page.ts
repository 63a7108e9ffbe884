import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { SettingsPageHeader } from './settings-page-header';

interface SettingsPage {
  path: string;
  icon: string;
  key: string;
}

/** The pages of this section, in the order HR sets up a help desk. */
export const settingsPages: readonly SettingsPage[] = [
  { path: 'contact', icon: 'contact_phone', key: 'contact' },
  { path: 'canned-responses', icon: 'quickreply', key: 'canned' },
  { path: 'triage', icon: 'rule', key: 'triage' },
  { path: 'catalogue', icon: 'category', key: 'catalogue' },
];

/** The help desk settings' own index: what HR admins configure here. */
@Component({
  selector: 'app-help-desk-settings-page',
  imports: [MatIconModule, RouterLink, SettingsPageHeader, TranslocoPipe],
  template: `
    <app-settings-page-header back="/hr" backKey="nav.hrWorkspace" [title]="'hr.helpDeskSettings.title' | transloco">
      <p class="intro">{{ 'hr.helpDeskSettings.intro' | transloco }}</p>
    </app-settings-page-header>
    <ul class="pages">
      @for (page of pages; track page.path) {
        <li>
          <a class="page" [routerLink]="page.path" [attr.data-testid]="'settings-' + page.path">
            <mat-icon [svgIcon]="page.icon" aria-hidden="true" />
            <span class="title">{{ 'hr.helpDeskSettings.' + page.key + '.title' | transloco }}</span>
            <span class="description">{{ 'hr.helpDeskSettings.' + page.key + '.description' | transloco }}</span>
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    .intro { color: var(--mat-sys-on-surface-variant); margin: 0 0 16px; }
    .pages { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); }
    .page {
      display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; align-items: center; height: 100%; box-sizing: border-box;
      padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px;
      background: var(--mat-sys-surface-container-low); color: inherit; text-decoration: none;
    }
    .page:hover { background: var(--mat-sys-surface-container); }
    .page:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    mat-icon { color: var(--mat-sys-primary); }
    .title { font: var(--mat-sys-title-medium); color: var(--mat-sys-primary); }
    .description { grid-column: 2; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelpDeskSettingsPage {
  protected readonly pages = settingsPages;
}
