/**
 * Finding the TypeScript file behind a relative module specifier, the way TypeScript's
 * `nodenext` and bundlers do: `./model.js` is `./model.ts` on disk, `./model` may be
 * `./model.ts` or `./model/index.ts`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

const tsExtensions = ['.ts', '.tsx', '.mts', '.cts'];

export function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** The file `specifier` names from `importer`, or undefined when there is none. */
export function resolveModule(specifier: string, importer: string): string | undefined {
  return candidates(path.resolve(path.dirname(importer), specifier)).find(isFile);
}

/** Where a relative specifier may point, most specific first. */
function candidates(base: string): string[] {
  const js = /\.(m|c)?js(x?)$/.exec(base);
  if (js) return [base.slice(0, js.index) + `.${js[1] ?? ''}ts${js[2]}`, base];
  if (/\.(m|c)?tsx?$/.test(base)) return [base];
  return [...tsExtensions.map((ext) => base + ext), ...tsExtensions.map((ext) => path.join(base, 'index' + ext))];
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A bundler's module id as an absolute file path: without `?query` or `#hash`. */
export function fileOfId(id: string): string {
  return path.resolve(id.replace(/[?#].*$/, ''));
}
