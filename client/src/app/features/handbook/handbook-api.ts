import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Acknowledgement,
  ArticleView,
  Feedback,
  HandbookHome,
  PendingPolicy,
  SearchResult,
  SuggestResult,
} from '@portico/shared/handbook/handbook.schemas';
import type { Observable } from 'rxjs';

export interface SearchParameters {
  q: string;
  category?: string;
  type?: 'article' | 'policy';
  lang?: string;
  /** How many of the best hits to return (the server's default is 10, at most 50). */
  limit?: number;
  /** For more hits of a search already made: the server does not count it again. */
  searchId?: string;
}

@Injectable({ providedIn: 'root' })
export class HandbookApi {
  private readonly http = inject(HttpClient);

  home(language: string): Observable<HandbookHome> {
    return this.http.get<HandbookHome>('/api/handbook/home', { params: { lang: language } });
  }

  article(slug: string, language: string): Observable<ArticleView> {
    return this.http.get<ArticleView>(`/api/handbook/articles/${encodeURIComponent(slug)}`, { params: { lang: language } });
  }

  search(parameters: SearchParameters): Observable<SearchResult> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(parameters)) if (value) params = params.set(key, String(value));
    return this.http.get<SearchResult>('/api/handbook/search', { params });
  }

  suggest(query: string): Observable<SuggestResult> {
    return this.http.get<SuggestResult>('/api/handbook/suggest', { params: { q: query } });
  }

  resultOpened(searchId: string, slug: string): Observable<void> {
    return this.http.post<void>(`/api/handbook/search/${searchId}/opened`, { slug });
  }

  pendingPolicies(): Observable<{ policies: PendingPolicy[] }> {
    return this.http.get<{ policies: PendingPolicy[] }>('/api/handbook/policies/pending');
  }

  /** `language`: the language of the text the person read. */
  acknowledge(slug: string, language: string): Observable<Acknowledgement> {
    return this.http.post<Acknowledgement>(`/api/handbook/policies/${encodeURIComponent(slug)}/acknowledge`, { language });
  }

  feedback(slug: string, feedback: Feedback): Observable<void> {
    return this.http.post<void>(`/api/handbook/articles/${encodeURIComponent(slug)}/feedback`, feedback);
  }
}
