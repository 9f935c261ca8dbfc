/**
 * The one core every adapter calls: replaces each `grad(f)` of a module with the generated
 * gradient of `f` (`jvp(f)`, `hvp(f)`, `jacobian(f)` with `f_jvp`, `f_hvp`, `f_jacobian`), inlined into the module, with a high-resolution source map. Pure apart
 * from reading the source files it compiles, and writing the parameter names that type
 * `grad(f)` exactly beside the modules it differentiates (`model.tsgrad.d.ts`, unless
 * `types: false`; see plugin/declarations.ts).
 *
 *   import { grad } from 'tsgrad';          →  (import removed)
 *   import { loss } from './model';              import { loss } from './model';
 *   const dloss = grad(loss);                     const dloss = __tsgrad_model().loss_grad;
 *                                                 ...the generated module of model.ts...
 */
import MagicString, { SourceMap } from 'magic-string';
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
  if (plan && options.types !== false) writeParamNames(plan.targets, plan.differentiated);
  if (!plan || plan.diagnostics.length > 0) {
    return { code, map: null, diagnostics: plan?.diagnostics ?? [], dependencies: plan?.dependencies ?? [] };
  }
  const s = applyPlan(code, plan);
  return {
    code: s.toString(),
    map: withDeclarations(s, plan),
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

/**
 * The map of the transformed module: its own code to itself (magic-string's), and each
 * appended declaration's lines to the source statements its generated code comes from.
 */
function withDeclarations(s: MagicString, plan: Plan): SourceMap {
  const own = s.generateDecodedMap({ hires: true, source: plan.file, includeContent: true });
  const sources = [...own.sources];
  const sourcesContent: (string | null)[] = [...(own.sourcesContent ?? own.sources.map(() => null))];
  const mappings = own.mappings;
  // the declarations' first line: after the module's own lines and a blank line
  const text = s.toString();
  let line = lineCount(text) - 1 - lineCount(plan.declarations.join('\n\n'));
  for (const [i, declaration] of plan.declarations.entries()) {
    const map = plan.declarationMaps[i];
    if (map) {
      const index = map.sources.map((f, j) => {
        const known = sources.indexOf(f);
        if (known !== -1) return known;
        sourcesContent.push(map.sourcesContent[j] ?? null);
        return sources.push(f) - 1;
      });
      map.mappings.forEach((segments, j) => {
        while (mappings.length <= line + j) mappings.push([]);
        mappings[line + j] = segments.map((g) => (g.length === 1 ? g : [g[0], index[g[1]]!, g[2], g[3]]));
      });
    }
    line += lineCount(declaration) + 1;
  }
  return new SourceMap({ file: own.file, sources, sourcesContent: sourcesContent as string[], names: own.names, mappings });
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
