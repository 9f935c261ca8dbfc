/**
 * Node module hooks for `tsgrad/register` (see register.ts). `load` replaces `grad(f)` in the
 * modules that import it from 'tsgrad' (plugin/transform.ts, one GradientCache for the
 * process), then compiles the result to JavaScript with TypeScript's transpileModule (the
 * generated code is TypeScript), with a source map composed back to the original file and
 * inlined, so `node --enable-source-maps` reports positions in the user's source. TypeScript
 * files no other loader handles are compiled the same way. `resolve` finds `./model.ts`
 * behind `./model.js` when no other resolver did.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remappingModule from '@jridgewell/remapping';
import ts from '../compiler/frontend/typescript.cjs';
import { GradientCache } from './compile.js';
import { count } from '../cli/format.js';
import { formatDiagnostics, ordered } from './diagnostics.js';
import { isRelative, resolveModule } from './resolve.js';
import { transform } from './transform.js';

type Remapping = typeof import('@jridgewell/remapping').default;
const remapping: Remapping =
  (remappingModule as unknown as { default?: Remapping }).default ?? (remappingModule as unknown as Remapping);

interface ResolveContext { parentURL?: string; conditions?: string[]; importAttributes?: Record<string, string> }
interface ResolveResult { url: string; format?: string | null; shortCircuit?: boolean }
interface LoadContext { format?: string | null; conditions?: string[]; importAttributes?: Record<string, string> }
interface LoadResult { format: string; source?: string | ArrayBuffer | Uint8Array | null; shortCircuit?: boolean }

const cache = new GradientCache();
const typescriptFile = /\.(m|c)?tsx?$/;

export async function resolve(specifier: string, context: ResolveContext,
  nextResolve: (specifier: string, context: ResolveContext) => Promise<ResolveResult>): Promise<ResolveResult> {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const parent = context.parentURL;
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' || !isRelative(specifier) || !parent?.startsWith('file:')) throw error;
    const file = resolveModule(specifier, fileURLToPath(parent));
    if (!file) throw error;
    return { url: pathToFileURL(file).href, shortCircuit: true };
  }
}

export async function load(url: string, context: LoadContext,
  nextLoad: (url: string, context: LoadContext) => Promise<LoadResult>): Promise<LoadResult> {
  if (!url.startsWith('file:')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  if (typescriptFile.test(file)) {
    const source = readFileSync(file, 'utf8');
    // a TypeScript module that does not use grad: another loader's (tsx), or ours when alone
    if (!/['"]tsgrad['"]/.test(source)) {
      try {
        return await nextLoad(url, context);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
        return { format: 'module', source: toJavaScript(source, file, null), shortCircuit: true };
      }
    }
    return replaceGrad(source, file);
  }
  const loaded = await nextLoad(url, context);
  if (loaded.source == null) return loaded;
  const source = typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source as Uint8Array).toString('utf8');
  if (!/['"]tsgrad['"]/.test(source)) return loaded;
  if (loaded.format !== 'module') {
    if (/\b(grad|jvp|hvp|jacobian)\s*\(/.test(source)) return failure(`tsgrad/register: ${relative(process.cwd(), file)} is a CommonJS module; grad(f) (and jvp, hvp, jacobian) is replaced in ES modules only (use import, or a .mjs/.mts file)\n`);
    return loaded;
  }
  return replaceGrad(source, file);
}

/** The module with each grad(f) replaced, as JavaScript; or, when tsgrad cannot, a module that reports why (see failure). */
function replaceGrad(source: string, file: string): LoadResult {
  const result = transform(source, file, { cache });
  if (result.diagnostics.length > 0) {
    const errors = result.diagnostics.filter((d) => d.severity !== 'info');
    return failure(`${formatDiagnostics(ordered(result.diagnostics))}\n\n` +
      `tsgrad/register: ${relative(process.cwd(), file)} not run: ${count(errors.length, 'error')} in the functions its grad(f) calls differentiate.\n`);
  }
  return { format: 'module', source: toJavaScript(result.code, file, result.map ? result.map.toString() : null), shortCircuit: true };
}

/**
 * A module that prints `report` on stderr and ends the process with exit code 1 when Node
 * evaluates it, in place of the module tsgrad cannot compile: as the bundler plugins fail a build
 * (each diagnostic once, at its file and line, with its code frame). An error thrown from a hook
 * instead reaches the main thread as the rejection of the entry point's import, which Node prints
 * under its `triggerUncaughtException` banner, inspected (`[tsgrad: …]`) and with a stack; and
 * a hook cannot exit the process itself without losing what it wrote (it runs on the loader's
 * thread, whose stderr is forwarded asynchronously). The main thread writes stderr synchronously
 * to files, pipes and terminals, so the report is out before the exit.
 */
function failure(report: string): LoadResult {
  return { format: 'module', source: `process.stderr.write(${JSON.stringify(report)});\nprocess.exit(1);\n`, shortCircuit: true };
}

function toJavaScript(code: string, file: string, map: string | null): string {
  const js = ts.transpileModule(code, {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, inlineSources: true,
      esModuleInterop: true, verbatimModuleSyntax: false,
    },
  });
  const out = js.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  if (!js.sourceMapText) return out;
  const composed = map ? remapping([js.sourceMapText, map], () => null).toString() : js.sourceMapText;
  return `${out}//# sourceMappingURL=data:application/json;base64,${Buffer.from(composed).toString('base64')}\n`;
}
