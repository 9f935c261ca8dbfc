/**
 * The files a generated gradient depends on: the module that declares the function and,
 * transitively, the project modules it imports (their functions are called, their types read).
 * Bundlers watch them; caches are keyed on their contents.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseModule } from './parse.js';
import { isRelative, resolveModule } from './resolve.js';

/** `modules` and every module they reach through relative imports, sorted. `read`: a file's text where it is not the one on disk (an editor's). */
export function moduleClosure(modules: readonly string[], read?: (file: string) => string | undefined): string[] {
  const seen = new Set<string>(modules);
  const queue = [...modules];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of relativeImports(file, read)) {
      const dep = resolveModule(specifier, file);
      if (dep && !seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...seen].sort();
}

/** A hash of the files' names and contents (a missing file counts as empty). */
export function fingerprint(files: readonly string[], ...extra: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readOrEmpty(file)).update('\0');
  for (const e of extra) hash.update(e).update('\0');
  return hash.digest('hex');
}

function relativeImports(file: string, read?: (file: string) => string | undefined): string[] {
  let ast;
  try {
    ast = parseModule(read?.(file) ?? readOrEmpty(file), file);
  } catch {
    return []; // the compiler reports what is wrong with it
  }
  const out: string[] = [];
  for (const s of ast.program.body) {
    const source = s.type === 'ImportDeclaration' || s.type === 'ExportAllDeclaration' || s.type === 'ExportNamedDeclaration' ? s.source : undefined;
    if (source && isRelative(source.value)) out.push(source.value);
  }
  return out;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
