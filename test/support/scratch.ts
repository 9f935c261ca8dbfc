/**
 * A scratch directory per test (made before each, removed after) and the built CLI run in it:
 * for tests of commands that read and write files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
/** The built CLI (`npm run build`). */
export const mainJs = path.join(root, 'dist/cli/main.js');

export interface Scratch {
  /** This test's directory. */
  readonly dir: string;
  /** Writes `text` to `relative` (under dir), making its folders; returns the absolute path. */
  put(relative: string, text: string): string;
  /** Runs the built `tsgrad` with `argv` in dir. */
  tsgrad(...argv: string[]): { code: number | null; stdout: string; stderr: string };
}

/** Registers beforeEach/afterEach that make and remove a directory named `prefix…` in the temporary folder. */
export function scratchDirectory(prefix: string): Scratch {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() { return dir; },
    put(relative, text) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    tsgrad(...argv) {
      if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build first (npm run build)`);
      // (killed after two minutes: a run that never ends fails its test instead of hanging the suite)
      const r = spawnSync(process.execPath, [mainJs, ...argv], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}
