#!/usr/bin/env node
// V8's compiled code for the CommonJS modules (TypeScript above all) is kept on disk between
// runs, as Node 22's module.enableCompileCache() does; Node 20 has no such switch. First.
import 'v8-compile-cache';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

// This file runs as dist/cli/main.js, so the package root is two levels up.
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

// A reader that stops early (`tsgrad check src | head`) closes the pipe while check still prints
// rows: end quietly, as other command-line tools do, rather than with an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stderr.isTTY === true,
  version: packageJson.version,
  distDir: fileURLToPath(new URL('..', import.meta.url)),
});
