/**
 * tsgrad for Jest: a transformer that replaces `grad(f)` (the core transform), then compiles
 * the TypeScript to JavaScript with TypeScript's `transpileModule` (types stripped, no type
 * check, as @swc/jest and Babel do), to CommonJS or, under Jest's ESM mode, to ES modules.
 * The two source maps are composed, so stack traces point into the original source.
 *
 *   // jest.config.js
 *   transform: { '\\.[jt]s$': 'tsgrad/jest' },
 *   transformIgnorePatterns: ['/node_modules/(?!tsgrad/)'],
 *   moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
 *
 * Matching `.js` and not ignoring tsgrad lets it compile tsgrad's runtime, an ES module, for
 * Jest's CommonJS mode (Jest loads ES modules with require only on Node 24.9+).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import remappingModule from '@jridgewell/remapping';
import ts from '../compiler/frontend/typescript.cjs';
import { GradientCache } from './compile.js';
import { TsgradBuildError } from './diagnostics.js';
import { fingerprint } from './graph.js';
import { dependenciesOf, type TsgradOptions } from './plan.js';
import { transform } from './transform.js';

type Remapping = typeof import('@jridgewell/remapping').default;
const remapping: Remapping =
  (remappingModule as unknown as { default?: Remapping }).default ?? (remappingModule as unknown as Remapping);

export interface JestTransformerOptions extends TsgradOptions {
  /** tsconfig-style compiler options for the JavaScript output (`{ "target": "es2020" }`). */
  compilerOptions?: Record<string, unknown>;
}

/** The part of Jest's transform options this transformer reads. */
export interface JestTransformOptions {
  supportsStaticESM?: boolean;
  configString?: string;
  config?: { rootDir?: string };
}

export interface JestTransformer {
  canInstrument: false;
  getCacheKey(source: string, file: string, options: JestTransformOptions): string;
  process(source: string, file: string, options: JestTransformOptions): { code: string; map: string | null };
}

export function createTransformer(transformerOptions: JestTransformerOptions = {}): JestTransformer {
  const { compilerOptions = {}, ...options } = transformerOptions;
  const cache = new GradientCache();
  const version = tsgradVersion();
  return {
    canInstrument: false,
    getCacheKey(source, file, jestOptions) {
      // The output depends on the modules grad(f) differentiates, not only on this file.
      const dependencies = fingerprint(dependenciesOf(source, file));
      return createHash('sha256')
        .update([source, file, jestOptions.configString ?? '', JSON.stringify(transformerOptions),
          String(jestOptions.supportsStaticESM ?? false), dependencies, version, ts.version].join('\0'))
        .digest('hex');
    },
    process(source, file, jestOptions) {
      const result = transform(source, file, { ...options, cache });
      if (result.diagnostics.length > 0) throw new TsgradBuildError(result.diagnostics, jestOptions.config?.rootDir);
      const js = ts.transpileModule(result.code, {
        fileName: file,
        compilerOptions: { ...defaults(jestOptions.supportsStaticESM ?? false), ...converted(compilerOptions, file) },
      });
      const code = js.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
      const tsMap = js.sourceMapText ? JSON.parse(js.sourceMapText) : null;
      if (!tsMap) return { code, map: null };
      const map = result.map ? remapping([tsMap, result.map.toString()], () => null).toString() : JSON.stringify(tsMap);
      return { code, map };
    },
  };
}

export default { createTransformer };

function defaults(esm: boolean): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: esm ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
    sourceMap: true,
    inlineSources: true,
  };
}

function converted(options: Record<string, unknown>, file: string): ts.CompilerOptions {
  const { options: out, errors } = ts.convertCompilerOptionsFromJson(options, path.dirname(file));
  if (errors.length > 0) {
    throw new Error(`tsgrad/jest: compilerOptions: ${errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('; ')}`);
  }
  return out;
}

/** tsgrad's version, as the project that runs Jest sees it (a new version may generate new code). */
function tsgradVersion(): string {
  try {
    const require = createRequire(path.join(process.cwd(), 'index.js'));
    return (require('tsgrad/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
