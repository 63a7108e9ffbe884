import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { Action } from '@portico/shared/auth/auth.schemas';

import { authFeature } from '../../../core/auth/state/auth.feature';
import { LinkCards, type LinkCard } from '../../../shared/ui/link-cards/link-cards';

interface Section extends Omit<LinkCard, 'testId'> {
  /** The same action the section's route requires. */
  requires: Action;
}

const sections: readonly Section[] = [
  { path: 'tickets', icon: 'support_agent', titleKey: 'hr.landing.tickets', descriptionKey: 'hr.landing.ticketsDescription', requires: 'tickets.work' },
  { path: 'handbook', icon: 'article', titleKey: 'hr.landing.handbook', descriptionKey: 'hr.landing.handbookDescription', requires: 'handbook.publish' },
  { path: 'policies', icon: 'policy', titleKey: 'hr.landing.policies', descriptionKey: 'hr.landing.policiesDescription', requires: 'reports.read' },
  { path: 'reports', icon: 'bar_chart', titleKey: 'hr.landing.reports', descriptionKey: 'hr.landing.reportsDescription', requires: 'reports.read' },
  {
    path: 'help-desk/reports',
    icon: 'monitoring',
    titleKey: 'hr.helpDeskReports.title',
    descriptionKey: 'hr.helpDeskReports.landingDescription',
    requires: 'reports.read',
  },
  {
    path: 'handbook/synonyms',
    icon: 'dictionary',
    titleKey: 'hr.landing.synonyms',
    descriptionKey: 'hr.landing.synonymsDescription',
    requires: 'handbook.publish',
  },
  { path: 'people', icon: 'badge', titleKey: 'people.title', descriptionKey: 'people.landing', requires: 'profiles.read' },
  {
    path: 'people/field-policy',
    icon: 'tune',
    titleKey: 'profileSettings.title',
    descriptionKey: 'profileSettings.landing',
    requires: 'settings.manage',
  },
  {
    path: 'help-desk/settings',
    icon: 'tune',
    titleKey: 'hr.helpDeskSettings.title',
    descriptionKey: 'hr.helpDeskSettings.landing',
    requires: 'tickets.configure',
  },
];

/** The workspace's front door: only the sections this person's role lets them use. */
@Component({
  selector: 'app-hr-landing-page',
  imports: [LinkCards, TranslocoPipe],
  template: `
    <h1>{{ 'nav.hrWorkspace' | transloco }}</h1>
    @if (visible().length) {
      <app-link-cards [cards]="visible()" />
    } @else {
      <p data-testid="no-sections">{{ 'hr.landing.nothing' | transloco }}</p>
    }
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HrLandingPage {
  private readonly actions = inject(Store).selectSignal(authFeature.selectActions);
  protected readonly visible = computed<LinkCard[]>(() =>
    sections.filter((section) => this.actions().includes(section.requires)).map((section) => ({ ...section, testId: `section-${section.path}` })),
  );
}
