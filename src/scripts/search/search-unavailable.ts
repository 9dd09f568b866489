/**
 * What the search page shows instead of search when Pagefind cannot be loaded: under `astro dev`
 * (which writes no index), how to get one; otherwise that search is not available right now.
 */
import { SearchUnavailable } from './pagefind-api.ts';

/** Plain text with `code` parts, built as nodes. */
function withCode(...parts: (string | { code: string })[]): Node[] {
  return parts.map((part) => {
    if (typeof part === 'string') return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part.code;
    return code;
  });
}

/** Hides the search app and shows the message for `error`. */
export function showUnavailable(app: HTMLElement, error: unknown): void {
  const message = document.querySelector<HTMLElement>('[data-search-unavailable-message]')!;
  message.replaceChildren(
    ...(error instanceof SearchUnavailable && error.reason === 'needs-build'
      ? withCode(
          'Search needs a build: its index is written by ',
          { code: 'npm run build' },
          ', and ',
          { code: 'astro dev' },
          ' has none. To search, run ',
          { code: 'npm run build && npm run preview' },
          '.',
        )
      : withCode('The search index could not be loaded, so search is not available right now.')),
  );
  message.parentElement!.hidden = false;
  app.hidden = true;
}
