import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import es from '../../../../../i18n/es.json';
import { problemOf } from '../../../../core/http/problem';
import { LanguageService } from '../../../../core/i18n/language.service';
import { appInitialized, appTestProviders } from '../../../../testing/app-test-providers';
import { ProblemMessagePipe } from './problem-message.pipe';

describe('ProblemMessagePipe', () => {
  let pipe: ProblemMessagePipe;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    pipe = TestBed.runInInjectionContext(() => new ProblemMessagePipe());
  });

  afterEach(() => TestBed.inject(LanguageService).use('en'));

  /** A failed upload as the form gets it: through HttpClient and the app's interceptors. */
  async function refused(code: string, status: number) {
    const answer = firstValueFrom(TestBed.inject(HttpClient).post('/api/tickets/attachments', 'x')).catch((error: unknown) => problemOf(error));
    TestBed.inject(HttpTestingController)
      .expectOne('/api/tickets/attachments')
      .flush({ type: 'about:blank', title: 'Refused', status, code, detail: 'The server’s English words.' }, { status, statusText: 'Refused' });
    return (await answer) as ReturnType<typeof problemOf>;
  }

  it('says why an upload was refused, or could not be checked, in the reader’s language', async () => {
    await TestBed.inject(LanguageService).use('es');
    expect(pipe.transform(await refused('file_unsafe', 422), 'help.files.failed')).toBe(es.problems.file_unsafe);
    expect(pipe.transform(await refused('file_infected', 422), 'help.files.failed')).toBe(es.problems.file_infected);
    expect(pipe.transform(await refused('malware_scan_unavailable', 503), 'help.files.failed')).toBe(es.problems.malware_scan_unavailable);
    expect(pipe.transform({ status: 0, code: 'network', message: null, fields: {} }, 'help.files.failed')).toBe(es.problems.network);
  });

  it('falls back to the page’s own message when no problem document came', () => {
    expect(pipe.transform({ status: 502, code: 'http_502', message: null, fields: {} }, 'help.files.failed')).toBe('This file could not be uploaded.');
  });
});
