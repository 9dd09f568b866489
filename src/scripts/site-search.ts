/**
 * The search box's script, on every page: `/` and Ctrl-K (⌘-K on a Mac) move focus to the search
 * box, as on most sites with search (`/` is left alone while typing in a field, where it is just a
 * character). And on a page opened from a search result, the searched words are marked: Pagefind's
 * highlighter is loaded only then, so a page otherwise loads no search code at all.
 */
import { withBase } from '../lib/base-path.ts';
import { HIGHLIGHT_PARAM } from '../lib/search-facets.ts';

const HIGHLIGHTER_URL = withBase('/pagefind/pagefind-highlight.js');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!box) return;
  const commandK =
    event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!commandK && !slash) return;
  event.preventDefault();
  box.focus();
  box.select();
});

interface HighlighterConstructor {
  new (options: { highlightParam: string; addStyles: boolean }): unknown;
}

if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  // A runtime URL written by the build, not a module in the bundle: Vite must leave it alone.
  import(/* @vite-ignore */ HIGHLIGHTER_URL)
    .then(() => {
      const { PagefindHighlight } = window as unknown as { PagefindHighlight: HighlighterConstructor };
      // The site's stylesheet styles the marks; Pagefind's own is an inline <style> a strict CSP refuses.
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    })
    .catch(() => {
      // Without the highlighter the page reads just as well; there is nothing to tell the reader.
    });
}
