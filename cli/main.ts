// The command line: a contract other tools rely on (see README). stdout carries only results;
// errors go to stderr with a non-zero exit code.
import { briefCommand, briefHelp } from './brief-command.ts';
import { extractCommand, extractHelp } from './extract-command.ts';
import { UsageError, type CliIo } from './io.ts';
import { openCommand, openHelp } from './open-command.ts';
import { shareCommand, shareHelp } from './share-command.ts';

type Command = { run: (args: string[], io: CliIo) => Promise<number>; help: string; summary: string };

const COMMANDS: Record<string, Command> = {
  extract: { run: extractCommand, help: extractHelp, summary: 'find the figures in saved pages; JSON Lines on stdout' },
  brief: { run: briefCommand, help: briefHelp, summary: 'compose a brief (md, html, txt or json) from figures' },
  share: { run: shareCommand, help: shareHelp, summary: 'print a share link for a brief (the output of brief --format json)' },
  open: { run: openCommand, help: openHelp, summary: 'print the brief in a share link as JSON' },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `ClipBrief command line

Usage: npm run --silent clipbrief -- <command> [options]

Commands:
${lines.join('\n')}

Run "clipbrief <command> --help" for a command's options.`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`clipbrief: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`clipbrief ${e.message}`);
      return e.exitCode;
    }
    io.err(`clipbrief ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
