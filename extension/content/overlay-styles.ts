// Styles for the overlay, scoped by its shadow root so the page and the overlay never restyle
// each other. Highlights are positioned boxes over the text: the page's own layout is untouched.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.hl {
  position: absolute; margin: 0; padding: 0; border: 0; cursor: pointer;
  background: rgba(255, 209, 102, 0.38); border-bottom: 2px solid #e09f3e; border-radius: 2px;
  font: inherit; color: transparent; pointer-events: auto;
}
.hl:hover { background: rgba(255, 209, 102, 0.6); }
.hl:focus-visible { outline: 3px solid #1d3557; outline-offset: 1px; }
.hl.clipped { background: rgba(42, 157, 143, 0.25); border-bottom-color: #2a9d8f; }
.hl.changed { background: rgba(231, 111, 81, 0.25); border-bottom: 2px dashed #c8553d; }
.hl.active { outline: 3px solid #1d3557; }
.panel, .card {
  position: fixed; right: 16px; z-index: 2; pointer-events: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d3557;
  background: #fff; border: 1px solid #d6dae0; border-radius: 10px; box-shadow: 0 8px 28px rgba(17, 24, 39, 0.18);
}
.panel { bottom: 16px; width: 320px; padding: 12px 14px; }
.panel h2, .card h2 { margin: 0 0 4px; font-size: 15px; display: flex; align-items: center; gap: 6px; }
.panel p { margin: 4px 0; }
.muted { color: #5b6472; font-size: 13px; }
.row { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
button.btn {
  font: inherit; font-size: 13px; border-radius: 6px; padding: 6px 12px; cursor: pointer;
  border: 1px solid #1d3557; background: #fff; color: #1d3557;
}
button.btn.primary { background: #1d3557; color: #fff; }
button.btn:disabled { opacity: 0.55; cursor: default; }
button.btn:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f4a261; outline-offset: 1px; }
.notes { margin: 8px 0 0; padding: 0; list-style: none; max-height: 180px; overflow: auto; }
.notes li { font-size: 13px; padding: 6px 0; border-top: 1px solid #eef0f3; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 1px 6px; border-radius: 4px; }
.badge.changed { background: #fde2dc; color: #9b2c14; }
.badge.orphan { background: #eceff3; color: #3d4654; }
.card { top: 16px; width: 360px; max-height: calc(100vh - 32px); overflow: auto; padding: 14px 16px; }
.card form { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 10px; margin-top: 8px; }
.card label { display: grid; gap: 2px; font-size: 12px; color: #3d4654; }
.card label.wide { grid-column: 1 / -1; }
.card input, .card select {
  font: inherit; font-size: 14px; color: #1d3557; padding: 5px 8px; border: 1px solid #c5cad3; border-radius: 6px; background: #fff; width: 100%;
}
.card input[aria-invalid="true"] { border-color: #c8553d; }
.card blockquote { margin: 10px 0 0; padding: 6px 10px; border-left: 3px solid #e09f3e; background: #fbf7ef; font-size: 13px; color: #3d4654; }
.card .source { font-size: 12px; color: #5b6472; margin-top: 6px; overflow-wrap: anywhere; }
.error { color: #9b2226; background: #fdecea; border-radius: 6px; padding: 6px 8px; font-size: 13px; margin: 8px 0 0; grid-column: 1 / -1; }
.status { color: #2a6f4f; font-size: 13px; }
mark { background: #ffe8a3; color: inherit; padding: 0 1px; }
`;
