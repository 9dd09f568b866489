import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_SETTINGS, PoliteClient, retryAfterMs } from '../../../src/lib/verify/polite-fetch.ts';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 02 Dec 2026 10:00:30 GMT', Date.parse('2026-12-02T10:00:00Z'))).toBe(30_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('PoliteClient', () => {
  let server: Server;
  let base: string;
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(`${request.url} ${request.headers['user-agent']}`);
      if (request.url === '/big') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('x'.repeat(5000));
      } else if (request.url === '/slow') {
        // Never answers: the timeout must end the request.
      } else if (request.url === '/unavailable') {
        response.writeHead(503);
        response.end();
      } else if (request.url === '/patience') {
        response.writeHead(429, { 'retry-after': '3600' });
        response.end();
      } else if (request.url === '/loop') {
        response.writeHead(302, { location: '/loop' });
        response.end();
      } else {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('fine');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const client = new PoliteClient({
    ...DEFAULT_FETCH_SETTINGS,
    userAgent: 'test-agent/1',
    delayMs: 0,
    backoffMs: 0,
    timeoutMs: 500,
    maxBytes: 1000,
  });

  it('sends its User-Agent and reads the body', async () => {
    const fetched = await client.get(`${base}/ok`);
    expect(new TextDecoder().decode(fetched.body)).toBe('fine');
    expect(asked).toContain('/ok test-agent/1');
  });

  it('stops reading past the size cap', async () => {
    expect((await client.get(`${base}/big`)).error).toBe('too-large');
  });

  it('gives up on a request that takes too long', async () => {
    const fetched = await client.get(`${base}/slow`);
    expect(fetched.error).toBe('timeout');
    expect(fetched.status).toBeUndefined();
  });

  it('retries a 5xx a few times, then gives its answer', async () => {
    const fetched = await client.get(`${base}/unavailable`);
    expect(fetched.status).toBe(503);
    expect(fetched.exchanges).toHaveLength(DEFAULT_FETCH_SETTINGS.retries + 1);
  });

  it('does not wait for a Retry-After longer than it accepts', async () => {
    const fetched = await client.get(`${base}/patience`);
    expect(fetched.status).toBe(429);
    expect(fetched.exchanges).toHaveLength(1);
  });

  it('follows redirects one hop at a time, and not forever', async () => {
    const fetched = await client.get(`${base}/loop`);
    expect(fetched.error).toBe('too-many-redirects');
    expect(fetched.exchanges.length).toBeGreaterThan(5);
  });
});
