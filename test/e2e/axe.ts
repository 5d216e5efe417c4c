// axe-core, the standard accessibility engine, run inside a page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './browser.ts';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}
export interface AxeResult {
  violations: AxeViolation[];
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export async function runAxe(page: Page): Promise<AxeResult> {
  // Evaluated over the DevTools protocol, which a page's CSP (no scripts) does not govern.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({ resultTypes: ['violations'] }));
}

/** Violations in a form that reads well in a failed assertion. */
export function describeViolations(r: AxeResult): string[] {
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
