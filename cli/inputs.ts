import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './errors.js';

/**
 * Expands the command line's inputs into the source files to compile: absolute paths,
 * sorted and without duplicates, so the output does not depend on argument order.
 *
 * A path that exists is taken as a file or directory even if it looks like a glob
 * (`a[1].ts`); anything else with glob syntax is a glob; anything else is a missing file.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    for (const file of await expandInput(input, cwd)) files.add(file);
  }
  if (files.size === 0) throw new CliError('no input files (generated *.grad.ts and *.d.ts files are skipped)');
  return [...files].sort();
}

async function expandInput(input: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, input);
  const stats = statSync(absolute, { throwIfNoEntry: false });
  if (stats?.isDirectory()) {
    return nonEmpty(await search('**/*.ts', absolute), `no .ts files found in directory '${input}'`);
  }
  // An explicit generated file is skipped rather than refused: a shell expanding `src/*.ts`
  // passes last run's outputs too, and compiling them would write `*.grad.grad.ts`.
  if (stats) return isCompilable(absolute) ? [absolute] : [];
  if (isDynamicPattern(input)) return nonEmpty(await search(input, cwd), `no files match '${input}'`);
  throw new CliError(`file not found: ${input}`);
}

async function search(pattern: string, cwd: string): Promise<string[]> {
  const matches = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'] });
  return matches.map((file) => path.resolve(file)).filter(isSourceFile);
}

/** Whether a directory or glob input includes this file. */
export function isSourceFile(file: string): boolean {
  return file.endsWith('.ts') && isCompilable(file) && !file.split(/[\\/]/).includes('node_modules');
}

/** Generated modules and declaration files are never sources. */
function isCompilable(file: string): boolean {
  return !file.endsWith('.grad.ts') && !/\.d\.[cm]?ts$/.test(file);
}

function nonEmpty(files: string[], message: string): string[] {
  if (files.length === 0) throw new CliError(message);
  return files;
}
