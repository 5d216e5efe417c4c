import { render } from 'preact';
import { chromeApi } from '../browser-api.ts';
import { Options } from './options.tsx';

render(<Options api={chromeApi} />, document.getElementById('app')!);
