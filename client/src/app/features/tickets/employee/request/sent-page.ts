import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** After sending: the reference to quote, and where the answer will be. */
@Component({
  selector: 'app-sent-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <div class="sent">
      <mat-icon svgIcon="check_circle" class="done" aria-hidden="true" />
      <h1>{{ 'help.sent.title' | transloco }}</h1>
      <p class="reference-line">
        {{ 'help.sent.reference' | transloco }}
        <strong class="reference" data-testid="ticket-reference">{{ reference() }}</strong>
      </p>
      <p>{{ 'help.sent.next' | transloco }}</p>
      <div class="actions">
        <a mat-flat-button [routerLink]="['/help/requests', reference()]" data-testid="view-request">{{ 'help.sent.view' | transloco }}</a>
        <a mat-button routerLink="/">{{ 'help.sent.home' | transloco }}</a>
      </div>
    </div>
  `,
  styles: `
    .sent {
      max-width: 640px;
    }
    .done {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-primary);
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 8px 0 16px;
    }
    .reference-line {
      font: var(--mat-sys-title-medium);
    }
    .reference {
      display: inline-block;
      font: var(--mat-sys-headline-small);
      letter-spacing: 0.02em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SentPage {
  /** From the address: the ticket's reference (HR-2026-00042). */
  readonly reference = input.required<string>();
}
