import { render } from 'preact';
import { App } from './app.tsx';
import { ExtensionSync } from './extension-sync.ts';
import { onUpgradedElsewhere, pwaRepository, upgradedElsewhere } from './pwa-store.ts';
import { askToPersist } from './storage-status.ts';

const sync = new ExtensionSync(pwaRepository);
sync.start();
// Ask once up front: a library of evidence should not be evicted silently.
void askToPersist();

const draw = () => render(<App repo={pwaRepository} sync={sync} upgradedElsewhere={upgradedElsewhere} />, document.getElementById('app')!);
onUpgradedElsewhere(draw);
draw();
