import { DOCUMENT, Injectable, inject } from '@angular/core';

const STORAGE_KEY = 'portico.handbook.feedback';

/**
 * The articles answered "Was this helpful?" in this browser session, so the question is
 * not asked again on every visit. Nothing identifies the reader: the server keeps none either.
 */
@Injectable({ providedIn: 'root' })
export class FeedbackMemory {
  private readonly document = inject(DOCUMENT);

  has(slug: string): boolean {
    return this.read().includes(slug);
  }

  remember(slug: string): void {
    if (!this.has(slug)) this.storage()?.setItem(STORAGE_KEY, JSON.stringify([...this.read(), slug]));
  }

  private read(): string[] {
    try {
      const saved: unknown = JSON.parse(this.storage()?.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(saved) ? saved.filter((slug): slug is string => typeof slug === 'string') : [];
    } catch {
      return [];
    }
  }

  private storage(): Storage | undefined {
    try {
      return this.document.defaultView?.sessionStorage;
    } catch {
      return undefined; // storage disabled by the browser's privacy settings
    }
  }
}
