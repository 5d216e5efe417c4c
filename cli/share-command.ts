// `clipbrief share BRIEF.json [--pwa URL]`: print a share link for a brief (the output of
// `clipbrief brief --format json`). The brief travels in the link's fragment, never to a server.
import { BriefSchema, describeIssues } from '../shared/model.ts';
import { DEFAULT_PWA_URL, SHARE_LINK_BUDGET, encodeBrief } from '../shared/share/index.ts';
import { parseArgs, onePositional } from './args.ts';
import { UsageError, type CliIo } from './io.ts';

export const MAX_BRIEF_BYTES = 20 * 1024 * 1024;

export const shareHelp = `clipbrief share BRIEF.json [--pwa URL]

  Print a share link for a brief: BRIEF.json is the output of "clipbrief brief --format json".
  The brief is compressed into the link's fragment (after "#"), so no server ever sees it;
  whoever opens the link in ClipBrief sees the brief and may save it.
  --pwa  the ClipBrief app's address the link opens (default ${DEFAULT_PWA_URL})
  A link over ${SHARE_LINK_BUDGET.toLocaleString('en-GB')} characters is still printed, with a warning on stderr: it may break in
  some browsers and chat apps, so send the brief as a file instead.`;

function readArgs(args: string[]): { file: string; pwa: string } {
  const parsed = parseArgs('share', args, { valueFlags: ['--pwa'], help: shareHelp });
  const file = onePositional('share', parsed, 'BRIEF.json', shareHelp);
  const pwa = parsed.flags.get('--pwa') ?? DEFAULT_PWA_URL;
  let url: URL;
  try {
    url = new URL(pwa);
  } catch {
    throw new UsageError(`share: --pwa "${pwa}" is not an address (for example ${DEFAULT_PWA_URL})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`share: --pwa "${pwa}" must be an http or https address`);
  return { file, pwa };
}

const bad = (file: string, message: string) => new UsageError(`share: ${file}: ${message}`, 1);

export async function shareCommand(args: string[], io: CliIo): Promise<number> {
  const { file, pwa } = readArgs(args);
  let bytes: Uint8Array;
  try {
    if ((await io.fileSize(file)) > MAX_BRIEF_BYTES) throw bad(file, 'too large (the limit is 20 MB)');
    bytes = await io.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException | null)?.code;
    throw bad(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').trim();
  if (!text) throw bad(file, 'is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw bad(file, `is not JSON (${e instanceof Error ? e.message : String(e)}); expected the output of "clipbrief brief --format json"`);
  }
  const brief = BriefSchema.safeParse(json);
  if (!brief.success) throw bad(file, `${describeIssues(brief.error, 'brief')} (expected the output of "clipbrief brief --format json")`);
  const link = encodeBrief(brief.data, pwa);
  io.out(link);
  if (link.length > SHARE_LINK_BUDGET) {
    io.err(
      `clipbrief share: warning: the link is ${link.length.toLocaleString('en-GB')} characters, over the ${SHARE_LINK_BUDGET.toLocaleString('en-GB')} that work everywhere; it may break in some browsers and chat apps (send the brief as a file instead)`,
    );
  }
  return 0;
}
