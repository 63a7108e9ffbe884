import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { Action } from '@portico/shared/auth/auth.schemas';

import { authFeature } from '../../../core/auth/state/auth.feature';

interface Section {
  path: string;
  icon: string;
  titleKey: string;
  descriptionKey: string;
  /** The same action the section's route requires. */
  requires: Action;
}

const sections: readonly Section[] = [
  { path: 'tickets', icon: 'support_agent', titleKey: 'hr.landing.tickets', descriptionKey: 'hr.landing.ticketsDescription', requires: 'tickets.work' },
  { path: 'handbook', icon: 'article', titleKey: 'hr.landing.handbook', descriptionKey: 'hr.landing.handbookDescription', requires: 'handbook.publish' },
  { path: 'policies', icon: 'policy', titleKey: 'hr.landing.policies', descriptionKey: 'hr.landing.policiesDescription', requires: 'reports.read' },
  { path: 'reports', icon: 'bar_chart', titleKey: 'hr.landing.reports', descriptionKey: 'hr.landing.reportsDescription', requires: 'reports.read' },
  { path: 'help-desk/reports', icon: 'monitoring', titleKey: 'hr.helpDeskReports.title', descriptionKey: 'hr.helpDeskReports.landingDescription', requires: 'reports.read' },
  { path: 'handbook/synonyms', icon: 'dictionary', titleKey: 'hr.landing.synonyms', descriptionKey: 'hr.landing.synonymsDescription', requires: 'handbook.publish' },
  { path: 'help-desk/settings', icon: 'tune', titleKey: 'hr.helpDeskSettings.title', descriptionKey: 'hr.helpDeskSettings.landing', requires: 'tickets.configure' },
];

/** The workspace's front door: only the sections this person's role lets them use. */
@Component({
  selector: 'app-hr-landing-page',
  imports: [MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'nav.hrWorkspace' | transloco }}</h1>
    @if (visible().length) {
      <ul class="sections">
        @for (section of visible(); track section.path) {
          <li>
            <a class="section" [routerLink]="section.path" [attr.data-testid]="'section-' + section.path">
              <mat-icon [svgIcon]="section.icon" aria-hidden="true" />
              <span class="title">{{ section.titleKey | transloco }}</span>
              <span class="description">{{ section.descriptionKey | transloco }}</span>
            </a>
          </li>
        }
      </ul>
    } @else {
      <p data-testid="no-sections">{{ 'hr.landing.nothing' | transloco }}</p>
    }
  `,
  styles: `
    h1 { font: var(--mat-sys-headline-medium); margin: 0 0 16px; }
    .sections { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); }
    .section {
      display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; align-items: center; height: 100%; box-sizing: border-box;
      padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px;
      background: var(--mat-sys-surface-container-low); color: inherit; text-decoration: none;
    }
    .section:hover { background: var(--mat-sys-surface-container); }
    .section:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    mat-icon { color: var(--mat-sys-primary); }
    .title { font: var(--mat-sys-title-medium); color: var(--mat-sys-primary); }
    .description { grid-column: 2; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HrLandingPage {
  private readonly actions = inject(Store).selectSignal(authFeature.selectActions);
  protected readonly visible = computed(() => sections.filter((section) => this.actions().includes(section.requires)));
}
