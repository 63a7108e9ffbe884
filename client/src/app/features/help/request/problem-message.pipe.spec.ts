import { TestBed } from '@angular/core/testing';

import es from '../../../../i18n/es.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { appInitialized, appTestProviders } from '../../../testing/app-test-providers';
import { ProblemMessagePipe } from './problem-message.pipe';

describe('ProblemMessagePipe', () => {
  let pipe: ProblemMessagePipe;
  const problem = (status: number, code: string) => ({ status, code, message: 'The server’s English words.', fields: {} });

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    pipe = TestBed.runInInjectionContext(() => new ProblemMessagePipe());
  });

  afterEach(() => TestBed.inject(LanguageService).use('en'));

  it('says why an upload was refused, or could not be checked, in the reader’s language', async () => {
    await TestBed.inject(LanguageService).use('es');
    expect(pipe.transform(problem(422, 'file_unsafe'), 'help.files.failed')).toBe(es.help.problems.fileUnsafe);
    expect(pipe.transform(problem(422, 'file_infected'), 'help.files.failed')).toBe(es.help.problems.fileInfected);
    expect(pipe.transform(problem(503, 'malware_scan_unavailable'), 'help.files.failed')).toBe(es.help.problems.scanUnavailable);
    expect(pipe.transform(problem(429, 'rate_limited'), 'help.files.failed')).toBe(es.help.problems.tooMany);
  });

  it('keeps the server’s own words for a problem it has no message of', () => {
    expect(pipe.transform(problem(409, 'something_else'), 'help.files.failed')).toBe('The server’s English words.');
  });
});
