import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import type { MyChangeRequest } from '@portico/shared/profile/profile.schemas';

import type { Section } from './sections';

/** One section of "my data": its title, an Edit button while it is not being edited, what of it waits for whom, then its content. */
@Component({
  selector: 'app-section-card',
  imports: [MatButtonModule, MatIconModule, TranslocoDatePipe, TranslocoPipe],
  template: `
    <section class="card" [attr.aria-labelledby]="section() + '-title'">
      <div class="card-head">
        <h2 [id]="section() + '-title'">{{ 'profile.sections.' + section() | transloco }}</h2>
        @if (!editing()) {
          <button
            mat-button
            type="button"
            (click)="edit.emit()"
            [attr.aria-label]="'profile.editSection' | transloco: { section: ('profile.sections.' + section() | transloco) }"
            [attr.data-testid]="'edit-' + section()"
          >
            <mat-icon svgIcon="edit" aria-hidden="true" />{{ 'profile.edit' | transloco }}
          </button>
        }
      </div>
      @for (request of waiting(); track request.id) {
        <p class="waiting" [attr.data-testid]="'waiting-' + section()">
          <mat-icon svgIcon="hourglass_top" aria-hidden="true" />
          @if (request.state === 'scheduled' && request.holdUntil) {
            {{ 'profile.heldUntil' | transloco: { date: request.holdUntil | translocoDate: { dateStyle: 'medium', timeStyle: 'short' } } }}
          } @else {
            {{
              (request.state === 'pending' ? 'profile.waitingFor' : 'profile.scheduledFor')
                | transloco
                  : {
                      approver: request.approver?.name ?? ('profile.hr' | transloco),
                      since: request.createdAt | translocoDate: { dateStyle: 'medium' },
                      date: request.effectiveDate ?? '',
                    }
            }}
          }
        </p>
      }
      <ng-content />
    </section>
  `,
  styleUrl: './section-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionCard {
  readonly section = input.required<Section>();
  readonly editing = input(false);
  readonly waiting = input<readonly MyChangeRequest[]>([]);
  readonly edit = output();
}
