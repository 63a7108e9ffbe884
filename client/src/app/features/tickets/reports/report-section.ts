import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

let sections = 0;

/**
 * One report: its heading, a CSV download, and either its chart or the same figures as a
 * table ("Show as table", pressed or not). Content: `[chart]` and `[table]` parts, and
 * anything else shown under them both (figures, notes, an empty state).
 */
@Component({
  selector: 'app-report-section',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <section [attr.aria-labelledby]="id + '-title'">
      <header>
        <h2 [id]="id + '-title'">{{ heading() }}</h2>
        <div class="tools">
          @if (hasChart()) {
            <button
              mat-button
              type="button"
              [attr.aria-pressed]="asTable()"
              [class.pressed]="asTable()"
              (click)="asTable.set(!asTable())"
              data-testid="show-as-table"
            >
              <mat-icon svgIcon="table" aria-hidden="true" />
              {{ 'hr.helpDeskReports.showAsTable' | transloco }}
            </button>
          }
          @if (csvHref(); as href) {
            <a
              mat-button
              [href]="href"
              download
              [attr.aria-label]="'hr.helpDeskReports.downloadCsvOf' | transloco: { report: heading() }"
              data-testid="csv-link"
            >
              <mat-icon svgIcon="download" aria-hidden="true" />
              {{ 'hr.helpDeskReports.downloadCsv' | transloco }}
            </a>
          }
        </div>
      </header>
      <ng-content select="[intro]" />
      @if (hasChart()) {
        <div [hidden]="asTable()"><ng-content select="[chart]" /></div>
      }
      <div [hidden]="hasChart() && !asTable()"><ng-content select="[table]" /></div>
      <ng-content />
    </section>
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      min-width: 0;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 8px;
      margin-bottom: 8px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-inline-start: auto;
    }
    .pressed {
      background: var(--mat-sys-secondary-container);
      --mat-button-text-label-text-color: var(--mat-sys-on-secondary-container);
      --mat-button-text-state-layer-color: var(--mat-sys-on-secondary-container);
      --mat-button-text-ripple-color: color-mix(in srgb, var(--mat-sys-on-secondary-container) 12%, transparent);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportSection {
  readonly heading = input.required<string>();
  /** Where its CSV downloads from; none, no link. */
  readonly csvHref = input<string | null>(null);
  /** Whether there is a chart to switch from; without one, the table is always shown. */
  readonly hasChart = input(false);
  protected readonly asTable = signal(false);
  protected readonly id = `report-section-${++sections}`;
}
