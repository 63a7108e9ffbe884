import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';

@Component({
  selector: 'app-home-page',
  imports: [TranslocoDatePipe, TranslocoPipe],
  template: `
    <h1>{{ 'home.welcome' | transloco }}</h1>
    <p class="today">{{ 'home.today' | transloco: { date: (today | translocoDate: { dateStyle: 'full' }) } }}</p>
    <p>{{ 'home.notAvailable' | transloco }}</p>
    <p>{{ 'notAvailable.detail' | transloco }}</p>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 8px;
    }
    .today {
      margin: 0 0 24px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly today = new Date();
}
