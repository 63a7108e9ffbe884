import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

export interface LinkCard {
  /** Relative to the page's route. */
  path: string;
  icon: string;
  titleKey: string;
  descriptionKey: string;
  testId: string;
}

/** A grid of cards, each a link with an icon, a title and a line on what is there (the workspace's and its sections' front doors). */
@Component({
  selector: 'app-link-cards',
  imports: [MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <ul class="cards">
      @for (card of cards(); track card.path) {
        <li>
          <a class="card" [routerLink]="card.path" [attr.data-testid]="card.testId">
            <mat-icon [svgIcon]="card.icon" aria-hidden="true" />
            <span class="title">{{ card.titleKey | transloco }}</span>
            <span class="description">{{ card.descriptionKey | transloco }}</span>
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    }
    .card {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 4px 12px;
      align-items: center;
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      color: inherit;
      text-decoration: none;
    }
    .card:hover {
      background: var(--mat-sys-surface-container);
    }
    .card:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    mat-icon {
      color: var(--mat-sys-primary);
    }
    .title {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
    }
    .description {
      grid-column: 2;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkCards {
  readonly cards = input.required<readonly LinkCard[]>();
}
