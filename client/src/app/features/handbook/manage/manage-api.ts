import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BulkRequest,
  BulkResult,
  Diff,
  FeedbackReport,
  GapsReport,
  ManagedArticle,
  ManagedArticleList,
  NewDraft,
  NewDraftResult,
  PolicyCompletion,
  Preview,
  SaveVariant,
  Synonyms,
  UploadedImage,
} from '@portico/shared/handbook/handbook.schemas';
import type { Observable } from 'rxjs';

export type ArticleStatus = ManagedArticle['status'];

export interface ArticleListFilters {
  status: ArticleStatus | null;
  stale: boolean;
  q: string;
}

/** What an article's author can do to it besides saving a language. */
export type ArticleAction = 'publish' | 'unpublish' | 'archive' | 'review';

const MANAGE = '/api/handbook/manage';
const article = (slug: string) => `${MANAGE}/articles/${encodeURIComponent(slug)}`;

/** The HR workspace's calls: handbook authoring, policy completion and the handbook reports. */
@Injectable({ providedIn: 'root' })
export class HandbookManageApi {
  private readonly http = inject(HttpClient);

  articles(filters: ArticleListFilters): Observable<ManagedArticleList> {
    let params = new HttpParams();
    if (filters.status) params = params.set('status', filters.status);
    if (filters.stale) params = params.set('stale', 'true');
    if (filters.q.trim()) params = params.set('q', filters.q.trim());
    return this.http.get<ManagedArticleList>(`${MANAGE}/articles`, { params });
  }

  bulk(request: BulkRequest): Observable<BulkResult> {
    return this.http.post<BulkResult>(`${MANAGE}/bulk`, request);
  }

  newDraft(draft: NewDraft): Observable<NewDraftResult> {
    return this.http.post<NewDraftResult>(`${MANAGE}/articles`, draft);
  }

  article(slug: string): Observable<ManagedArticle> {
    return this.http.get<ManagedArticle>(article(slug));
  }

  saveVariant(slug: string, language: string, variant: SaveVariant): Observable<ManagedArticle> {
    return this.http.put<ManagedArticle>(`${article(slug)}/variants/${encodeURIComponent(language)}`, variant);
  }

  /** Publish now, or at `publishAt` (ISO date-time) when scheduled. */
  act(slug: string, action: ArticleAction, publishAt?: string): Observable<ManagedArticle> {
    const body = action === 'publish' && publishAt ? { publishAt } : {};
    return this.http.post<ManagedArticle>(`${article(slug)}/${action}`, body);
  }

  preview(markdown: string): Observable<Preview> {
    return this.http.post<Preview>(`${MANAGE}/preview`, { markdown });
  }

  /** The file itself is the body; the server checks its type and size from the content. */
  uploadImage(file: File): Observable<UploadedImage> {
    return this.http.post<UploadedImage>(`${MANAGE}/images`, file, { headers: { 'Content-Type': file.type || 'application/octet-stream' } });
  }

  diff(slug: string, language: string, from: number, to: number): Observable<Diff> {
    return this.http.get<Diff>(`${article(slug)}/diff`, { params: { language, from, to } });
  }

  synonyms(): Observable<Synonyms> {
    return this.http.get<Synonyms>(`${MANAGE}/synonyms`);
  }

  saveSynonyms(synonyms: Synonyms): Observable<Synonyms> {
    return this.http.put<Synonyms>(`${MANAGE}/synonyms`, synonyms);
  }

  policyCompletion(): Observable<{ policies: PolicyCompletion[] }> {
    return this.http.get<{ policies: PolicyCompletion[] }>('/api/handbook/policies/completion');
  }

  sendReminders(slug: string): Observable<{ sent: number }> {
    return this.http.post<{ sent: number }>(`/api/handbook/policies/${encodeURIComponent(slug)}/reminders`, null);
  }

  feedbackReport(language: string): Observable<FeedbackReport> {
    return this.http.get<FeedbackReport>('/api/handbook/reports/feedback', { params: { lang: language } });
  }

  gapsReport(): Observable<GapsReport> {
    return this.http.get<GapsReport>('/api/handbook/reports/gaps');
  }
}
