/**
 * A source's archived copy: the `archived` URL its file records, else the Wayback Machine's capture
 * nearest the day the source was read (`accessed`, else `published`). A Wayback URL with a partial
 * timestamp (`/web/20160301/…`, `/web/2016/…`) redirects to the closest capture, so every source has
 * one without anyone looking it up. The source pages, the open data and `npm run verify` all ask here.
 */
import { partialDate } from './dates.ts';

/** The Wayback Machine's address for "the capture of a URL nearest a time". */
const WAYBACK_PREFIX = 'https://web.archive.org/web/';

interface ArchiveLink {
  /** The archived copy's address. */
  url: string;
  /** The source's own address, for Robust Links' `data-originalurl`. */
  originalUrl: string;
  /** The day (or month, or year) the copy stands for, for `data-versiondate`: ISO 8601, as the record dates it. */
  versionDate: string;
  /** True when the source's file names the copy; false when it is the Wayback Machine's nearest capture. */
  recorded: boolean;
}

interface ArchivableSource {
  url: string;
  archived?: string | undefined;
  accessed?: string | undefined;
  published: string;
}

/** A recorded Wayback URL's own timestamp (`/web/20160301123456/…`), as a date, when it has one. */
function waybackDate(url: string): string | undefined {
  if (!url.startsWith(WAYBACK_PREFIX)) return undefined;
  const stamp = /^(\d{4})(\d{2})?(\d{2})?/.exec(url.slice(WAYBACK_PREFIX.length));
  if (!stamp) return undefined;
  const value = [stamp[1], stamp[2], stamp[3]].filter(Boolean).join('-');
  try {
    return partialDate(value).value;
  } catch {
    return undefined;
  }
}

/** The Wayback Machine address of the capture of `url` nearest `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function waybackUrl(url: string, date: string): string {
  return `${WAYBACK_PREFIX}${partialDate(date).value.replaceAll('-', '')}/${new URL(url).href}`;
}

/** The archived copy of a source (schema-checked data: its dates are valid). */
export function archiveLink(source: ArchivableSource): ArchiveLink {
  const readOn = source.accessed ?? source.published;
  const originalUrl = source.url;
  if (source.archived) {
    return {
      url: source.archived,
      originalUrl,
      versionDate: waybackDate(source.archived) ?? readOn,
      recorded: true,
    };
  }
  return { url: waybackUrl(source.url, readOn), originalUrl, versionDate: readOn, recorded: false };
}

/**
 * Robust Links' attributes (mementoweb.org/robustlinks), the same on the link to the source and on
 * the link to its copy: the source's address, the copy's, and the date the record stands for. A
 * reader's tool can then find the page as it was when we read it, whichever link it meets.
 */
export function robustLinkAttributes(link: ArchiveLink) {
  return {
    'data-originalurl': link.originalUrl,
    'data-versionurl': link.url,
    'data-versiondate': link.versionDate,
  };
}

/**
 * The address that serves a Wayback capture as it was captured, without the archive's banner and
 * rewritten links (`/web/<timestamp>id_/<url>`): what `npm run verify` reads. Other archives' addresses
 * are returned as they are.
 */
export function archivedPageUrl(url: string): string {
  if (!url.startsWith(WAYBACK_PREFIX)) return url;
  return url.replace(/^(https:\/\/web\.archive\.org\/web\/\d+)(?:[a-z]{2}_)?\//, '$1id_/');
}
