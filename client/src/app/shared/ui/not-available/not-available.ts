import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * What a part of the portal shows until its feature is built: a plain statement, never
 * placeholder content that could be mistaken for real data.
 */
@Component({
  selector: 'app-not-available',
  imports: [TranslocoPipe],
  template: `
    <h1>{{ feature() | transloco }}</h1>
    <p class="message">{{ 'notAvailable.message' | transloco: { feature: (feature() | transloco) } }}</p>
    <p>{{ 'notAvailable.detail' | transloco }}</p>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 16px;
    }
    .message {
      font: var(--mat-sys-title-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotAvailable {
  /** Message key of the feature's name, from the route's data. */
  readonly feature = input.required<string>();
}
