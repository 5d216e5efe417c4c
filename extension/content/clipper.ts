// Entry of the on-demand clipper (built as one classic script and injected with
// chrome.scripting.executeScript). A second injection into the same page reuses the first.
import { Clipper } from './clipper-controller.tsx';

declare global {
  interface Window {
    __clipbrief?: Clipper;
  }
}

const clipper = (window.__clipbrief ??= new Clipper());
clipper.run().catch((e: unknown) => console.error('ClipBrief:', e));
