import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { PeopleStore } from './people.store';

/** HR's directory search (/hr/people): anyone by name, number, email or title; each opens their record. */
@Component({
  selector: 'app-people-page',
  imports: [MatFormFieldModule, MatInputModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'people.title' | transloco }}</h1>
    <p class="intro">{{ 'people.intro' | transloco }}</p>
    <mat-form-field appearance="outline" class="search" subscriptSizing="dynamic">
      <mat-label>{{ 'people.search' | transloco }}</mat-label>
      <input matInput type="search" [value]="store.query()" (input)="typed($any($event.target).value)" autocomplete="off" data-testid="people-search" />
      <mat-hint>{{ 'people.hint' | transloco }}</mat-hint>
    </mat-form-field>
    <div aria-live="polite" [attr.aria-busy]="store.status() === 'loading'">
      @if (store.status() === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'people.loading' | transloco" />
      }
      @if (store.status() === 'failed') {
        <p class="problem" role="alert">{{ 'people.failed' | transloco }}</p>
      }
      @if (store.found(); as found) {
        <p class="count">{{ (found.more ? 'people.countMore' : 'people.count') | transloco: { count: found.people.length } }}</p>
        <ul class="people">
          @for (person of found.people; track person.id) {
            <li data-testid="person">
              <a [routerLink]="person.id">{{ person.name }}</a>
              <span class="meta">{{ person.id }} · {{ person.jobTitle }} · {{ person.department }} · {{ person.location }}</span>
              @if (person.status !== 'active') {
                <span class="status">{{ 'people.statuses.' + person.status | transloco }}</span>
              }
            </li>
          }
        </ul>
      }
    </div>
  `,
  styleUrl: './people.scss',
  providers: [PeopleStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeoplePage {
  protected readonly store = inject(PeopleStore);
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Searches a moment after the typing stops. */
  protected typed(query: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.store.search(query), 250);
  }
}
