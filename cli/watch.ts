import { watch as watchDirectory, statSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { types } from 'node:util';
import { isDynamicPattern } from 'tinyglobby';
import type { CompileCommand } from './args.js';
import { compileOnce } from './compile.js';
import { CliError } from './errors.js';
import { expandInputs, isSourceFile } from './inputs.js';
import type { CliIO, CompileFn } from './io.js';
import { displayPath } from './paths.js';

/** Editors save in bursts (write, rename, chmod); one rebuild per burst. */
const DEBOUNCE_MS = 100;

/**
 * `tsgrad compile --watch`: compile, then compile again after every change to a source below
 * the inputs' directories, until `io.signal` aborts. Inputs are expanded again on every build,
 * so new files in a watched directory or glob are picked up. Errors in a build (a refused
 * output, a vanished input, even a compiler crash) are reported and watching goes on.
 * Imported modules outside the watched directories are not watched.
 */
export async function watch(command: CompileCommand, io: CliIO, compile: CompileFn): Promise<number> {
  await expandInputs(command.inputs, io.cwd); // a mistyped input fails now, with exit 2
  const build = () => compileOnce(command, io, compile).then(() => undefined, (error: unknown) => report(error, io));

  let queue = build();
  let timer: NodeJS.Timeout | undefined;
  const onChange = (file: string | null) => {
    if (file !== null && !isSourceFile(file)) return; // our own outputs and temporary files
    clearTimeout(timer);
    timer = setTimeout(() => (queue = queue.then(build)), DEBOUNCE_MS);
  };
  const directories = watchedDirectories(command.inputs, io.cwd);
  const watchers: FSWatcher[] = directories.map(({ directory, recursive }) =>
    watchDirectory(directory, { recursive }, (_event, file) => onChange(file)).on('error', (error) => report(error, io)),
  );

  await queue;
  io.stdout(`tsgrad: watching ${directories.map(({ directory }) => displayPath(directory, io.cwd) || '.').join(', ')} for changes.\n`);
  await aborted(io.signal);
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await queue;
  return 0;
}

interface WatchedDirectory {
  directory: string;
  recursive: boolean;
}

/** A file's directory, a directory itself, or a glob's static base (`src` for `src/**\/*.ts`). */
function watchedDirectories(inputs: string[], cwd: string): WatchedDirectory[] {
  const found = new Map<string, WatchedDirectory>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stats = statSync(absolute, { throwIfNoEntry: false });
    const watched = stats?.isFile()
      ? { directory: path.dirname(absolute), recursive: false }
      : { directory: stats ? absolute : globBase(input, cwd), recursive: true };
    const key = watched.directory;
    if (!found.get(key)?.recursive) found.set(key, watched);
  }
  return [...found.values()];
}

function globBase(pattern: string, cwd: string): string {
  const parts = pattern.split(/[\\/]/);
  const end = parts.findIndex((part) => isDynamicPattern(part));
  return path.resolve(cwd, parts.slice(0, end === -1 ? parts.length : end).join('/'));
}

function report(error: unknown, io: CliIO): void {
  io.stderr(error instanceof CliError ? error.format() : `tsgrad: internal error: ${types.isNativeError(error) ? error.stack : String(error)}\n`);
}

function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}
