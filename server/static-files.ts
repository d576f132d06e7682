import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * Serves the built game (dist/) as files, untouched: each page carries its own Content Security
 * Policy in a meta tag (docs/SECURITY.md), so no header is added that could contradict it.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or null when it names nothing there. Decoding comes
 * first and the containment check after, so `%2e%2e/` and `..%2f` are caught like `../`.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const full = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  return full.startsWith(root + path.sep) ? full : null;
}

export function staticFiles(rootDir: string) {
  const root = path.resolve(rootDir);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return end(res, 405, 'Method not allowed');
    const pathname = (req.url ?? '/').split('?')[0]?.split('#')[0] ?? '/';
    const file = resolveInside(root, pathname);
    if (!file) return end(res, 404, 'Not found');
    try {
      // A symbolic link inside dist/ must not lead outside it either.
      const real = await realpath(file);
      const realRoot = await realpath(root);
      if (!real.startsWith(realRoot + path.sep)) return end(res, 404, 'Not found');
      const info = await stat(real);
      if (!info.isFile()) return end(res, 404, 'Not found');
      res.writeHead(200, {
        'Content-Type': contentType(real),
        'Content-Length': info.size,
        'X-Content-Type-Options': 'nosniff',
        // Pages are re-checked (a new build shows at once); hashed assets may be cached.
        'Cache-Control': real.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(real)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      end(res, 404, 'Not found');
    }
  };
}

function end(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(message);
}
