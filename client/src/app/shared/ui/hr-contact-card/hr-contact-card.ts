import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HrContact } from '@portico/shared/settings/hr-contact.schemas';

import { dialable } from '../../../core/hr-contact/hr-contact';

/** How to reach a person in HR: email, phone and hours, each a link where it can be. */
@Component({
  selector: 'app-hr-contact-card',
  imports: [TranslocoPipe],
  template: `
    @if (contact(); as contact) {
      <section class="card" aria-labelledby="hr-contact-title">
        <h2 id="hr-contact-title">{{ 'contact.title' | transloco }}</h2>
        <dl>
          <dt>{{ 'contact.email' | transloco }}</dt>
          <dd>
            <a [href]="'mailto:' + contact.email">{{ contact.email }}</a>
          </dd>
          @if (contact.phone) {
            <dt>{{ 'contact.phone' | transloco }}</dt>
            <dd>
              <a [href]="'tel:' + dialable(contact.phone)">{{ contact.phone }}</a>
            </dd>
          }
          @if (contact.hours) {
            <dt>{{ 'contact.hours' | transloco }}</dt>
            <dd>{{ contact.hours }}</dd>
          }
        </dl>
      </section>
    }
  `,
  styles: `
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 16px;
      margin-top: 24px;
      background: var(--mat-sys-surface-container-low);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HrContactCard {
  readonly contact = input<HrContact | undefined>();

  protected readonly dialable = dialable;
}
