/**
 * What `npm run verify` remembers between runs (a small JSON file, `.verify-state.json` by default):
 * for each source URL, the days its fetch said "gone". A source is called dead only when that has
 * happened on `DEAD_AFTER_DAYS` different days, so one bad day at a publisher is not a dead link
 * (InternetArchiveBot waits for three failures days apart; a weekly run reaches two in a week). A
 * good answer forgets the failures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const DEAD_AFTER_DAYS = 2;
/** Only the latest failure days are kept, so the file stays small. */
const KEPT_DAYS = 10;

interface UrlState {
  /** Days (YYYY-MM-DD) on which the URL was gone, oldest first. */
  goneOn: string[];
  /** The last day it was read. */
  lastRead?: string;
}

export interface VerifyState {
  version: 1;
  urls: Record<string, UrlState>;
}

export function emptyState(): VerifyState {
  return { version: 1, urls: {} };
}

/** The state file, or an empty state when there is none yet; a file that is not ours is an error, not overwritten. */
export function loadState(file: string): VerifyState {
  if (!existsSync(file)) return emptyState();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<VerifyState>;
  if (parsed.version !== 1 || typeof parsed.urls !== 'object' || parsed.urls === null) {
    throw new Error(`${file} is not a verify state file (version 1); move it away or pass --state another file`);
  }
  return parsed as VerifyState;
}

export function saveState(file: string, state: VerifyState): void {
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Notes a "gone" answer; returns the days it has been gone on, this one included. */
export function recordGone(state: VerifyState, url: string, today: string): string[] {
  const entry = (state.urls[url] ??= { goneOn: [] });
  if (!entry.goneOn.includes(today)) entry.goneOn = [...entry.goneOn, today].sort().slice(-KEPT_DAYS);
  return entry.goneOn;
}

/** Notes a good answer: the URL's earlier failures no longer count. */
export function recordRead(state: VerifyState, url: string, today: string): void {
  state.urls[url] = { goneOn: [], lastRead: today };
}

export function isDead(goneOn: readonly string[], deadAfterDays = DEAD_AFTER_DAYS): boolean {
  return new Set(goneOn).size >= deadAfterDays;
}

/** Forgets URLs no longer in the record (after a full run, not after `--only`). */
export function keepOnly(state: VerifyState, urls: ReadonlySet<string>): void {
  for (const url of Object.keys(state.urls)) if (!urls.has(url)) delete state.urls[url];
}
