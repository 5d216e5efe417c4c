// Entry point for `npm run --silent clipbrief -- <command>`.
import { main } from './main.ts';
import { nodeIo } from './io.ts';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0); // `| head` closed the pipe: not an error
  throw e;
});
process.exitCode = await main(process.argv.slice(2), nodeIo);
