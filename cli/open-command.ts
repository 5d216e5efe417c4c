// `clipbrief open LINK`: print the brief in a share link as JSON (the same shape as
// `clipbrief brief --format json`). A damaged link is refused with a message and exit code 1.
import { renderJson } from '../shared/brief/index.ts';
import { ShareLinkError, decodeShareLink } from '../shared/share/index.ts';
import { UsageError, type CliIo } from './io.ts';

export const openHelp = `clipbrief open LINK

  Print the brief in a ClipBrief share link as JSON (the Brief record, as "clipbrief brief
  --format json" prints it). LINK may be the whole link, its fragment ("#b=1.…") or the part
  after "b=1.". Quote the link in the shell. A damaged, truncated, oversized or invalid link is
  refused on stderr with exit code 1, and nothing is printed on stdout.`;

export async function openCommand(args: string[], io: CliIo): Promise<number> {
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) throw new UsageError(`open: unknown option ${unknown}\n\n${openHelp}`);
  if (args.length === 0) throw new UsageError(`open: no LINK given\n\n${openHelp}`);
  if (args.length > 1) throw new UsageError(`open: one LINK at a time (also given: ${args[1]}); quote the link in the shell`);
  let decoded;
  try {
    decoded = decodeShareLink(args[0]!);
  } catch (e) {
    if (e instanceof ShareLinkError) throw new UsageError(`open: ${e.message}`, 1);
    throw new UsageError(`open: this share link could not be read`, 1);
  }
  if (!decoded.exact) {
    io.err('clipbrief open: note: this link was made by an older ClipBrief; its comparisons were worked out again and may read differently from what the sender saw.');
  }
  io.out(renderJson(decoded.brief).replace(/\n$/, ''));
  return 0;
}
