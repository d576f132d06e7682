import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** the site's address, ending in '/' */
  url: string;
  /** every request that found no file (an absolute URL that missed the sub-path shows up here) */
  missing: string[];
  close(): Promise<void>;
}

/**
 * Serves a folder under `prefix` (e.g. '/lms/content/wudi/') as a plain static host would,
 * nothing at any other path, and `pages` (path -> HTML) as given: an LMS's own pages.
 */
export async function serveStatic(
  root: string | null,
  prefix = '/',
  pages: Record<string, string> = {},
): Promise<StaticServer> {
  const missing: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages[pathname];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] ?? '' }).end(page);
      return;
    }
    let file: string | null = null;
    if (root && pathname.startsWith(prefix)) {
      const rel = pathname.slice(prefix.length) || 'index.html';
      const full = path.resolve(root, rel.endsWith('/') ? `${rel}index.html` : rel);
      if (full.startsWith(path.resolve(root) + path.sep) && fs.existsSync(full) && fs.statSync(full).isFile())
        file = full;
    }
    if (!file) {
      missing.push(pathname);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
