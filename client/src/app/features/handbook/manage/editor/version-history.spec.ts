import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Diff } from '@portico/shared/handbook/handbook.schemas';

import { appInitialized, appTestProviders } from '../../../../testing/app-test-providers';
import { managedArticle } from '../../testing/manage-fixtures';
import { DiffView } from './diff-view';
import { VersionHistory, type VersionEntry } from './version-history';

@Component({
  selector: 'app-history-host',
  imports: [VersionHistory],
  template: `<app-version-history [versions]="versions()" [diff]="diff()" (compare)="asked.push($event)" />`,
})
class HistoryHost {
  readonly versions = signal<VersionEntry[]>(managedArticle().versions.filter((version) => version.language === 'en'));
  readonly diff = signal<Diff | null>(null);
  readonly asked: { from: number; to: number }[] = [];
}

describe('version history and diff', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
  });

  it('renders additions as <ins> and removals as <del>, with words for screen readers', async () => {
    const fixture = TestBed.createComponent(DiffView);
    fixture.componentRef.setInput('parts', [
      { value: 'You get ', added: false, removed: false },
      { value: '25', added: false, removed: true },
      { value: '26', added: true, removed: false },
      { value: ' days <b>a</b> year.', added: false, removed: false },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('del')?.textContent).toBe('Removed: 25');
    expect(element.querySelector('ins')?.textContent).toBe('Added: 26');
    // Text, never markup: what authors typed is shown as written.
    expect(element.querySelector('b')).toBeNull();
    expect(element.querySelector('[data-testid="diff"]')?.textContent).toContain('days <b>a</b> year.');
    const insStyle = getComputedStyle(element.querySelector('ins')!);
    const delStyle = getComputedStyle(element.querySelector('del')!);
    expect(insStyle.textDecorationLine).toBe('underline');
    expect(delStyle.textDecorationLine).toBe('line-through');
  });

  it('lists the versions newest first with date and note, and asks for the diff of the two chosen', async () => {
    const fixture = TestBed.createComponent(HistoryHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const items = Array.from(element.querySelectorAll('[data-testid="versions"] li'), (item) => item.textContent ?? '');
    expect(items.length).toBe(2);
    expect(items[0]).toContain('Version 1.1');
    expect(items[0]).toContain('Carry-over rule');
    expect(items[1]).toContain('Version 1.0');

    element.querySelector<HTMLButtonElement>('[data-testid="compare"]')!.click();
    element.querySelector<HTMLButtonElement>('[data-testid="compare-2"]')!.click();
    expect(fixture.componentInstance.asked).toEqual([
      { from: 1, to: 2 },
      { from: 1, to: 2 },
    ]);

    fixture.componentInstance.diff.set({ from: 1, to: 2, parts: [{ value: 'carry over', added: true, removed: false }] });
    await fixture.whenStable();
    expect(element.textContent).toContain('Changes from 1.0 to 1.1');
    expect(element.querySelector('ins')?.textContent).toContain('carry over');
  });
});
