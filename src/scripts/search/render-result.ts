/**
 * One search result as HTML: title link, kind, date and stance, then for a quote its words (query
 * words marked), and the excerpt Pagefind marked. A quote's title link is its speaker with their role:
 * its page title would repeat the first of the words shown below it. Built with DOM calls so that no
 * indexed text is ever parsed as HTML, except Pagefind's excerpt, which is rebuilt from its text
 * and <mark> elements only.
 */
import { formatPartialDate, parsePartialDate } from '../../lib/dates.ts';
import { markTerms } from '../../lib/mark-terms.ts';
import { STANCE_LABELS, type Stance, stanceBadge } from '../../lib/stances.ts';
import type { PagefindResultData } from './pagefind-api.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt is entity-encoded text with <mark>s; keep exactly that and nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html; // Inert: nothing inside a template runs or loads.
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? element('mark', undefined, node.textContent ?? '')
      : document.createTextNode(node.textContent ?? ''),
  );
}

function dateElement(value: string): HTMLTimeElement | undefined {
  const date = parsePartialDate(value);
  if ('error' in date) return undefined;
  const time = element('time', undefined, formatPartialDate(date));
  time.dateTime = value;
  return time;
}

function isStance(value: string | undefined): value is Stance {
  return value !== undefined && value in STANCE_LABELS;
}

export function renderResult(data: PagefindResultData, q: string): HTMLLIElement {
  const { title, kind, date, stance, words, speaker } = data.meta;
  const item = element('li', 'search-result');

  const heading = element('h2', 'search-result-title');
  const link = element('a', undefined, (words && speaker) || title || data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);

  const meta = element('p', 'search-result-meta');
  if (kind) meta.append(element('span', 'search-result-kind', kind));
  const time = date ? dateElement(date) : undefined;
  if (time) meta.append(time);
  if (isStance(stance)) {
    // The same badge as on the site's pages: a shape and a word, colour only as a third cue, linking to the question.
    const parts = stanceBadge(stance);
    const badge = element(parts.tag, parts.className);
    if (parts.href) badge.setAttribute('href', parts.href);
    const shape = element('span', undefined, parts.shape);
    shape.setAttribute('aria-hidden', 'true');
    badge.append(shape, element('span', undefined, parts.label));
    meta.append(badge);
  }
  item.append(meta);

  let wordsMatched = false;
  if (words) {
    const quote = element('blockquote', 'search-result-words');
    const paragraph = element('p');
    for (const run of markTerms(words, q)) {
      paragraph.append(run.match ? element('mark', undefined, run.text) : run.text);
      wordsMatched ||= run.match;
    }
    quote.append(paragraph);
    item.append(quote);
  }
  // A quote whose words show the match needs no excerpt; otherwise show where the match is.
  if (data.excerpt && !(words && (wordsMatched || !q.trim()))) {
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  return item;
}
