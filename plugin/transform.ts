/**
 * The one core every adapter calls: replaces each `grad(f)` of a module with the generated
 * gradient of `f`, inlined into the module, with a high-resolution source map. Pure apart
 * from reading the source files it compiles, and writing the parameter names that type
 * `grad(f)` exactly beside the modules it differentiates (`model.tsgrad.d.ts`, unless
 * `types: false`; see plugin/declarations.ts).
 *
 *   import { grad } from 'tsgrad';          →  (import removed)
 *   import { loss } from './model';              import { loss } from './model';
 *   const dloss = grad(loss);                     const dloss = __tsgrad_model().loss_grad;
 *                                                 ...the generated module of model.ts...
 */
import MagicString, { type SourceMap } from 'magic-string';
import { writeParamNames } from './declarations.js';
import type { TransformDiagnostic } from './diagnostics.js';
import { planTransform, type Plan, type TransformOptions } from './plan.js';

export type { TsgradOptions, TransformOptions } from './plan.js';
export type { TransformDiagnostic } from './diagnostics.js';
export { formatDiagnostics, TsgradBuildError } from './diagnostics.js';
export { GradientCache } from './compile.js';
export { planTransform, dependenciesOf, type Plan } from './plan.js';

export interface TransformResult {
  code: string;
  /** Null when the code is returned untouched. */
  map: SourceMap | null;
  /** When there are any, the code is returned untouched: adapters report them as build errors. */
  diagnostics: TransformDiagnostic[];
  /** Files the result depends on besides the module itself: watch them, key caches on them. */
  dependencies: string[];
}

/** `id` is the module's path (a bundler's id: a `?query` is ignored). */
export function transform(code: string, id: string, options: TransformOptions = {}): TransformResult {
  const plan = planTransform(code, id, options);
  if (plan && options.types !== false) writeParamNames(plan.targets);
  if (!plan || plan.diagnostics.length > 0) {
    return { code, map: null, diagnostics: plan?.diagnostics ?? [], dependencies: plan?.dependencies ?? [] };
  }
  const s = applyPlan(code, plan);
  return {
    code: s.toString(),
    map: s.generateMap({ hires: true, source: plan.file, includeContent: true }),
    diagnostics: [],
    dependencies: plan.dependencies,
  };
}

function applyPlan(code: string, plan: Plan): MagicString {
  const s = new MagicString(code);
  for (const { start, end, text } of plan.replacements) s.overwrite(start, end, text);
  for (const { text } of plan.removals) s.remove(text.start, text.end);
  if (plan.imports.length > 0) {
    // On the first line, so that the module's own lines keep their numbers.
    const imports = plan.imports.join(' ');
    if (plan.top.at === 0) s.prepend(imports + ' ');
    else s.appendLeft(plan.top.at, (plan.top.afterHashbang ? '\n' : ' ') + imports);
  }
  if (plan.declarations.length > 0) s.append('\n\n' + plan.declarations.join('\n\n') + '\n');
  return s;
}
