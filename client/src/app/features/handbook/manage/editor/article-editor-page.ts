import { BreakpointObserver } from '@angular/cdk/layout';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import type { SaveVariant } from '@portico/shared/handbook/handbook.schemas';
import { knownCategories } from '@portico/shared/handbook/categories';
import { Subject, map, merge, of, type Observable } from 'rxjs';

import { DraftStore } from '../../../../core/drafts/draft-store';
import { ServerSanitizedHtmlPipe } from '../../../../shared/ui/trusted-html/trusted-html.pipe';
import type { ArticleAction } from '../manage-api';
import { LanguageNamePipe } from '../language-name.pipe';
import { StatusChip } from '../status-chip';
import { ArticleEditorStore } from './article-editor.store';
import { leaveConfirmation } from '../../../../shared/ui/confirm-dialog/confirm-dialog';
import { AddLanguageDialog, ChangeKindDialog, ScheduleDialog, type AddLanguageData, type AddLanguageResult } from './editor-dialogs';
import { MAX_TAGS, controlFor, editorForm, fillForm, savePayload, variantForm, type VariantForm } from './editor-form';
import { statusActionsFor, type StatusAction } from './status-actions';
import type { LeavablePage } from '../../../../core/drafts/unsaved-changes.guard';
import { VersionHistory } from './version-history';

/** From this width the Markdown and its preview sit side by side; below, they are two tabs. */
export const SIDE_BY_SIDE_QUERY = '(min-width: 1024px)';
/** Below this width the status actions fold into a menu, so the sticky bar stays one row. */
export const COMPACT_ACTIONS_QUERY = '(max-width: 599.98px)';

@Component({
  selector: 'app-article-editor-page',
  imports: [
    LanguageNamePipe,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    ServerSanitizedHtmlPipe,
    StatusChip,
    TranslocoDatePipe,
    TranslocoPipe,
    VersionHistory,
  ],
  providers: [ArticleEditorStore],
  templateUrl: './article-editor-page.html',
  styleUrl: './article-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)', '(keydown.control.s)': 'saveShortcut($event)', '(keydown.meta.s)': 'saveShortcut($event)' },
})
export class ArticleEditorPage implements LeavablePage {
  protected readonly store = inject(ArticleEditorStore);
  private readonly dialog = inject(MatDialog);
  private readonly confirmLeave = leaveConfirmation();
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly drafts = inject(DraftStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** From the route: /hr/handbook/:slug?language=… */
  readonly slug = input.required<string>();
  readonly language = input<string>();

  protected readonly form = editorForm();
  protected readonly separatorKeys = [ENTER, COMMA];
  protected readonly maxTags = MAX_TAGS;
  protected readonly article = this.store.article;
  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly sideBySide = toSignal(this.breakpoints.observe(SIDE_BY_SIDE_QUERY).pipe(map((state) => state.matches)), { initialValue: false });
  protected readonly compact = toSignal(this.breakpoints.observe(COMPACT_ACTIONS_QUERY).pipe(map((state) => state.matches)), { initialValue: false });
  private readonly markdownArea = viewChild<ElementRef<HTMLTextAreaElement>>('markdownInput');
  /** Bumped whenever languages are added to the form, so the signals below see them. */
  private readonly revision = signal(0);
  protected readonly dirty = signal(false);

  protected readonly languages = computed(() => {
    this.revision();
    return Object.keys(this.form.controls.variants.controls).sort();
  });
  private readonly interfaceLanguage = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  /** The language being edited: the address's, when the article has it, else the reader's, else its first. */
  protected readonly current = computed<string | null>(() => {
    const languages = this.languages();
    const wanted = [this.language(), this.interfaceLanguage()].find((language) => language && languages.includes(language));
    return wanted ?? languages[0] ?? null;
  });
  protected readonly variant = computed(() => {
    const language = this.current();
    this.revision();
    return language ? (this.form.controls.variants.get(language) as VariantForm | null) : null;
  });
  protected readonly savedVariant = computed(() => this.article()?.variants.find((variant) => variant.language === this.current()) ?? null);
  protected readonly versions = computed(() => this.article()?.versions.filter((version) => version.language === this.current()) ?? []);
  private readonly category = toSignal(this.form.controls.meta.controls.category.valueChanges, { initialValue: '' });
  protected readonly categories = computed(() => {
    const typed = this.category().trim().toLocaleLowerCase();
    return knownCategories.filter((name) => name.toLocaleLowerCase().includes(typed));
  });
  protected readonly scheduled = computed(() => {
    const publishAt = this.article()?.publishAt;
    return publishAt && new Date(publishAt).getTime() > Date.now() ? publishAt : null;
  });
  /** What the article's status allows; they act on the saved text. */
  protected readonly statusActions = computed(() => {
    const article = this.article();
    return article ? statusActionsFor(article.status, this.scheduled() !== null) : [];
  });
  protected readonly reviewOverdue = computed(() => {
    const reviewBy = this.article()?.reviewBy;
    return Boolean(reviewBy && new Date(reviewBy).getTime() < Date.now());
  });
  /** Server field errors no field on screen shows (so the banner lists them). */
  protected readonly otherFieldErrors = computed(() => {
    const problem = this.store.problem();
    const language = this.current();
    if (!problem || !language) return [];
    return Object.entries(problem.fields).filter(([field]) => !controlFor(this.form, language, field));
  });

  protected readonly fieldErrorCount = computed(() => Object.keys(this.store.problem()?.fields ?? {}).length);

  private readonly languageSwitches = new Subject<void>();

  constructor() {
    const formEvents = this.form.events.subscribe(() => this.dirty.set(this.form.dirty));
    const previews = this.store
      .previews(merge(this.languageSwitches, this.form.controls.variants.valueChanges).pipe(map(() => this.variant()?.controls.markdown.value ?? '')))
      .subscribe();
    this.destroyRef.onDestroy(() => {
      formEvents.unsubscribe();
      previews.unsubscribe();
    });

    effect(() => {
      const slug = this.slug();
      this.store.load(slug).subscribe((article) => {
        fillForm(this.form, article);
        // Typed text survives a session that ends mid-edit (saved before signing in again).
        this.drafts.keep(`hr-editor.${slug}`, this.form, this.destroyRef);
        this.revision.update((value) => value + 1);
        this.languageSwitches.next();
      });
    });
    effect(() => {
      this.current();
      this.store.clearDiff();
      this.languageSwitches.next();
    });
    // The server's field errors go next to the fields they name; typing there clears them.
    effect(() => {
      const problem = this.store.problem();
      const language = this.current();
      if (!problem || !language) return;
      for (const [field, message] of Object.entries(problem.fields)) {
        const control = controlFor(this.form, language, field);
        control?.setErrors({ ...control.errors, server: message });
        control?.markAsTouched();
      }
    });
  }

  canLeave(): boolean | Observable<boolean> {
    if (!this.form.dirty) return true;
    return this.confirmLeave();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.form.dirty) event.preventDefault();
  }

  protected saveShortcut(event: Event): void {
    event.preventDefault();
    this.save();
  }

  protected addTag(event: MatChipInputEvent): void {
    const tag = event.value.trim();
    const tags = this.variant()?.controls.tags;
    if (tag && tags && !tags.value.includes(tag)) {
      tags.setValue([...tags.value, tag]);
      tags.markAsDirty();
    }
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    const tags = this.variant()?.controls.tags;
    if (!tags) return;
    tags.setValue(tags.value.filter((candidate) => candidate !== tag));
    tags.markAsDirty();
  }

  protected addLanguage(): void {
    const current = this.current();
    const data: AddLanguageData = { existing: this.languages(), current: current ?? '' };
    this.dialog
      .open<AddLanguageDialog, AddLanguageData, AddLanguageResult>(AddLanguageDialog, { data, width: '440px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        const source = result.copyText ? this.variant()?.getRawValue() : undefined;
        const added = variantForm(source ?? { title: '', summary: '', tags: [], markdown: '' });
        this.form.controls.variants.addControl(result.language, added);
        added.markAsDirty();
        this.revision.update((value) => value + 1);
        void this.router.navigate([], { queryParams: { language: result.language }, replaceUrl: true });
      });
  }

  /** Saves the language on screen; a published policy first asks whether readers must acknowledge again. */
  protected save(): void {
    const article = this.article();
    const language = this.current();
    const variant = this.variant();
    if (!article || !language || !variant || this.store.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.controls.meta.invalid || variant.invalid || this.form.controls.note.invalid) {
      this.focusFirstInvalid();
      return;
    }
    const existing = article.variants.some((saved) => saved.language === language);
    const asks = this.form.controls.meta.controls.type.value === 'policy' && article.status === 'published' && existing;
    const change: Observable<SaveVariant['change'] | undefined> = asks
      ? this.dialog.open<ChangeKindDialog, void, SaveVariant['change']>(ChangeKindDialog, { width: '520px', maxWidth: 'calc(100vw - 32px)' }).afterClosed()
      : of('minor');
    change.subscribe((kind) => {
      if (!kind) return;
      this.store.save(article.slug, language, savePayload(this.form, article, language, kind)).subscribe((saved) => {
        fillForm(this.form, saved, language);
        this.revision.update((value) => value + 1);
        this.snackBar.open(this.transloco.translate('hr.editor.saved'), undefined, { duration: 4000 });
      });
    });
  }

  protected run(id: StatusAction['id']): void {
    if (id === 'schedule') this.schedule();
    else this.act(id);
  }

  protected act(action: ArticleAction): void {
    const article = this.article();
    if (!article) return;
    this.store
      .act(article.slug, action)
      .subscribe(() => this.snackBar.open(this.transloco.translate(`hr.editor.done.${action}`), undefined, { duration: 4000 }));
  }

  protected schedule(): void {
    const article = this.article();
    if (!article) return;
    this.dialog
      .open<ScheduleDialog, void, string>(ScheduleDialog, { width: '400px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .subscribe((publishAt) => {
        if (!publishAt) return;
        this.store
          .act(article.slug, 'publish', publishAt)
          .subscribe(() => this.snackBar.open(this.transloco.translate('hr.editor.done.schedule'), undefined, { duration: 4000 }));
      });
  }

  protected chooseImage(input: HTMLInputElement): void {
    input.value = '';
    input.click();
  }

  /** Uploads the picked image and puts `![description](url)` where the cursor was, the description selected to be typed over. */
  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    const markdown = this.variant()?.controls.markdown;
    if (!file || !markdown) return;
    const area = this.markdownArea()?.nativeElement;
    const start = area?.selectionStart ?? markdown.value.length;
    const end = area?.selectionEnd ?? start;
    this.store.upload(file).subscribe(({ url }) => {
      const alt =
        file.name
          .replace(/\.[^.]+$/, '')
          .replace(/[[\]]/g, '')
          .replace(/[-_]+/g, ' ')
          .trim() || this.transloco.translate('hr.editor.imageAlt');
      const value = markdown.value;
      markdown.setValue(`${value.slice(0, start)}![${alt}](${url})${value.slice(end)}`);
      markdown.markAsDirty();
      if (area) {
        area.focus();
        area.setSelectionRange(start + 2, start + 2 + alt.length);
      }
    });
  }

  protected compare({ from, to }: { from: number; to: number }): void {
    const article = this.article();
    const language = this.current();
    if (article && language) this.store.compare(article.slug, language, from, to).subscribe();
  }

  protected retry(): void {
    this.store.load(this.slug()).subscribe((article) => {
      fillForm(this.form, article);
      this.revision.update((value) => value + 1);
    });
  }

  /** Keyboard and screen-reader users land on what needs fixing, with its error read out. */
  private focusFirstInvalid(): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>('.mat-form-field-invalid :is(input, textarea, mat-select)')?.focus(), {
      injector: this.injector,
    });
  }
}
