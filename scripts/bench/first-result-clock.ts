/**
 * A clock inside the page, from the reader's query to the first result painted. Timing from Node
 * (Date.now() around Playwright's fill, press and waitForSelector) adds each call's round trip to
 * the browser, which grew to hundreds of milliseconds while Pagefind's worker was busy at 10,000
 * entries; the page's own performance.now() does not.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __firstResultClock?: { startedAt?: number; paintedAt?: number };
  }
}

/**
 * Starts watching: the clock starts at the first `start` event on the search input (`keydown` of
 * Enter for a form that searches on submit, `input` for one that searches as you type) and stops
 * once an element matching `resultSelector` is in the page and a frame has been drawn after it.
 */
export async function watchFirstResult(
  page: Page,
  options: { input: string; start: 'enter' | 'input'; resultSelector: string },
): Promise<void> {
  await page.evaluate(({ input, start, resultSelector }) => {
    const clock: { startedAt?: number; paintedAt?: number } = {};
    window.__firstResultClock = clock;
    const field = document.querySelector(input)!;
    const onStart = (event: Event) => {
      if (start === 'enter' && (event as KeyboardEvent).key !== 'Enter') return;
      clock.startedAt ??= performance.now();
    };
    field.addEventListener(start === 'enter' ? 'keydown' : 'input', onStart, { capture: true });
    const observer = new MutationObserver(() => {
      if (clock.startedAt === undefined || !document.querySelector(resultSelector)) return;
      observer.disconnect();
      // The frame that shows it: after the next animation frame has been produced.
      requestAnimationFrame(() => setTimeout(() => (clock.paintedAt = performance.now())));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, options);
}

/** Milliseconds from the query to the first result painted, once `watchFirstResult`'s clock has stopped. */
export async function firstResultMs(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__firstResultClock?.paintedAt !== undefined);
  return page.evaluate(() => {
    const { startedAt, paintedAt } = window.__firstResultClock!;
    return Math.round(paintedAt! - startedAt!);
  });
}
