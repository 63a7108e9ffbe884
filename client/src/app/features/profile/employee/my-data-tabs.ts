import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** My data's two tabs, each its own address: the record (/my-data) and its history (/my-data/history). */
@Component({
  selector: 'app-my-data-tabs',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, TranslocoPipe],
  template: `
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" [tabPanel]="panel" [attr.aria-label]="'profile.tabs.label' | transloco">
      <a mat-tab-link routerLink="/my-data" routerLinkActive #record="routerLinkActive" [routerLinkActiveOptions]="{ exact: true }" [active]="record.isActive">
        {{ 'profile.tabs.record' | transloco }}
      </a>
      <a mat-tab-link routerLink="/my-data/history" routerLinkActive #history="routerLinkActive" [active]="history.isActive" data-testid="tab-history">
        {{ 'profile.tabs.history' | transloco }}
      </a>
    </nav>
    <mat-tab-nav-panel #panel><ng-content /></mat-tab-nav-panel>
  `,
  styles: `
    nav {
      margin: 8px 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDataTabs {}
