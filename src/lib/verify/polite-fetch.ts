/**
 * HTTP for `npm run verify`, as a well-behaved crawler: an honest User-Agent, one request at a time
 * and at most one a `delayMs` to any host, a timeout and a size cap on every response, redirects
 * followed one hop at a time (each hop is logged, and paced like any other request), and retries
 * with exponential backoff on 429 and 5xx, waiting as long as `Retry-After` asks when it asks for
 * no more than `maxRetryAfterMs`.
 */

interface FetchSettings {
  userAgent: string;
  /** The least time between two requests to one host (1000 ms: InternetArchiveBot's pace). */
  delayMs: number;
  /** Time for one request, body included. */
  timeoutMs: number;
  /** A larger body is not read. */
  maxBytes: number;
  /** Retries after a 429 or a 5xx. */
  retries: number;
  /** The first retry's wait when the server names none; each further retry waits twice as long. */
  backoffMs: number;
  /** A `Retry-After` longer than this is not waited for: the answer stands. */
  maxRetryAfterMs: number;
}

export const DEFAULT_FETCH_SETTINGS: Omit<FetchSettings, 'userAgent'> = {
  delayMs: 1000,
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  retries: 3,
  backoffMs: 2000,
  maxRetryAfterMs: 120_000,
};

const MAX_REDIRECTS = 10;

/** One HTTP exchange, as the report's "what was tried" lists it. */
export interface Exchange {
  url: string;
  status?: number;
  /** Where a redirect pointed. */
  location?: string;
  /** What went wrong without a status: a code such as ENOTFOUND, `timeout` or `too-large`. */
  error?: string;
}

export interface Fetched {
  /** The address first asked for, and the one the answer came from. */
  url: string;
  finalUrl: string;
  status?: number;
  contentType: string;
  body?: Uint8Array;
  /** A failure with no usable answer (no such host, refused, timeout, too large, too many redirects). */
  error?: string;
  exchanges: Exchange[];
  headers?: Headers;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Hands out each host's turns so that two requests to one host start at least `delayMs` apart. */
class HostPacer {
  private readonly turns = new Map<string, Promise<void>>();
  private readonly last = new Map<string, number>();
  private readonly delayMs: number;
  constructor(delayMs: number) {
    this.delayMs = delayMs;
  }

  async turn(host: string, extraWaitMs = 0): Promise<void> {
    const previous = this.turns.get(host) ?? Promise.resolve();
    const mine = previous.then(async () => {
      const due = (this.last.get(host) ?? -Infinity) + this.delayMs;
      const wait = Math.max(due - Date.now(), extraWaitMs);
      if (wait > 0) await sleep(wait);
      this.last.set(host, Date.now());
    });
    this.turns.set(host, mine);
    await mine;
  }
}

/** A `Retry-After` header (seconds, or an HTTP date) in milliseconds. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function errorCode(error: unknown): string {
  const err = error as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError') return 'timeout';
  return err.cause?.code ?? err.code ?? err.name ?? 'error';
}

class TooLarge extends Error {}

/** The body, refusing to read past `maxBytes` (a missing or false Content-Length does not get past it). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export class PoliteClient {
  private readonly pacer: HostPacer;
  private readonly settings: FetchSettings;
  constructor(settings: FetchSettings) {
    this.settings = settings;
    this.pacer = new HostPacer(settings.delayMs);
  }

  /** One request, paced, with no redirect followed. */
  private async once(url: string, waitMs: number, signal: AbortSignal): Promise<Response> {
    await this.pacer.turn(new URL(url).host, waitMs);
    return fetch(url, {
      redirect: 'manual',
      signal,
      headers: {
        'user-agent': this.settings.userAgent,
        accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5',
      },
    });
  }

  async get(url: string): Promise<Fetched> {
    const exchanges: Exchange[] = [];
    const { settings } = this;
    let current = url;
    let retries = 0;
    let waitMs = 0;
    for (let hops = 0; hops <= MAX_REDIRECTS;) {
      const signal = AbortSignal.timeout(settings.timeoutMs);
      let response: Response;
      try {
        response = await this.once(current, waitMs, signal);
      } catch (error) {
        const code = errorCode(error);
        exchanges.push({ url: current, error: code });
        return { url, finalUrl: current, contentType: '', error: code, exchanges };
      }
      waitMs = 0;
      const { status } = response;
      const location = response.headers.get('location');
      if (status >= 300 && status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current).href;
        exchanges.push({ url: current, status, location: next });
        current = next;
        hops++;
        continue;
      }
      if ((status === 429 || status >= 500) && retries < settings.retries) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        await response.body?.cancel();
        exchanges.push({ url: current, status });
        if (asked === undefined || asked <= settings.maxRetryAfterMs) {
          waitMs = asked ?? settings.backoffMs * 2 ** retries;
          retries++;
          continue;
        }
        return { url, finalUrl: current, status, contentType: '', exchanges, headers: response.headers };
      }
      exchanges.push({ url: current, status });
      const contentType = response.headers.get('content-type') ?? '';
      try {
        const body = await readCapped(response, settings.maxBytes);
        return { url, finalUrl: current, status, contentType, body, exchanges, headers: response.headers };
      } catch (error) {
        const code = error instanceof TooLarge ? 'too-large' : errorCode(error);
        exchanges.at(-1)!.error = code;
        return { url, finalUrl: current, status, contentType, error: code, exchanges, headers: response.headers };
      }
    }
    return { url, finalUrl: current, contentType: '', error: 'too-many-redirects', exchanges };
  }
}
