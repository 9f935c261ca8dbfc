/**
 * What to change in a module that uses `grad(f)`, as positions and text, before anything is
 * changed: the text transform applies it with magic-string, the tsc transformer to the AST.
 */
import { compileTargets, type GradientCache } from './compile.js';
import { differentiatedIn } from './declarations.js';
import { parseTapeBudget } from '../compiler/budget.js';
import { hints, type TransformDiagnostic } from './diagnostics.js';
import type { Diagnostic } from '../compiler/index.js';
import { findGradUses, type GradCall, type Removal } from './find.js';
import { moduleClosure } from './graph.js';
import { inlineModules, Names, type DeclarationMap, type InlinedModule } from './inline.js';
import { fileOfId } from './resolve.js';

export interface TsgradOptions {
  /** The module generated code imports the runtime from (an alias). Default `tsgrad/runtime`. */
  runtimeModule?: string;
  /**
   * Write `<module>.tsgrad.d.ts` beside each module whose functions `grad(f)` differentiates:
   * the parameter names that type `grad(f)`'s gradient exactly (plugin/declarations.ts).
   * Default true.
   */
  types?: boolean;
  /** As `tsgrad compile --tape-budget`: bytes (or `'64MiB'`) for the snapshots of each loop marked `@checkpoint` without a count. */
  tapeBudget?: number | string;
}

export interface TransformOptions extends TsgradOptions {
  /** Reuses generated modules across calls; adapters keep one per build. */
  cache?: GradientCache;
  /** The text of a file where it is not the one on disk (the editor plugin's unsaved text), else undefined. */
  readFile?: (file: string) => string | undefined;
}

export interface Plan {
  file: string;
  /** Each `grad(...)` call, [start, end), and the expression that replaces it. */
  replacements: { start: number; end: number; text: string }[];
  /** Imports of `grad` that nothing uses afterwards. */
  removals: Removal[];
  /** Import declarations to add at `top`. */
  imports: string[];
  top: { at: number; afterHashbang: boolean };
  /** Declarations to add at the end of the module. */
  declarations: string[];
  /** The source map of each declaration, where it has one (to the source modules of the generated code). */
  declarationMaps: (DeclarationMap | undefined)[];
  /** When there are any, nothing is to be changed. */
  diagnostics: TransformDiagnostic[];
  /** The files the result depends on, besides the module itself (for watchers and caches). */
  dependencies: string[];
  /** The modules that declare the functions `grad(f)` differentiates. */
  targets: string[];
  /** By target module, its exported functions that the generated module differentiates (for `writeParamNames`). */
  differentiated: Map<string, Set<string>>;
}

/** Undefined when the module does not use `grad` from 'tsgrad'. */
export function planTransform(code: string, id: string, options: TransformOptions = {}): Plan | undefined {
  const file = fileOfId(id);
  const uses = findGradUses(code, file);
  if (!uses) return undefined;
  const runtimeModule = options.runtimeModule ?? 'tsgrad/runtime';
  const plan: Plan = {
    file, replacements: [], removals: uses.removals, imports: [], top: uses.top, declarations: [], declarationMaps: [],
    diagnostics: [...uses.diagnostics], dependencies: [], targets: [...new Set(uses.calls.map((c) => c.target.module))],
    differentiated: new Map(),
  };
  if (uses.calls.length === 0) return plan;

  const tapeBudget = options.tapeBudget === undefined ? 0 : parseTapeBudget(options.tapeBudget);
  if (tapeBudget === undefined) throw new Error(`tsgrad: the option tapeBudget takes a size such as '64MiB' or a number of bytes, not '${options.tapeBudget}'`);
  const compiled = compileTargets(uses.calls.map((c) => c.target.module), runtimeModule, options.cache, [], tapeBudget, options.readFile);
  plan.dependencies = compiled.dependencies.filter((f) => f !== file);
  for (const r of compiled.results) if (plan.targets.includes(r.sourceFile)) plan.differentiated.set(r.sourceFile, differentiatedIn(r));
  // `grad(f)` needs f and what it calls, not the rest of f's module: only what keeps one of
  // the requested functions from a gradient is reported
  const reported = new Set<TransformDiagnostic>();
  for (const { target } of uses.calls) {
    const result = compiled.results.find((r) => r.sourceFile === target.module);
    const why = result?.failed[target.name] ?? (result && result.code === undefined ? result.diagnostics : []);
    for (const d of why) if (!reported.has(d)) { reported.add(d); plan.diagnostics.push(d); }
  }
  if (plan.diagnostics.length > 0) return plan;

  // only the generated functions the calls use, and what they call, are inlined
  const wanted = new Map<string, Set<string>>();
  for (const { target, form } of uses.calls) {
    if (!wanted.has(target.module)) wanted.set(target.module, new Set());
    wanted.get(target.module)!.add(`${target.name}_${form}`);
  }
  let names = new Names();
  let only = uses.calls.some((c) => c.keys) ? names.claim('only') : undefined;
  let inlined = inlineModules(compiled.results.filter((r) => r.code !== undefined), file, uses.exports, runtimeModule, names, wanted);
  const notes = compiled.results.flatMap((r) => r.notes);
  for (const call of uses.calls) {
    const text = replacement(call, inlined.modules.get(call.target.module), only, plan.diagnostics, file, notes);
    if (text !== undefined) plan.replacements.push({ start: call.call.start, end: call.call.end, text });
  }
  if (plan.diagnostics.length > 0) return plan;
  // The keys being right, grad(f, keys) gets f's derivative with respect to them alone (no
  // adjoints, no reverse work for the other parameters), compiled as `--wrt f:keys` would.
  const wrt = restrictions(uses.calls);
  const restricted = wrt.length > 0 ? compileTargets(uses.calls.map((c) => c.target.module), runtimeModule, options.cache, wrt, tapeBudget, options.readFile) : undefined;
  if (restricted && uses.calls.every(({ target }) => restricted.results.find((r) => r.sourceFile === target.module)?.code !== undefined &&
      !restricted.results.find((r) => r.sourceFile === target.module)?.failed[target.name])) {
    names = new Names();
    only = uses.calls.some((c) => c.keys) ? names.claim('only') : undefined;
    inlined = inlineModules(restricted.results.filter((r) => r.code !== undefined), file, uses.exports, runtimeModule, names, wanted);
    plan.replacements = [];
    for (const call of uses.calls) {
      const text = replacement(call, inlined.modules.get(call.target.module), only, plan.diagnostics, file, notes);
      if (text !== undefined) plan.replacements.push({ start: call.call.start, end: call.call.end, text });
    }
    if (plan.diagnostics.length > 0) return plan;
    if (!plan.replacements.some((r) => r.text.startsWith(`${only}(`))) only = undefined;
  }
  plan.imports = inlined.imports;
  plan.declarations = [...inlined.declarations, ...(only ? [onlyHelper(only)] : [])];
  plan.declarationMaps = inlined.maps;
  return plan;
}

/**
 * The files `transform(code, id)` would read besides the module, found without compiling: for
 * cache keys that must be known before transforming (Jest's).
 */
export function dependenciesOf(code: string, id: string): string[] {
  const file = fileOfId(id);
  const uses = findGradUses(code, file);
  if (!uses || uses.calls.length === 0) return [];
  return moduleClosure(uses.calls.map((c) => c.target.module)).filter((f) => f !== file);
}

/**
 * The `--wrt` entries for the `grad(f, keys)` calls of a module: `f:keys` for each f whose every
 * call asks for the same keys (and whose name no other target function has); f asked with
 * different keys, or also whole, keeps its full gradient, and each call takes its keys from it.
 */
function restrictions(calls: readonly GradCall[]): string[] {
  const byName = new Map<string, { modules: Set<string>; keys: Set<string> }>();
  for (const c of calls) {
    const entry = byName.get(c.target.name) ?? { modules: new Set<string>(), keys: new Set<string>() };
    entry.modules.add(c.target.module);
    // (jvp(f), hvp(f), jacobian(f) ask for every parameter)
    entry.keys.add(c.keys ? JSON.stringify(c.keys.map((k) => k.name).sort()) : '');
    byName.set(c.target.name, entry);
  }
  const out: string[] = [];
  for (const [name, { modules, keys }] of byName) {
    const [only] = [...keys];
    if (modules.size !== 1 || keys.size !== 1 || !only) continue;
    out.push(`${name}:${(JSON.parse(only) as string[]).join(',')}`);
  }
  return out;
}

/**
 * `__tsgrad_model().loss_grad`, or restricted to the keys: `__tsgrad_only(..., ["w"])`, or
 * `__tsgrad_model().loss_grad` again when loss_grad has exactly those keys (compiled with them).
 * `jvp(f)`, `hvp(f)`, `jacobian(f)`: `__tsgrad_model().loss_jvp`, and so on.
 */
function replacement(call: GradCall, module: InlinedModule | undefined, only: string | undefined, diagnostics: TransformDiagnostic[], file: string,
  notes: readonly Diagnostic[]): string | undefined {
  const { name, module: source } = call.target;
  if (call.form !== 'grad') return otherForm(call, module, diagnostics, file, notes);
  const gradName = `${name}_grad`;
  if (!module?.exports.has(gradName)) {
    diagnostics.push({
      code: 'TSG3002', file, line: call.argument.line, column: call.argument.column, length: call.argument.end - call.argument.start,
      message: `tsgrad generates no gradient for '${name}' (${source}): it is not an exported function that returns a number`,
      hint: hints.exported,
    });
    return undefined;
  }
  const access = `${module.access}.${gradName}`;
  if (!call.keys) return access;
  const known = module.gradKeys.get(gradName) ?? [];
  for (const key of call.keys) {
    if (known.includes(key.name)) continue;
    diagnostics.push({
      code: 'TSG3003', file, line: key.span.line, column: key.span.column, length: key.span.end - key.span.start,
      message: `'${key.name}' is not a differentiated parameter of '${name}'`,
      hint: known.length > 0 ? `its gradient has ${known.map((k) => `'${k}'`).join(', ')}` : `'${name}' has no number or array parameters`,
    });
  }
  if (known.length === call.keys.length && call.keys.every((k) => known.includes(k.name))) return access;
  return `${only}(${access}, ${JSON.stringify(call.keys.map((k) => k.name))})`;
}

/** What each form is called in a diagnostic. */
const formNames = { jvp: 'jvp (forward mode)', hvp: 'Hessian-vector product', jacobian: 'Jacobian' } as const;

/** `__tsgrad_model().f_jvp` (or `_hvp`, `_jacobian`), or a diagnostic saying why the generated module has none. */
function otherForm(call: GradCall, module: InlinedModule | undefined, diagnostics: TransformDiagnostic[], file: string, notes: readonly Diagnostic[]): string | undefined {
  const { name, module: source } = call.target;
  const form = call.form as Exclude<GradCall['form'], 'grad'>;
  const generated = `${name}_${form}`;
  if (module?.exports.has(generated)) return `${module.access}.${generated}`;
  const at = { file, line: call.argument.line, column: call.argument.column, length: call.argument.end - call.argument.start };
  const differentiated = module?.exports.has(`${name}_vjp`) ?? false;
  const base = `tsgrad generates no ${formNames[form]} for '${name}' (${source})`;
  let message: string;
  let hint: string;
  if (!differentiated) {
    message = `${base}: it is not an exported function that returns a number or writes into an array parameter`;
    hint = hints.exported;
  } else if (form === 'jvp') {
    // (the compiler's note says which call keeps it from one)
    const why = notes.find((d) => d.code === 'TSG2004' && d.message.startsWith(`'${name}' gets no jvp`));
    message = `${base}: ${why ? why.message : 'it has no forward-mode derivative'}`;
    hint = why?.hint ?? 'grad(f) gives the gradient, whose dot product with the direction is the directional derivative';
  } else if (form === 'jacobian') {
    message = module?.exports.has(`${name}_grad`)
      ? `${base}: it writes no array parameter, so its Jacobian is its gradient (one row)`
      : `${base}: it writes no array parameter that has a derivative`;
    hint = 'use grad(f): its grad is the Jacobian of a function that returns a number';
  } else {
    message = module?.exports.has(`${name}_grad`)
      ? `${base}: the generated module has no ${generated} (this version of tsgrad generates none)`
      : `${base}: it does not return a number`;
    hint = 'hvp(f) needs f_hvp in the generated module: Hessian-vector products of exported functions that return a number';
  }
  diagnostics.push({ code: 'TSG3002', ...at, message, hint });
  return undefined;
}

function onlyHelper(name: string): string {
  return [
    '// tsgrad: grad(f, keys), the gradient of the named parameters only.',
    `function ${name}(gradient, keys) {`,
    '  return (...args) => {',
    '    const { value, grad } = gradient(...args);',
    '    const only = {};',
    '    for (const key of keys) only[key] = grad[key];',
    '    return { value, grad: only };',
    '  };',
    '}',
  ].join('\n');
}
