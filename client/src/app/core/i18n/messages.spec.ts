import en from '../../../i18n/en.json';
import es from '../../../i18n/es.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...flat, [path]: value } : { ...flat, ...flatten(value, path) };
  }, {});
}

const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

describe('interface messages', () => {
  const english = flatten(en);
  const spanish = flatten(es);

  it('has every English message in Spanish, and nothing else', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it('has no empty message', () => {
    for (const [key, text] of Object.entries({ ...english, ...spanish })) expect(text.trim()).withContext(key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    for (const key of Object.keys(english)) {
      expect(placeholders(spanish[key] ?? ''))
        .withContext(key)
        .toEqual(placeholders(english[key]!));
    }
  });
});
