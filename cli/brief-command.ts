// `clipbrief brief FIGURES.json [--template NAME] [--format md|html|txt|json]`: compose a brief
// from figures (the JSON Lines of `extract`, one such object, an array of figures or Figure
// records, or an exported {figures: [...]}) and print it. Every figure is parsed with zod first;
// the first bad one is named on stderr and nothing is printed.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FigureSchema, SourceSchema, describeIssues, type Source } from '../shared/model.ts';
import { BRIEF_FORMATS, SourcedFoundFigureSchema, composeBrief, renderBrief, templateNames, type BriefFormat, type FigureLike } from '../shared/brief/index.ts';
import { parseArgs, onePositional } from './args.ts';
import { UsageError, type CliIo } from './io.ts';

export const MAX_FIGURES_BYTES = 20 * 1024 * 1024;

export const briefHelp = `clipbrief brief FIGURES.json [--template NAME] [--format md|html|txt|json] [--now ISO-TIME]

  Compose a campaign brief from figures: comparisons (orders per 1,000 incidents, grant rate,
  change between periods, …), checks of stated rates and totals against their parts, caveats,
  a chart and numbered sources with quotes. Prints the brief to stdout.
  FIGURES.json may be the JSON Lines output of "clipbrief extract" (one page per line), one such
  object, a JSON array of figures or Figure records, or {"figures": [...]}.
  --template  ${templateNames().join(', ')} (default blank)
  --format    md (default), html (self-contained, printable on A4), txt (email body), json (the Brief record)
  --now       the brief's creation time (default: the current time), for reproducible output`;

interface Options {
  file: string;
  template: string;
  format: BriefFormat;
  now: string;
}

function readArgs(args: string[]): Options {
  const parsed = parseArgs('brief', args, { valueFlags: ['--template', '--format', '--now'], help: briefHelp });
  const file = onePositional('brief', parsed, 'FIGURES.json', briefHelp);
  const template = parsed.flags.get('--template') ?? 'blank';
  const format = parsed.flags.get('--format') ?? 'md';
  const now = parsed.flags.get('--now') ?? new Date().toISOString();
  if (!(BRIEF_FORMATS as readonly string[]).includes(format)) throw new UsageError(`brief: unknown format "${format}" (choose from ${BRIEF_FORMATS.join(', ')})`);
  if (!templateNames().includes(template) && !['spo', 'register', 'bail', 'standard'].includes(template)) {
    throw new UsageError(`brief: unknown template "${template}" (choose from ${templateNames().join(', ')})`);
  }
  if (Number.isNaN(Date.parse(now))) throw new UsageError(`brief: --now "${now}" is not a date and time`);
  return { file, template, format: format as BriefFormat, now: new Date(now).toISOString() };
}

/** A problem with the input file: named, exit code 1. */
function bad(file: string, message: string): UsageError {
  return new UsageError(`brief: ${file}: ${message}`, 1);
}

function readJson(file: string, text: string): unknown[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw bad(file, 'is empty');
  try {
    return [JSON.parse(trimmed)];
  } catch {
    // Not one JSON value: JSON Lines, one page per line.
  }
  return trimmed.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch (e) {
      throw bad(file, `line ${i + 1} is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every figure in the input, parsed; the first bad one is reported with where it is. */
export function figuresFromJson(file: string, text: string): FigureLike[] {
  const docs = readJson(file, text);
  const fallback: Source = SourceSchema.parse({ url: pathToFileURL(resolve(file)).href, title: file });
  const out: FigureLike[] = [];
  docs.forEach((doc, d) => {
    const where = docs.length > 1 ? `line ${d + 1}, ` : '';
    let list: unknown[];
    let source: Source = fallback;
    if (Array.isArray(doc)) list = doc;
    else if (isObject(doc) && Array.isArray(doc.figures)) {
      list = doc.figures;
      if (doc.source !== undefined) {
        const s = SourceSchema.safeParse(doc.source);
        if (!s.success) throw bad(file, describeIssues(s.error, `source (${where}page)`).replace(/^invalid source \((.*?)\): /, 'invalid source ($1): '));
        source = s.data;
      }
    } else {
      throw bad(file, `${where}expected the output of "clipbrief extract" ({"source", "figures"}), a JSON array of figures, or {"figures": [...]}`);
    }
    list.forEach((item, i) => {
      const at = `${where}figures[${i}]`;
      if (!isObject(item)) throw bad(file, `${at} is not an object`);
      if ('id' in item) {
        const r = FigureSchema.safeParse(item);
        if (!r.success) throw bad(file, describeIssues(r.error, `figure (${at})`));
        out.push(r.data);
      } else {
        const r = SourcedFoundFigureSchema.safeParse({ ...item, source: item.source ?? source });
        if (!r.success) throw bad(file, describeIssues(r.error, `figure (${at})`));
        out.push(r.data);
      }
    });
  });
  if (!out.length) throw bad(file, 'holds no figures');
  return out;
}

export async function briefCommand(args: string[], io: CliIo): Promise<number> {
  const o = readArgs(args);
  let bytes: Uint8Array;
  try {
    if ((await io.fileSize(o.file)) > MAX_FIGURES_BYTES) throw bad(o.file, 'too large (the limit is 20 MB)');
    bytes = await io.readFile(o.file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException | null)?.code;
    throw bad(o.file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const figures = figuresFromJson(o.file, new TextDecoder('utf-8').decode(bytes));
  const brief = composeBrief(figures, { template: o.template, now: o.now });
  io.out(renderBrief(brief, o.format).replace(/\n$/, ''));
  return 0;
}
