/**
 * A static file server for dist/ that counts the bytes it sends. Pagefind's worker fetches don't
 * show as page-level network events, so transfer is counted where it happens: at the server.
 *
 * It compresses text (HTML, CSS, JS, JSON) with gzip when the browser accepts it, as every host in
 * docs/deployment.md does, so the count is what a reader downloads; each request also records its
 * size on disk. Pagefind's index files and WebAssembly are gzipped by Pagefind already and are sent
 * as they are.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg']);

export interface ServedFile {
  path: string;
  /** Bytes sent: gzipped for text the browser accepts gzipped, else the file as it is. */
  bytes: number;
  /** The file's size on disk. */
  rawBytes: number;
  /** When the request came, in ms since the count was last reset. */
  atMs: number;
}

export interface CountingServer {
  url: string;
  /** Bytes and requests since the last reset. */
  counted(): { bytes: number; requests: ServedFile[] };
  /** Ms since the count was last reset. */
  elapsedMs(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingServer(root: string): Promise<CountingServer> {
  let requests: ServedFile[] = [];
  let since = Date.now();
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const atMs = Date.now() - since;
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const content = await readFile(file);
      const extension = path.extname(file);
      const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      let body: Buffer = content;
      if (gzip) {
        body = gzipped.get(file) ?? gzipSync(content);
        gzipped.set(file, body);
      }
      // No caching headers: every measured page load starts cold in a fresh browser context.
      response.writeHead(200, {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        'content-length': body.length,
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      requests.push({ path: pathname, bytes: body.length, rawBytes: content.length, atMs });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    counted: () => ({ bytes: requests.reduce((sum, request) => sum + request.bytes, 0), requests: [...requests] }),
    elapsedMs: () => Date.now() - since,
    reset: () => {
      requests = [];
      since = Date.now();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
