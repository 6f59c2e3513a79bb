import { runCli } from './run-cli.ts';

// exitCode rather than process.exit(), so output piped to another program is flushed first.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
