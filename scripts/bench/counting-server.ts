/**
 * A static file server for dist/ that counts the bytes it sends. Pagefind's worker fetches don't
 * show as page-level network events, so transfer is counted where it happens: at the server.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};

export interface CountingServer {
  url: string;
  /** Bytes and requests since the last reset. */
  counted(): { bytes: number; requests: { path: string; bytes: number }[] };
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingServer(root: string): Promise<CountingServer> {
  let bytes = 0;
  let requests: { path: string; bytes: number }[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const { size } = await stat(file);
      // No caching headers: every measured page load starts cold in a fresh browser context.
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': size });
      bytes += size;
      requests.push({ path: pathname, bytes: size });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    counted: () => ({ bytes, requests: [...requests] }),
    reset: () => { bytes = 0; requests = []; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
