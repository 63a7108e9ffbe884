import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import type { ShownProblem } from '../../../../core/http/problem';

/**
 * What went wrong, for the reader: the problem's message, already in the reader's language
 * (core/http/problem-language.interceptor.ts), or `fallback` (a message key) when no answer
 * came at all.
 */
@Pipe({ name: 'problemMessage', pure: false })
export class ProblemMessagePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(problem: ShownProblem | null, fallback: string): string {
    if (!problem) return '';
    if (problem.code === 'network') return this.transloco.translate('problems.network');
    return problem.message ?? this.transloco.translate(fallback);
  }
}
