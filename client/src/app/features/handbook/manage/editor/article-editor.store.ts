import { Injectable, inject, signal } from '@angular/core';
import type { Diff, ManagedArticle, Preview, SaveVariant, UploadedImage } from '@portico/shared/handbook/handbook.schemas';
import { EMPTY, Observable, catchError, debounceTime, distinctUntilChanged, finalize, of, switchMap, tap } from 'rxjs';

import { HandbookManageApi, type ArticleAction } from '../manage-api';
import { problemOf, type ShownProblem } from '../../../../core/http/problem';

export type LoadStatus = 'loading' | 'loaded' | 'notFound' | 'failed';

/** How long typing pauses before the preview is asked for. */
export const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The editor's state and its calls to the API, for one open article (provided by the
 * editor page). Signals in, signals out: the page never talks to HTTP itself.
 */
@Injectable()
export class ArticleEditorStore {
  private readonly api = inject(HandbookManageApi);

  readonly article = signal<ManagedArticle | null>(null);
  readonly status = signal<LoadStatus>('loading');
  readonly saving = signal(false);
  readonly acting = signal<ArticleAction | null>(null);
  /** The last save's or action's failure, until the next attempt. */
  readonly problem = signal<ShownProblem | null>(null);
  readonly preview = signal<Preview | null>(null);
  readonly previewFailed = signal(false);
  readonly uploading = signal(false);
  readonly uploadProblem = signal<ShownProblem | null>(null);
  readonly diff = signal<Diff | null>(null);
  readonly diffStatus = signal<'idle' | 'loading' | 'loaded' | 'failed'>('idle');

  load(slug: string): Observable<ManagedArticle> {
    this.status.set('loading');
    return this.api.article(slug).pipe(
      tap((article) => {
        this.article.set(article);
        this.status.set('loaded');
      }),
      catchError((error: unknown) => {
        this.status.set(problemOf(error).status === 404 ? 'notFound' : 'failed');
        return EMPTY;
      }),
    );
  }

  /** Markdown in, the server's sanitised rendering out, once typing pauses; a newer text cancels an older request. */
  previews(markdown: Observable<string>): Observable<Preview | null> {
    return markdown.pipe(
      debounceTime(PREVIEW_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((text) =>
        text.trim()
          ? this.api.preview(text).pipe(
              tap(() => this.previewFailed.set(false)),
              catchError(() => {
                // The previous preview stays up; the text itself is untouched.
                this.previewFailed.set(true);
                return of(this.preview());
              }),
            )
          : of(null),
      ),
      tap((preview) => this.preview.set(preview)),
    );
  }

  /** Emits the saved article, or completes without a value when the server refused (see `problem`). */
  save(slug: string, language: string, variant: SaveVariant): Observable<ManagedArticle> {
    this.saving.set(true);
    this.problem.set(null);
    return this.api.saveVariant(slug, language, variant).pipe(
      tap((article) => this.article.set(article)),
      catchError((error: unknown) => {
        this.problem.set(problemOf(error));
        return EMPTY;
      }),
      finalize(() => this.saving.set(false)),
    );
  }

  act(slug: string, action: ArticleAction, publishAt?: string): Observable<ManagedArticle> {
    this.acting.set(action);
    this.problem.set(null);
    return this.api.act(slug, action, publishAt).pipe(
      tap((article) => this.article.set(article)),
      catchError((error: unknown) => {
        this.problem.set(problemOf(error));
        return EMPTY;
      }),
      finalize(() => this.acting.set(null)),
    );
  }

  upload(file: File): Observable<UploadedImage> {
    this.uploading.set(true);
    this.uploadProblem.set(null);
    return this.api.uploadImage(file).pipe(
      catchError((error: unknown) => {
        this.uploadProblem.set(problemOf(error));
        return EMPTY;
      }),
      finalize(() => this.uploading.set(false)),
    );
  }

  compare(slug: string, language: string, from: number, to: number): Observable<Diff> {
    this.diffStatus.set('loading');
    return this.api.diff(slug, language, from, to).pipe(
      tap((diff) => {
        this.diff.set(diff);
        this.diffStatus.set('loaded');
      }),
      catchError(() => {
        this.diffStatus.set('failed');
        return EMPTY;
      }),
    );
  }

  clearDiff(): void {
    this.diff.set(null);
    this.diffStatus.set('idle');
  }
}
