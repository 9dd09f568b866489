import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { escapeText, html, HtmlString } from '../../src/lib/html-string.ts';

const HOSTILE = `Côte <img src=x onerror=alert(1)> & "quoted" 'single' \`tick\` </li><script>x</script>`;

/** What a browser reads back from a fragment: the element's attribute and text. */
function readBack(markup: string): { href: string | null; text: string; elements: number } {
  const { document } = new JSDOM(`<ul>${markup}</ul>`).window;
  const link = document.querySelector('a');
  return {
    href: link?.getAttribute('href') ?? null,
    text: document.querySelector('ul')!.textContent ?? '',
    elements: document.querySelectorAll('ul *').length,
  };
}

describe('html`…`', () => {
  it('escapes every value so hostile text reads back as the same text, in content and in an attribute', () => {
    const item = html`<li><a href="${HOSTILE}">${HOSTILE} (${3})</a></li>`;
    expect(item).toBeInstanceOf(HtmlString);
    const read = readBack(item.value);
    expect(read.href).toBe(HOSTILE);
    expect(read.text).toBe(`${HOSTILE} (3)`);
    // Only the <li> and <a> written by the template: nothing in the values became an element.
    expect(read.elements).toBe(2);
  });

  it('takes another html result as markup, arrays item by item, and leaves out false, null and undefined', () => {
    const items = ['a<b', 'c&d'].map((name) => html`<li>${name}</li>`);
    const list = html`${items}${false}${null}${undefined}${html`<li>${0}</li>`}`;
    expect(list.value).toBe('<li>a&#x3C;b</li><li>c&#x26;d</li><li>0</li>');
    expect(String(list)).toBe(list.value);
  });

  it('does not take a plain string as markup', () => {
    expect(html`${'<b>bold</b>'}`.value).not.toContain('<b>');
  });
});

describe('escapeText', () => {
  it('escapes the characters that end text or a quoted attribute value, and nothing else', () => {
    expect(escapeText(`<>&"'\``)).not.toMatch(/[<>&"'`](?![#\w]*;)/);
    expect(escapeText('Côte d’Ivoire — “name”')).toBe('Côte d’Ivoire — “name”');
  });
});
