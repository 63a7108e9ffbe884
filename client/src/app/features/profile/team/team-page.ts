import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';

import { TeamStore } from './team.store';

/** A manager's direct reports (/team): work facts and what of theirs waits for the manager. Nothing private. */
@Component({
  selector: 'app-team-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoDatePipe, TranslocoPipe],
  template: `
    <h1>{{ 'team.title' | transloco }}</h1>
    <p class="intro">{{ 'team.intro' | transloco }}</p>
    <div aria-live="polite" [attr.aria-busy]="store.status() === 'loading'">
      @if (store.status() === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'team.loading' | transloco" />
      }
      @if (store.status() === 'failed') {
        <p class="problem" role="alert">{{ 'team.failed' | transloco }}</p>
      }
    </div>
    @if (store.team(); as team) {
      <ul class="members">
        @for (member of team.members; track member.id) {
          <li class="card" data-testid="team-member">
            <h2>{{ member.name }}</h2>
            <p class="role">{{ member.jobTitle }} · {{ member.department }} · {{ member.location }}</p>
            <dl>
              <div>
                <dt>{{ 'team.email' | transloco }}</dt>
                <dd>
                  <a [href]="'mailto:' + member.workEmail">{{ member.workEmail }}</a>
                </dd>
              </div>
              @if (member.workPhone) {
                <div>
                  <dt>{{ 'team.phone' | transloco }}</dt>
                  <dd>
                    <a [href]="'tel:' + member.workPhone">{{ member.workPhone }}</a>
                  </dd>
                </div>
              }
              <div>
                <dt>{{ 'team.since' | transloco }}</dt>
                <dd>{{ member.startDate | translocoDate: { dateStyle: 'medium', timeZone: 'UTC' } }}</dd>
              </div>
            </dl>
            @if (member.waiting.length) {
              <p class="waiting" data-testid="team-waiting">
                {{ 'team.waiting' | transloco: { count: member.waiting.length } }}
                <a mat-button routerLink="/approvals">{{ 'team.decide' | transloco }}</a>
              </p>
            }
          </li>
        } @empty {
          <li>{{ 'team.none' | transloco }}</li>
        }
      </ul>
    }
  `,
  styleUrl: './team-page.scss',
  providers: [TeamStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPage implements OnInit {
  protected readonly store = inject(TeamStore);

  ngOnInit(): void {
    this.store.load();
  }
}
