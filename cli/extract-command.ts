// `clipbrief extract [--json] FILE...`: one JSON object per page, in the order given.
// A file that cannot be read or is not a page is reported on stderr; the others still run.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../shared/extract/index.ts';
import { NotAPageError, decodePage } from './decode-page.ts';
import { UsageError, type CliIo } from './io.ts';

export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export const extractHelp = `clipbrief extract [--json] FILE...

  Find the figures (statistics) in saved web pages (.html) or plain text files (.txt).
  Prints one JSON object per file, one per line:
    {"file", "source": {url, title, publisher, author, published, modified, kind, ...},
     "figures": [{"text", "value", "unit", "qualifier", "measure", "metric", "area",
                  "period": {"label", "start", "end"} | null, "quote": {"exact", "prefix", "suffix"},
                  "sentence", "total"}]}
  Figures are in reading order. --json is the default and only format (kept for scripts).
  A file that cannot be read is reported on stderr and the exit code is 1; the others are still printed.`;

export async function extractCommand(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('--'));
  if (unknown.length) throw new UsageError(`extract: unknown option ${unknown[0]}\n\n${extractHelp}`);
  if (!files.length) throw new UsageError(`extract: no files given\n\n${extractHelp}`);
  let failed = 0;
  for (const file of files) {
    try {
      const size = await io.fileSize(file);
      if (size > MAX_PAGE_BYTES) throw new NotAPageError(`too large (${(size / 1048576).toFixed(0)} MB; the limit is 50 MB)`);
      const html = decodePage(await io.readFile(file));
      const { source, figures } = extractPage(html, { url: pathToFileURL(resolve(file)).href });
      io.out(JSON.stringify({ file, source, figures }));
    } catch (e) {
      failed++;
      io.err(`clipbrief extract: ${file}: ${describeFailure(e)}`);
    }
  }
  return failed ? 1 : 0;
}

function describeFailure(e: unknown): string {
  if (e instanceof NotAPageError) return e.message;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return `could not be read (${e instanceof Error ? e.message : String(e)})`;
}
