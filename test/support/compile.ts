/** Compiling a snippet of source written to a temporary file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, type CompileFilesOptions, type FileResult } from '../../compiler/index.js';

export function compileSource(code: string, options: CompileFilesOptions = {}): FileResult {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-'));
  const file = join(dir, 'input.ts');
  writeFileSync(file, code);
  return compile(file, options);
}

/** The generated code, failing with the diagnostics if there is none. */
export function generated(code: string): string {
  const r = compileSource(code);
  if (!r.code) throw new Error(JSON.stringify(r.diagnostics, null, 2));
  return r.code;
}
