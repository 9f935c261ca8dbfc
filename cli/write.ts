import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_HEADER } from '../compiler/index.js';
import { CliError, errorCode, errorMessage } from './errors.js';

/**
 * How a generated module compares with what is on disk at its path:
 * - `missing`: nothing there yet;
 * - `unchanged`: the same text, so it is left alone (its mtime too, for watchers and make);
 * - `stale`: an earlier tsgrad output with other text;
 * - `foreign`: a file tsgrad did not generate, which it must never overwrite.
 */
export type OutputState = 'missing' | 'unchanged' | 'stale' | 'foreign';

/** `label` is how the file is named in error messages; `generated`, whether a text is tsgrad's (a generated module's, by default). */
export function outputState(file: string, code: string, label = file, generated = (text: string) => text.startsWith(GENERATED_HEADER)): OutputState {
  let existing: string;
  try {
    existing = readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw new CliError(`cannot read ${label}: ${errorMessage(error)}`);
  }
  if (existing === code) return 'unchanged';
  return generated(existing) ? 'stale' : 'foreign';
}

/**
 * Writes the file so that a reader (a bundler in watch mode, a concurrent tsgrad) sees the old
 * text or the new one, never half of it: a temporary file in the same directory (a rename
 * across filesystems is not atomic), then a rename over the target.
 */
export function writeAtomically(file: string, text: string, label = file): void {
  const directory = path.dirname(file);
  // The `.tsgrad-tmp-` prefix is in .gitignore, in case a crash leaves one behind.
  const temporary = path.join(directory, `.tsgrad-tmp-${process.pid}-${Date.now()}-${path.basename(file)}`);
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`cannot write ${label}: ${errorMessage(error)}`);
  }
}
