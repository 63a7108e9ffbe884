import { expectInert } from '../../../test/inert';
import { plainText, renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  const inert = expectInert;

  it('renders headings, lists, tables and links, with ids for the table of contents', () => {
    const rendered = renderMarkdown(
      '## Who can ask\n\n- everyone\n\n| Office | Days |\n|---|---|\n| Madrid | 23 |\n\n### Más información\n\nSee [annual leave](/handbook/annual-leave).',
    );
    expect(rendered.html).toContain('<h2 id="who-can-ask">Who can ask</h2>');
    expect(rendered.html).toContain('<h3 id="mas-informacion">Más información</h3>');
    expect(rendered.html).toContain('<td>Madrid</td>');
    expect(rendered.html).toContain('<a href="/handbook/annual-leave">annual leave</a>');
    expect(rendered.headings).toEqual([
      { id: 'who-can-ask', text: 'Who can ask', level: 2 },
      { id: 'mas-informacion', text: 'Más información', level: 3 },
    ]);
    expect(rendered.text).toContain('Madrid 23');
  });

  it('makes <script>, <iframe> and SVG with script inert', () => {
    const rendered = renderMarkdown(
      'Hello <script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n<svg onload="alert(1)"><script>alert(2)</script></svg>',
    );
    inert(rendered.html);
  });

  it('drops javascript:, data: and vbscript: links and images from anywhere but Portico', () => {
    const rendered = renderMarkdown(
      '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) ![x](data:image/svg+xml;base64,PHN2Zz4=) ![tracker](https://evil.example/pixel.png) ![ok](/api/files/abc123)',
    );
    inert(rendered.html);
    expect(rendered.html).not.toContain('evil.example');
    expect(rendered.html).toContain('<img src="/api/files/abc123" alt="ok">');
  });

  it('keeps images uploaded to the handbook (a relative address by id) and nothing that only looks like one', () => {
    const id = '0b6f3c1e-8d1f-4a55-9a3e-2f6f1c0d9b7a';
    const rendered = renderMarkdown(
      `![chart](/api/handbook/images/${id}) ![up](/api/handbook/images/../../me) ![other](//evil.example/api/handbook/images/${id})`,
    );
    expect(rendered.html).toContain(`<img src="/api/handbook/images/${id}" alt="chart">`);
    expect(rendered.html).not.toContain('../');
    expect(rendered.html).not.toContain('evil.example');
  });

  it('keeps event-handler attributes out even when HTML is smuggled through Markdown', () => {
    const rendered = renderMarkdown('<img src=x onerror=alert(1)> <a href="#" onclick="alert(1)">x</a> [ok](https://example.org "t")');
    inert(rendered.html);
    expect(rendered.html).toContain('<a href="https://example.org" title="t" rel="noopener noreferrer nofollow">ok</a>');
  });
});

describe('plainText', () => {
  it('keeps the words and drops the markup and scripts', () => {
    expect(plainText('Annual <b>leave</b><script>alert(1)</script> & <img src=x onerror=alert(1)>more')).toBe('Annual leave & more');
  });
});
