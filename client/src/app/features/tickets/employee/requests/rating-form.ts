import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { RateSchema } from '@portico/shared/tickets/tickets.schemas';

/** "How well did HR answer?": 1 to 5 and an optional comment, once per resolution. */
@Component({
  selector: 'app-rating-form',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <form (ngSubmit)="send()" class="rating" data-testid="rating-form">
      <fieldset [attr.aria-describedby]="missing() ? 'rating-error' : null">
        <legend>{{ 'help.rating.question' | transloco }}</legend>
        <div class="scale">
          @for (value of scale; track value) {
            <label [class.chosen]="value === rating()">
              <input
                type="radio"
                name="rating"
                [value]="value"
                [checked]="value === rating()"
                (change)="choose(value)"
                [attr.data-testid]="'rating-' + value"
              />
              <span class="value">{{ value }}</span>
              <span class="word">{{ 'help.rating.scale.' + value | transloco }}</span>
            </label>
          }
        </div>
        @if (missing()) {
          <p class="error" id="rating-error">{{ 'help.rating.choose' | transloco }}</p>
        }
      </fieldset>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'help.rating.comment' | transloco }} {{ 'help.request.optional' | transloco }}</mat-label>
        <textarea matInput name="comment" rows="2" [maxlength]="maxComment" [(ngModel)]="comment" data-testid="rating-comment"></textarea>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="saving()" data-testid="send-rating">{{ 'help.rating.send' | transloco }}</button>
    </form>
  `,
  styles: `
    .rating {
      display: grid;
      gap: 12px;
      justify-items: start;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-medium);
      padding: 0;
      margin-bottom: 8px;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    label {
      display: grid;
      justify-items: center;
      gap: 2px;
      min-width: 56px;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      cursor: pointer;
    }
    label.chosen {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    label:has(input:focus-visible) {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    input {
      margin: 0;
      accent-color: var(--mat-sys-primary);
    }
    .value {
      font: var(--mat-sys-title-medium);
    }
    .word {
      font: var(--mat-sys-label-small);
    }
    mat-form-field {
      width: min(100%, 480px);
    }
    .error {
      color: var(--mat-sys-error);
      margin: 8px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingForm {
  readonly saving = input(false);
  readonly rated = output<{ rating: number; comment: string }>();
  protected readonly scale = [1, 2, 3, 4, 5];
  protected readonly maxComment = 2000;
  protected readonly rating = signal<number | null>(null);
  protected readonly missing = signal(false);
  protected comment = '';

  protected choose(value: number): void {
    this.rating.set(value);
    this.missing.set(false);
  }

  protected send(): void {
    const parsed = RateSchema.safeParse({ rating: this.rating() ?? undefined, comment: this.comment });
    this.missing.set(!parsed.success);
    if (parsed.success) this.rated.emit({ rating: parsed.data.rating, comment: parsed.data.comment });
  }
}
