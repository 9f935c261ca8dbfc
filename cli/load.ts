/**
 * Loading the user's TypeScript modules (and generated ones) into this process, for `tsgrad
 * check` and for the registered derivatives `tsgrad trace` calls: through tsgrad/register's
 * module hooks (types stripped by TypeScript's transpileModule, `./m.js` found as `./m.ts`).
 */
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Callee } from '../compiler/ir/types.js';
import type { External } from '../compiler/interpret/interpret.js';
import { CliError, errorMessage } from './errors.js';

let hooked = false;

export type ModuleExports = Record<string, unknown>;

export async function importModule(file: string, distDir: string | undefined): Promise<ModuleExports> {
  if (distDir === undefined) throw new CliError('loading TypeScript modules needs the built tsgrad (dist/cli/main.js)');
  if (!hooked) {
    register(pathToFileURL(path.join(distDir, 'plugin', 'register-hooks.js')).href);
    hooked = true;
  }
  return (await import(pathToFileURL(file).href)) as ModuleExports;
}

/** The specifier of the built runtime, for generated modules loaded from a temporary directory. */
export function runtimeUrl(distDir: string): string {
  return pathToFileURL(path.join(distDir, 'runtime', 'index.js')).href;
}

/** The value and registered vjp of each callee, by name and file; missing ones are left out (the interpreter says so if it needs them). */
export async function loadExternals(callees: readonly Callee[], distDir: string | undefined): Promise<(callee: Callee) => External | undefined> {
  const loaded = new Map<string, External>();
  const id = (c: Callee) => `${c.file}\0${c.name}`;
  for (const c of callees) {
    if (c.vjp === 'generated' || loaded.has(id(c))) continue;
    try {
      const runtime = c.specifier === 'tsgrad/runtime' || c.vjpRuntime;
      const own = c.specifier === 'tsgrad/runtime' && distDir ? await import(runtimeUrl(distDir)) as ModuleExports : await importModule(javaScriptOf(c.file), distDir);
      // (a CommonJS module whose exports are the function itself is its default)
      const value = (c.importDefault ? own.default : own[c.name] ?? (typeof own.default === 'function' ? own.default : undefined)) as External['value'] | undefined;
      const vjpModule = c.vjp !== 'custom' ? undefined : runtime && distDir ? await import(runtimeUrl(distDir)) as ModuleExports : c.vjpFile ? await importModule(javaScriptOf(c.vjpFile), distDir) : own;
      const vjp = vjpModule?.[`${c.name}_vjp`] as External['vjp'] | undefined;
      if (typeof value === 'function') loaded.set(id(c), { value, ...(typeof vjp === 'function' ? { vjp } : {}) });
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot load '${c.name}' from ${c.file}: ${errorMessage(error)}`);
    }
  }
  return (c) => loaded.get(id(c));
}

/** The module a declaration file describes (`native.d.cts` → `native.cjs`); any other file is its own. */
export function javaScriptOf(file: string): string {
  return file.replace(/\.d\.(m|c)?ts$/, '.$1js');
}
