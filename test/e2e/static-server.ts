// A tiny static server for test fixtures (saved pages), on a free port of 127.0.0.1.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Replace what a path serves (to change a page between visits). */
  override: (path: string, body: string) => void;
}

export async function serveStatic(root: string, host = '127.0.0.1'): Promise<StaticServer> {
  const overrides = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = overrides.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
    override: (p, b) => overrides.set(p, b),
  };
}
