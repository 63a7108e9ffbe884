import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The top of a help desk settings page: the way back, its title, its intro (the content,
 * styled by the page) and, while the page loads, a progress bar or the failure with a retry.
 * The host adds no box of its own: the page lays these out as its own.
 */
@Component({
  selector: 'app-settings-page-header',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  template: `
    <a mat-button [routerLink]="back()" class="back">
      <mat-icon svgIcon="arrow_back" aria-hidden="true" />
      {{ backKey() | transloco }}
    </a>
    <h1>{{ title() }}</h1>
    <ng-content />

    @if (status() === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'hr.loading' | transloco" />
    }
    @if (status() === 'failed') {
      <p role="alert">{{ 'hr.errors.load' | transloco }}</p>
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'hr.retry' | transloco }}</button>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .back {
      margin: 0 0 8px -12px;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPageHeader {
  /** The page's title, already in the reader's language. */
  readonly title = input.required<string>();
  /** Where "back" goes, and its words (a message key): the section's index by default. */
  readonly back = input('/hr/help-desk/settings');
  readonly backKey = input('hr.helpDeskSettings.title');
  /** The page's loading state: `loading` and `failed` are shown here, anything else is the page's. */
  readonly status = input('loaded');
  readonly retry = output();
}
