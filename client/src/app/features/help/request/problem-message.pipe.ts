import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import type { ShownProblem } from '../../../core/http/problem';

/** Problems the reader gets in their language; for others the server's own words. */
const knownCodes: Record<string, string> = {
  file_too_large: 'help.problems.fileTooLarge',
  file_type_not_allowed: 'help.problems.fileType',
  reopen_window_passed: 'help.problems.reopenWindowPassed',
  network: 'help.problems.network',
  http_429: 'help.problems.tooMany',
  too_many_tickets: 'help.problems.tooMany',
  file_unsafe: 'help.problems.fileUnsafe',
  file_infected: 'help.problems.fileInfected',
  malware_scan_unavailable: 'help.problems.scanUnavailable',
};

/** What went wrong, for the reader: `fallback` is the message key when the server said nothing useful. */
@Pipe({ name: 'problemMessage', pure: false })
export class ProblemMessagePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(problem: ShownProblem | null, fallback: string): string {
    if (!problem) return '';
    const key = knownCodes[problem.code] ?? (problem.status === 429 ? knownCodes['http_429'] : undefined);
    if (key) return this.transloco.translate(key);
    // The server's detail names what to do (which types are accepted, why a move is refused).
    return problem.message ?? this.transloco.translate(fallback);
  }
}
