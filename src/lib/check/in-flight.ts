/**
 * The content check's verdict while it runs. In a build the check runs beside Astro's own start-up
 * and content sync instead of before them; Astro's content layer stops at the first file it cannot
 * load, with its own words, so the collections' loader (src/content.config.ts) asks for the check's
 * report here and shows that instead: every problem, each at its file and line.
 *
 * Astro loads the integrations and the content config as separate module graphs in one process,
 * so the verdict is kept on `globalThis`, under a key no other code uses.
 */
const KEY = Symbol.for('encryption-policy-tracker:content-check-report');

type Holder = { [KEY]?: Promise<string | undefined> };

/** Publishes the running check: it resolves to the report of its problems, or undefined when it passed. */
export function publishCheckReport(report: Promise<string | undefined>): void {
  (globalThis as Holder)[KEY] = report;
}

/** The running check's report, or undefined when no check runs in this process (e.g. `astro sync`). */
export function checkReport(): Promise<string | undefined> {
  return (globalThis as Holder)[KEY] ?? Promise.resolve(undefined);
}

/** How a build reports a failed check, wherever it is noticed first. */
export function checkFailure(report: string): Error {
  return new Error(`The content check failed; nothing was built.\n${report}\nRun npm run check to see these again.`);
}
