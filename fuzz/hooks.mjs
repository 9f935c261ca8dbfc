// Module hooks for register.mjs: `.js` specifiers that name a `.ts` file of fuzz/ resolve to it,
// and fuzz/*.ts is transpiled to an ES module.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const here = new URL('./', import.meta.url).href;

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (e) {
    if (specifier.endsWith('.js') && context.parentURL?.startsWith(here)) return next(specifier.replace(/\.js$/, '.ts'), context);
    throw e;
  }
}

export async function load(url, context, next) {
  if (!url.startsWith(here) || !url.endsWith('.ts')) return next(url, context);
  const source = await readFile(new URL(url), 'utf8');
  const js = ts.transpileModule(source, {
    fileName: url,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
  }).outputText;
  return { format: 'module', source: js, shortCircuit: true };
}
