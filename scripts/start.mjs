// `npm start`: after the build, serve the PWA where the extension expects it and say how to load
// the extension. Runs until Ctrl-C.
import { resolve } from 'node:path';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  configFile: resolve(root, 'vite.config.ts'),
  mode: 'pwa',
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
const url = `http://127.0.0.1:${port}/`;
console.log(`
ClipBrief is built.

  PWA:        ${url}   (open it once online; after that it works with the network off)

  Extension (Chromium / Chrome):
    1. open chrome://extensions and switch on "Developer mode"
    2. "Load unpacked" and choose  ${resolve(root, 'dist/extension')}
    3. pin ClipBrief to the toolbar; "Open ClipBrief" in its popup opens the PWA above

  Extension (Firefox):
    open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", and choose
    ${resolve(root, 'dist/extension-firefox/manifest.json')}

Press Ctrl-C to stop the server.`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
