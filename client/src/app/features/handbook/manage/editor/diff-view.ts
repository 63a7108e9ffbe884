import { ChangeDetectionStrategy, Component, ElementRef, afterRenderEffect, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Diff } from '@portico/shared/handbook/handbook.schemas';

/**
 * Two versions' text with what was added and removed marked inline. Colour is backed by
 * underline and strike-through, and screen readers hear "added"/"removed" before each change.
 */
@Component({
  selector: 'app-diff-view',
  imports: [TranslocoPipe],
  template: `
    <div class="diff" data-testid="diff">
      @for (part of parts(); track $index) {
        @if (part.added) {
          <ins
            ><span class="visually-hidden">{{ 'hr.history.added' | transloco }}</span
            >{{ part.value }}</ins
          >
        } @else if (part.removed) {
          <del
            ><span class="visually-hidden">{{ 'hr.history.removed' | transloco }}</span
            >{{ part.value }}</del
          >
        } @else {
          <span>{{ part.value }}</span>
        }
      }
    </div>
  `,
  styles: `
    .diff {
      position: relative;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
      font-family: ui-monospace, 'Roboto Mono', monospace;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-lowest);
      max-height: 60vh;
      overflow: auto;
    }
    ins {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      background: light-dark(#d7f5dd, #0f3d1c);
      color: light-dark(#0b4d1d, #b6f2c3);
    }
    del {
      text-decoration: line-through;
      text-decoration-thickness: 2px;
      background: light-dark(#fde0e0, #4d1414);
      color: light-dark(#7a1010, #ffc9c9);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiffView {
  readonly parts = input.required<Diff['parts']>();

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // Long articles change in a line or two: bring the first change into the box's view.
    afterRenderEffect(() => {
      this.parts();
      const box = host.querySelector<HTMLElement>('.diff');
      const first = box?.querySelector<HTMLElement>('ins, del');
      if (box && first) box.scrollTop = Math.max(0, first.offsetTop - 48);
    });
  }
}
