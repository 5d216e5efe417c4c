import { render } from 'preact';
import { chromeApi } from '../browser-api.ts';
import { extensionRepository } from '../extension-store.ts';
import { Popup } from './popup.tsx';

render(<Popup repo={extensionRepository()} api={chromeApi} />, document.getElementById('app')!);
