import { render } from 'preact';
import { App } from './app.tsx';
import { ExtensionSync } from './extension-sync.ts';
import { pwaRepository } from './pwa-store.ts';

const sync = new ExtensionSync(pwaRepository);
sync.start();
render(<App repo={pwaRepository} sync={sync} />, document.getElementById('app')!);
