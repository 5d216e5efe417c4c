// What a command may touch: its output streams and the file system, passed in so tests can
// run commands in-process.
import { readFile, stat } from 'node:fs/promises';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  fileSize: (path: string) => Promise<number>;
}

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
};

/** A command's failure that the user can act on: printed as one line, exit code 1. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
