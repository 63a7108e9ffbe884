import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnTo('/payslips/2026-10?view=pdf#top')).toBe('/payslips/2026-10?view=pdf#top');
    expect(safeReturnTo('/')).toBe('/');
  });

  for (const unsafe of [
    'https://evil.example/',
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'evil.example',
    '/%2F%2Fevil.example',
    '/\nLocation: https://evil.example',
    '',
    undefined,
    ['/', '/x'],
  ]) {
    it(`turns ${JSON.stringify(unsafe)} into /`, () => {
      const result = safeReturnTo(unsafe);
      expect(result.startsWith('/')).toBeTrue();
      expect(result.startsWith('//')).toBeFalse();
      expect(new URL(result, 'https://portico.example').origin).toBe('https://portico.example');
    });
  }
});
