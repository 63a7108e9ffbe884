import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { fieldIssueCodes } from '@portico/shared/platform/field-issues';
import { problemCodes } from '@portico/shared/platform/problem';
import { firstValueFrom } from 'rxjs';

import en from '../../../i18n/en.json';
import es from '../../../i18n/es.json';
import { appInitialized, appTestProviders } from '../../testing/app-test-providers';
import { LanguageService } from '../i18n/language.service';
import { problemOf } from './problem';

describe('problems in the reader’s language', () => {
  it('has an English and a Spanish message for every code the server may answer with', () => {
    for (const code of [...problemCodes, 'network', 'unknown']) {
      for (const [language, messages] of [
        ['en', en.problems],
        ['es', es.problems],
      ] as const) {
        const message = (messages as Record<string, string | undefined>)[code];
        expect(message?.trim()).withContext(`problems.${code} in ${language}`).toBeTruthy();
      }
    }
    expect(Object.keys(en.problems).sort()).toEqual([...problemCodes, 'network', 'unknown'].sort());
  });

  it('has an English and a Spanish message for every field issue code', () => {
    for (const code of fieldIssueCodes) {
      for (const [language, messages] of [
        ['en', en.fields],
        ['es', es.fields],
      ] as const) {
        expect((messages as Record<string, string | undefined>)[code]?.trim())
          .withContext(`fields.${code} in ${language}`)
          .toBeTruthy();
      }
    }
    expect(Object.keys(es.fields).sort()).toEqual([...fieldIssueCodes].sort());
  });

  describe('the interceptor', () => {
    beforeEach(async () => {
      TestBed.configureTestingModule({ providers: appTestProviders() });
      await appInitialized();
    });

    afterEach(() => TestBed.inject(LanguageService).use('en'));

    async function answer(body: object, status: number, headers: Record<string, string> = {}) {
      const result = firstValueFrom(TestBed.inject(HttpClient).get('/api/handbook/search')).catch((error: unknown) => problemOf(error));
      TestBed.inject(HttpTestingController).expectOne('/api/handbook/search').flush(body, { status, statusText: 'Problem', headers });
      return (await result) as ReturnType<typeof problemOf>;
    }

    const problem = (code: string, status: number) => ({
      type: 'about:blank',
      title: 'Too many requests',
      status,
      code,
      detail: 'Please wait 7 seconds and try again.',
    });

    it('gives a Spanish reader the Spanish message for the code, never the server’s English, with the wait from Retry-After', async () => {
      await TestBed.inject(LanguageService).use('es');
      const limited = await answer(problem('rate_limited', 429), 429, { 'Retry-After': '7' });
      expect(limited.message).toBe('Demasiadas peticiones en poco tiempo. Espera 7 segundos y vuelve a intentarlo.');
      expect(limited.code).toBe('rate_limited');
      const tickets = await answer(problem('too_many_tickets', 429), 429, { 'Retry-After': '2340' });
      expect(tickets.message).toContain('dentro de 39 minutos');
    });

    it('gives a generic message in the reader’s language for a code it does not know, and keeps field errors by name', async () => {
      await TestBed.inject(LanguageService).use('es');
      expect((await answer(problem('something_new', 409), 409)).message).toBe(es.problems.unknown);
      const invalid = await answer(
        {
          ...problem('validation_failed', 400),
          errors: [
            { path: 'body.title', code: 'too_long', params: { max: 120 }, message: 'Too big: expected string to have <=120 characters' },
            { path: 'body.teamId', code: 'unknown_team', params: { value: 'payroll' }, message: 'there is no team "payroll"' },
            { path: 'body.later', code: 'something_newer', message: 'a rule this client does not know' },
          ],
        },
        400,
      );
      expect(invalid.message).toBe(es.problems.validation_failed);
      // Each field's message in the reader's language too, by its code (a generic one for a code it does not know).
      expect(invalid.fields).toEqual({ title: 'Escribe como máximo 120 caracteres.', teamId: 'No hay ningún equipo «payroll».', later: es.fields.invalid });
    });

    it('leaves alone what is not a problem document', async () => {
      const bare = await answer({ text: 'gateway' }, 502);
      expect([bare.code, bare.message]).toEqual(['http_502', null]);
    });
  });
});
