import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { appInitialized, appTestProviders, signIn } from '../../../../testing/app-test-providers';
import { meWithRoles } from '../../../../testing/me.fixture';
import { provideWorkspaceIcons } from '../../../../core/icons/workspace-icons';
import { SynonymsPage } from './synonyms-page';

const SYNONYMS = '/api/handbook/manage/synonyms';

describe('SynonymsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SynonymsPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...appTestProviders(), provideWorkspaceIcons()] });
    await appInitialized();
    signIn(meWithRoles('hr_admin'));
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SynonymsPage);
    http.expectOne(SYNONYMS).flush({ groups: [['vacation', 'pto', 'annual leave']] });
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  });

  async function addWord(group: number, word: string) {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="synonym-input-${group}"]`)!;
    input.value = word;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await fixture.whenStable();
  }

  it('says that synonyms apply both ways and shows each group as chips', () => {
    expect(element.textContent).toContain('both ways');
    expect(Array.from(element.querySelectorAll('mat-chip-row'), (chip) => chip.textContent?.trim())).toEqual(['vacation', 'pto', 'annual leave']);
  });

  it('adds a group, refuses to save it with one word, and saves it with two', async () => {
    const save = () => element.querySelector<HTMLButtonElement>('[data-testid="save-synonyms"]')!;
    element.querySelector<HTMLButtonElement>('[data-testid="add-group"]')!.click();
    await fixture.whenStable();
    await addWord(1, 'sick leave');
    expect(element.textContent).toContain('A group needs at least two words.');
    expect(save().disabled).toBeTrue();

    await addWord(1, 'illness');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    save().click();
    const request = http.expectOne(SYNONYMS);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      groups: [
        ['vacation', 'pto', 'annual leave'],
        ['sick leave', 'illness'],
      ],
    });
    request.flush(request.request.body);
    await fixture.whenStable();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
  });
});
