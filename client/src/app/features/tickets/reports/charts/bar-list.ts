import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** The value as written beside its bar (a count, a share). */
  display: string;
}

/**
 * Horizontal bars, one a row, drawn with CSS (ADR 0009). One image with the page's label
 * to assistive technology; the page offers the same figures as a table.
 */
@Component({
  selector: 'app-bar-list',
  template: `
    <div class="bars" role="img" [attr.aria-label]="label()">
      @for (row of bars(); track row.key) {
        <span class="name" aria-hidden="true">{{ row.label }}</span>
        <span class="track" aria-hidden="true"><span class="fill" [style.width.%]="row.width"></span></span>
        <span class="value" aria-hidden="true">{{ row.display }}</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .bars {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(60px, 1fr) auto;
      align-items: center;
      gap: 8px 12px;
    }
    .name {
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
    }
    .track {
      height: 16px;
      background: var(--mat-sys-surface-container-highest);
      border-radius: 4px;
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
      border-radius: 4px;
    }
    .value {
      font: var(--mat-sys-label-large);
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarList {
  readonly rows = input.required<readonly BarRow[]>();
  readonly label = input.required<string>();

  protected readonly bars = computed(() => {
    const max = Math.max(0, ...this.rows().map((row) => row.value));
    return this.rows().map((row) => ({ ...row, width: max ? (row.value / max) * 100 : 0 }));
  });
}
