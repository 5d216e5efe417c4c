// Serve the built PWA exactly as `npm start` does (vite preview), on a free port of 127.0.0.1.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { ROOT } from './browser.ts';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function servePwa(port = 0): Promise<Served> {
  if (!existsSync(join(ROOT, 'dist/pwa/index.html'))) throw new Error('dist/pwa is missing: run npm run build first');
  const server: PreviewServer = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'pwa',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
