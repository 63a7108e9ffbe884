import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface ChartSeries {
  key: string;
  label: string;
  /** A CSS colour. */
  color: string;
}

export interface StackedColumn {
  key: string;
  /** Under the column, or null to leave it unlabelled (labels every few columns keep them readable). */
  tick: string | null;
  /** Values by series key; stacked in the order of the series. */
  values: Readonly<Record<string, number>>;
}

/** The top of a readable axis: the smallest of 2, 4, 6, 8, 10, 20, 30, 40… at or above `value`, so its half is a whole number too. */
export function niceCeiling(value: number): number {
  if (value <= 2) return 2;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = power === 1 ? [2, 4, 6, 8, 10] : [1, 2, 3, 4, 5, 6, 8, 10];
  return steps.map((step) => step * power).find((candidate) => candidate >= value)!;
}

/**
 * Columns stacked by series, drawn with CSS (ADR 0009). To assistive technology it is one
 * image with the label the page gives it; the page offers the same figures as a table.
 */
@Component({
  selector: 'app-stacked-columns',
  template: `
    <div class="chart" role="img" [attr.aria-label]="label()">
      <div class="axis" aria-hidden="true">
        <span>{{ top() }}</span>
        <span>{{ top() / 2 }}</span>
        <span>0</span>
      </div>
      <div class="scroll">
        <div class="columns">
          @for (column of stacks(); track column.key) {
            <div class="column">
              <div class="stack" [style.height.%]="column.height">
                @for (segment of column.segments; track segment.key) {
                  <span class="segment" [style.flex-grow]="segment.value" [style.background-color]="segment.color"></span>
                }
              </div>
              <span class="tick" [class.end]="column.end">{{ column.tick }}</span>
            </div>
          }
        </div>
      </div>
    </div>
    <ul class="legend" aria-hidden="true">
      @for (item of series(); track item.key) {
        <li><span class="swatch" [style.background-color]="item.color"></span>{{ item.label }}</li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 8px;
    }
    .axis {
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      align-items: flex-end;
      height: 160px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      span {
        line-height: 1;
      }
    }
    .scroll {
      overflow-x: auto;
      padding-bottom: 4px;
    }
    .columns {
      display: flex;
      align-items: stretch;
      gap: 2px;
      height: 180px;
      min-width: 100%;
      padding-bottom: 20px;
      position: relative;
      background:
        linear-gradient(var(--mat-sys-outline-variant), var(--mat-sys-outline-variant)) 0 0 / 100% 1px no-repeat,
        linear-gradient(var(--mat-sys-outline-variant), var(--mat-sys-outline-variant)) 0 80px / 100% 1px no-repeat,
        linear-gradient(var(--mat-sys-outline), var(--mat-sys-outline)) 0 160px / 100% 1px no-repeat;
    }
    .column {
      flex: 1 0 6px;
      display: flex;
      flex-direction: column;
      justify-content: flex-end;
      position: relative;
      height: 160px;
    }
    .stack {
      display: flex;
      flex-direction: column-reverse;
      gap: 1px;
      min-height: 0;
    }
    .segment {
      display: block;
      flex-basis: 0;
      min-height: 1px;
    }
    .tick {
      position: absolute;
      top: 164px;
      left: 0;
      white-space: nowrap;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      &.end {
        left: auto;
        right: 0;
      }
    }
    .legend {
      list-style: none;
      margin: 8px 0 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      font: var(--mat-sys-body-small);
      li {
        display: flex;
        align-items: center;
        gap: 6px;
      }
    }
    .swatch {
      width: 12px;
      height: 12px;
      border-radius: 2px;
      display: inline-block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StackedColumns {
  readonly series = input.required<readonly ChartSeries[]>();
  readonly columns = input.required<readonly StackedColumn[]>();
  /** What the chart shows, for screen readers. */
  readonly label = input.required<string>();

  protected readonly top = computed(() => niceCeiling(Math.max(0, ...this.columns().map((column) => this.total(column)))));
  protected readonly stacks = computed(() =>
    this.columns().map((column, index, all) => ({
      key: column.key,
      tick: column.tick,
      // Labels in the right half end at their column, so the last one stays inside the chart.
      end: index >= all.length / 2,
      height: (this.total(column) / this.top()) * 100,
      segments: this.series()
        .map((item) => ({ key: item.key, color: item.color, value: column.values[item.key] ?? 0 }))
        .filter((segment) => segment.value > 0),
    })),
  );

  private total(column: StackedColumn): number {
    return this.series().reduce((sum, item) => sum + (column.values[item.key] ?? 0), 0);
  }
}
