import { JSDOM } from 'jsdom';

/** Inert: as a browser would parse it, nothing can run or load from elsewhere (escaped text is fine). */
export function expectInert(html: string): void {
  const document = new JSDOM(`<body>${html}</body>`).window.document;
  expect(document.querySelectorAll('script, iframe, svg, math, object, embed, style, form, input, link, meta, base').length).toBe(0);
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name).not.toMatch(/^on/i);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
        expect(attribute.value.trim()).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    }
  }
}
