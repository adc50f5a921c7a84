#!/usr/bin/env node
import { runCli } from './program';

const controller = new AbortController();
// The first Ctrl-C ends a drill early and still prints its report; a second one exits.
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});
runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  progress: process.stderr,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = code;
}, (e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});
