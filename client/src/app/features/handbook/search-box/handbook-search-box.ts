import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Suggestion } from '@portico/shared/handbook/handbook.schemas';

import { HandbookSuggestions } from './suggestions';

/**
 * The search box in the shell, on every page: suggestions as you type (articles to open
 * directly), Enter to see all results.
 */
@Component({
  selector: 'app-handbook-search-box',
  imports: [FormsModule, MatAutocompleteModule, MatIconModule, MatInputModule, TranslocoPipe],
  template: `
    <form role="search" (ngSubmit)="search()" class="box">
      <mat-icon svgIcon="search" aria-hidden="true" />
      <input
        name="q"
        type="search"
        [attr.aria-label]="'handbook.searchLabel' | transloco"
        [placeholder]="'handbook.searchPlaceholder' | transloco"
        [ngModel]="suggestions.query()"
        (ngModelChange)="suggestions.query.set($event)"
        [matAutocomplete]="auto"
        autocomplete="off"
        data-testid="shell-search"
      />
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="choose($event)" [displayWith]="display">
        @for (group of groups(); track group.labelKey) {
          <mat-optgroup [label]="group.labelKey | transloco">
            @for (suggestion of group.suggestions; track suggestion.slug ?? suggestion.text) {
              <mat-option [value]="suggestion">{{ suggestion.text }}</mat-option>
            }
          </mat-optgroup>
        }
      </mat-autocomplete>
    </form>
  `,
  styles: `
    .box {
      display: flex;
      align-items: center;
      gap: 8px;
      height: 40px;
      padding: 0 12px;
      border-radius: 20px;
      background: var(--mat-sys-surface-container-high);
      width: min(420px, 40vw);
    }
    .box:focus-within {
      outline: 2px solid var(--mat-sys-primary);
    }
    input {
      flex: 1;
      border: 0;
      outline: 0;
      background: transparent;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface);
      min-width: 0;
    }
    mat-icon {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandbookSearchBox {
  private readonly router = inject(Router);
  protected readonly suggestions = inject(HandbookSuggestions);
  /** Articles to open, then what others often searched for. */
  protected readonly groups = computed(() => {
    const all = this.suggestions.suggestions();
    return [
      { labelKey: 'handbook.suggestionsArticles', suggestions: all.filter((suggestion) => suggestion.kind === 'article') },
      { labelKey: 'handbook.suggestionsQueries', suggestions: all.filter((suggestion) => suggestion.kind === 'query') },
    ].filter((group) => group.suggestions.length);
  });

  protected display = (value: Suggestion | string | null) => (typeof value === 'string' ? value : (value?.text ?? ''));

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const suggestion = event.option.value as Suggestion;
    this.suggestions.query.set('');
    if (suggestion.slug) void this.router.navigate(['/handbook', suggestion.slug]);
    else void this.router.navigate(['/handbook/search'], { queryParams: { q: suggestion.text } });
  }

  protected search(): void {
    const query = this.suggestions.query().trim();
    if (!query) return;
    this.suggestions.query.set('');
    void this.router.navigate(['/handbook/search'], { queryParams: { q: query } });
  }
}
