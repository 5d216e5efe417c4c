// One way every command reads its arguments: `--flag value` or `--flag=value` for the options it
// names, positional arguments otherwise; anything else is a usage error that shows the help.
import { UsageError } from './io.ts';

export interface ParsedArgs {
  flags: Map<string, string>;
  positional: string[];
}

export function parseArgs(command: string, args: string[], spec: { valueFlags: string[]; help: string }): ParsedArgs {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (!spec.valueFlags.includes(flag)) throw new UsageError(`${command}: unknown option ${a}\n\n${spec.help}`);
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`${command}: ${flag} needs a value\n\n${spec.help}`);
    flags.set(flag, value);
  }
  return { flags, positional };
}

/** Exactly one positional argument, named in the messages. */
export function onePositional(command: string, parsed: ParsedArgs, name: string, help: string): string {
  const [first, second] = parsed.positional;
  if (first === undefined) throw new UsageError(`${command}: no ${name} given\n\n${help}`);
  if (second !== undefined) throw new UsageError(`${command}: one ${name} at a time (also given: ${second})\n\n${help}`);
  return first;
}
