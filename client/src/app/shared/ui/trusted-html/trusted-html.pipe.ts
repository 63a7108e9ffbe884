import { Pipe, inject, type PipeTransform } from '@angular/core';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';

/**
 * HTML the server has already sanitised with its allow-list (DOMPurify, see
 * server/src/features/handbook/content/render-markdown.ts): article bodies and search
 * snippets. Angular's own sanitiser would also strip the heading ids the table of
 * contents links to. Use it for nothing else.
 */
@Pipe({ name: 'serverSanitizedHtml' })
export class ServerSanitizedHtmlPipe implements PipeTransform {
  private readonly sanitizer = inject(DomSanitizer);

  transform(html: string): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml(html);
  }
}
