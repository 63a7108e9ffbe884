import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import type { ArticleStatus } from './manage-api';

/** An article's status in words (never colour alone); a publication date still ahead reads "Scheduled". */
@Component({
  selector: 'app-status-chip',
  imports: [TranslocoPipe],
  template: `<span class="chip" [class]="shown()" [attr.data-status]="shown()">{{ 'hr.status.' + shown() | transloco }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      border: 1px solid currentColor;
      white-space: nowrap;
    }
    .draft {
      color: var(--mat-sys-on-surface-variant);
    }
    .published {
      color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .scheduled {
      color: var(--mat-sys-tertiary);
      background: var(--mat-sys-tertiary-container);
    }
    .archived {
      color: var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<ArticleStatus>();
  readonly publishAt = input<string | null>(null);
  protected readonly shown = computed(() => {
    const publishAt = this.publishAt();
    return this.status() === 'published' && publishAt && new Date(publishAt).getTime() > Date.now() ? 'scheduled' : this.status();
  });
}
