import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** A section form's foot: who approves what it sends, Save and Cancel. */
@Component({
  selector: 'app-form-actions',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    @if (approval()) {
      <p class="approval">{{ 'profile.approval.' + approval() | transloco }}</p>
    }
    <div class="buttons">
      <button mat-flat-button type="submit" [disabled]="saving()" data-testid="section-save">
        {{ (approval() ? 'profile.send' : 'profile.save') | transloco }}
      </button>
      <button mat-button type="button" (click)="cancelled.emit()" [disabled]="saving()">{{ 'profile.cancel' | transloco }}</button>
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 8px;
    }
    .approval {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormActions {
  readonly saving = input(false);
  /** `manager`, `hr`, `mixed` or null (everything is written at once). */
  readonly approval = input<string | null>(null);
  readonly cancelled = output();
}
