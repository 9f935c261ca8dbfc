import path from 'node:path';
import { defaultOutputPath } from '../compiler/index.js';

/**
 * Where each source's generated module goes. Beside the source by default; with an output
 * directory, at the same place relative to the inputs' common directory (tsc's `outDir`
 * with `rootDir` inferred), so `src/a.ts src/nn/b.ts --out-dir gen` gives `gen/a.grad.ts`
 * and `gen/nn/b.grad.ts`.
 */
export function outputPathFor(sources: string[], outDir: string | undefined): (source: string) => string {
  if (outDir === undefined) return defaultOutputPath;
  const root = commonDirectory(sources);
  return (source) => defaultOutputPath(path.join(outDir, path.relative(root, source)));
}

/** The deepest directory containing every one of the (absolute) files. */
export function commonDirectory(files: string[]): string {
  const [first, ...rest] = files.map((file) => path.dirname(file).split(path.sep));
  if (first === undefined) throw new Error('commonDirectory of no files');
  let length = first.length;
  for (const parts of rest) {
    let i = 0;
    while (i < length && i < parts.length && parts[i] === first[i]) i++;
    length = i;
  }
  // Splitting '/a' gives ['', 'a']: an empty join means the filesystem root.
  return first.slice(0, length).join(path.sep) || path.parse(files[0]!).root;
}

/** How a path is shown to the user: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
}
