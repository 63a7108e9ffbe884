import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

/**
 * Markdown to HTML that is safe to put in a page: markdown-it with raw HTML off, then
 * DOMPurify with an allow-list. Links may only go to http(s), mailto, tel or this site;
 * images only to files Portico stores itself (/api/handbook/images/…, /api/files/…). Headings get ids for the
 * table of contents. No raw HTML reaches the browser unsanitised.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });
const window = new JSDOM('').window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

const allowedTags = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'pre',
  'blockquote',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  's',
];
const allowedAttributes = ['href', 'title', 'alt', 'src', 'id', 'align'];
/** Images Portico serves itself, by id; nothing from another host, no data: URLs. */
const storedImage = /^\/api\/(?:handbook\/images|files)\/[\w-]+$/;
const safeUrl = /^(?:https?:|mailto:|tel:|\/(?![/\\])|#)/i;

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  if (node.tagName === 'IMG' && !storedImage.test(node.getAttribute('src') ?? '')) node.remove();
});

export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** The text without markup, for search and snippets. */
  text: string;
}

export function sanitizeHtml(html: string): string {
  return purify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: [...allowedAttributes, 'rel'],
    ALLOWED_URI_REGEXP: safeUrl,
    ALLOW_DATA_ATTR: false,
  });
}

/** Plain text for fields that are never HTML (titles, summaries, tags): markup removed. */
// eslint-disable-next-line no-control-regex -- control characters never belong in a title
const controlCharacters = /[\u0000-\u001f\u007f]+/g;

export function plainText(value: string): string {
  const cleaned = purify.sanitize(value, { ALLOWED_TAGS: [], KEEP_CONTENT: true });
  const element = window.document.createElement('div');
  element.innerHTML = cleaned;
  return (element.textContent ?? '').replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim();
}

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'section';

export function renderMarkdown(source: string): RenderedMarkdown {
  // "#" is the article's own title: a heading in the body starts at level 2.
  const demoted = source.replace(/^# /gm, '## ');
  const safe = sanitizeHtml(markdown.render(demoted));
  const container = window.document.createElement('div');
  container.innerHTML = safe;
  const headings: Heading[] = [];
  const used = new Set<string>();
  for (const element of Array.from(container.querySelectorAll('h2, h3'))) {
    const text = element.textContent?.trim() ?? '';
    let id = slugify(text);
    for (let suffix = 2; used.has(id); suffix++) id = `${slugify(text)}-${suffix}`;
    used.add(id);
    element.id = id;
    headings.push({ id, text, level: element.tagName === 'H2' ? 2 : 3 });
  }
  return { html: container.innerHTML, headings, text: (container.textContent ?? '').replace(/\s+/g, ' ').trim() };
}
