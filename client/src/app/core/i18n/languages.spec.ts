import { localeFor, preferredLanguage } from './languages';

describe('interface language choice', () => {
  it('takes the first browser language the interface speaks', () => {
    expect(preferredLanguage(['ro-RO', 'es-MX', 'en-US'])).toBe('es');
    expect(preferredLanguage(['EN-gb'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(preferredLanguage(['ro-RO', 'pt-BR'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  it("formats dates and numbers in the reader's own region when the browser names it", () => {
    expect(localeFor('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(localeFor('es', ['en-US', 'es-MX'])).toBe('es-MX');
    expect(localeFor('es', ['en-US'])).toBe('es-ES');
  });
});
