import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import { HrContactService } from '../../core/hr-contact/hr-contact';
import { HrContactCard } from '../../shared/ui/hr-contact-card/hr-contact-card';

/** Where sign-out ends (after single logout at the IdP, when it has one). */
@Component({
  selector: 'app-signed-out-page',
  imports: [HrContactCard, MatButtonModule, TranslocoPipe],
  template: `
    <h1>{{ 'signedOut.title' | transloco }}</h1>
    <p>{{ 'signedOut.message' | transloco }}</p>
    <a mat-flat-button href="/auth/login">{{ 'signedOut.signIn' | transloco }}</a>
    <app-hr-contact-card [contact]="contact.value()" />
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignedOutPage {
  protected readonly contact = inject(HrContactService).contact;
}
