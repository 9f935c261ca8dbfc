/**
 * Second order: `f_hvp(...params, v)`, the gradient and the Hessian times `v`, by
 * forward-over-reverse: the tangent transformation of the *generated* reverse code (the body of
 * `f_vjp`, target IR), not of the source. Each assignment gets a tangent assignment beside it
 * (`x_b_d = …`), built from the rules table's partials (a `Math.f` call of the target code is
 * the row whose value is that call); the tape gets a tangent tape indexed by the same `top`
 * (`stack_d[top] = t_d` beside `stack[top++] = t`), adjoint arrays get tangent arrays, and
 * `adj` gets `adj_d`, which is the result's `hvp`.
 *
 * What is differentiated is code over names without types, so which names carry tangents is a
 * small flow-insensitive analysis here (`activeNames`): the parameters along `v` and `adj` are
 * active, and a name is active when something active flows into it by arithmetic, a load, a
 * store or a rebinding. Over-approximating only costs zero tangents.
 *
 * Calls that stay calls are differentiated through the callee's own second-order forms, the
 * same transformation of its generated code (`secondOrderFunction`): `g(…)` gets its tangent
 * from `g_jvp`, `g_vjp(…, adj, seed)` becomes `g_vjp_d(…, tangent, adj, adj_d, seed, seed_d)`
 * (as the runtime's kernels' `k_vjp_d`), split mode's `g_fwd` and `g_rev` become `g_fwd_d` and
 * `g_rev_d`, which push and pop the tangent tape beside the tape (second/program.ts decides
 * which forms each module needs).
 *
 * A loop marked @checkpoint keeps its schedule (revolve's actions are control, not values):
 * its snapshots get rows of tangents beside them (runtime's `snapshotTangents`), as the tape
 * gets the tangent tape, so that the state a snapshot gives back comes with its tangents.
 *
 * Whatever this cannot differentiate (a registered derivative, a runtime kernel without a
 * second-order form) refuses the whole function (NoHvp): it then gets no f_hvp, and an
 * informational TSG2005 says why.
 */
import type { AdjointFunction, Import } from '../reverse/index.js';
import { ADJ, SEED, type Callee, type DeclType, type TExpr, type TStmt, type UnnamedVar, bin, cond, declare, eachExpr, globalCall, methodCall, eachStmt, member, num, paramLength, primal, ref, runtime, unnamed, use } from '../ir/target.js';
import type { Var } from '../ir/types.js';
import { Names, calleeText, nameLocals } from '../ir/names.js';
import type { CalledFunction, HvpFunction, SecondForm, SecondOptions } from './types.js';
import { kernels } from './rules.js';
import { exprsOf, namesOf } from './code.js';
import { Builder } from './builder.js';

export { NoHvp, type CalledFunction, type GeneratedCall, type HvpFunction, type SecondForm, type SecondNeed, type SecondOptions } from './types.js';
export { ownCallInUserTerms } from './refusals.js';

/** f_hvp: the tangent of f_vjp's body along v (see SecondOptions). */
export function hvpFunction(f: AdjointFunction, written: ReadonlySet<Var> = new Set(), restored: readonly Var[] = [], calls: ReadonlyMap<string, CalledFunction> = new Map(), nonFinite?: ReadonlySet<Var>): HvpFunction {
  return secondOrderFunction(f, { form: 'hvp', written, restored, calls, ...(nonFinite ? { nonFinite } : {}) });
}

/** The code a form differentiates: f_vjp's body, the contract's f_vjp, or split mode's halves. */
function formBody(f: AdjointFunction, form: SecondForm): readonly TStmt[] {
  switch (form) {
    // (the code before jam.ts's rewrites, which skip work where an adjoint is 0 but its tangent need not be)
    case 'hvp': case 'vjpInOut': return f.tangentBody;
    case 'vjp': return f.contractBody ?? f.tangentBody;
    case 'fwd': case 'rev': {
      const split = f.tangentSplit ?? f.split;
      if (!split) throw new Error(`'${f.name}' has no split forms`);
      return form === 'fwd' ? split.forward : split.reverse;
    }
  }
}

/** The tangent transformation of one of f's generated functions (`form`: which; see SecondForm). */
export function secondOrderFunction(f: AdjointFunction, options: SecondOptions = {}): HvpFunction {
  const form = options.form ?? 'hvp';
  const written = options.written ?? new Set<Var>();
  const restored = form === 'hvp' ? options.restored ?? [] : [];
  const body = formBody(f, form);
  const taken = new Set<string>(['adj', 'seed', 'grad', 'hvp', 'value', 'tape', 'restore', 'saveArray', 'tapeTangents', 'snapshotTangents', 'denseHessian', 'stack', 'top', ...f.params.map((p) => p.v.name)]);
  eachStmt(body, (s) => {
    if (s.k === 'decl') taken.add(s.name);
    if (s.k === 'try') taken.add(s.param.name);
    for (const e of exprsOf(s)) for (const n of namesOf(e)) taken.add(n);
  });
  // (its own variables are made without a name and named last, in the order the code is written,
  // clear of every name of the code it differentiates: `c`, `c1`, `c2`…)
  const names = new Names(taken, '');
  const direction = unnamed(form === 'hvp' ? 'v' : 'tangent', 'dual');
  // (a copy of each array f only writes, put back on return: as f_grad, f_hvp leaves it as found; not on a throw, as f_grad)
  const kept = new Map(restored.map((v) => [v, unnamed(`${v.name}_kept`, 'kept')]));
  const builder = new Builder(f, body, form, options.calls ?? new Map(), [...kept], options.nonFinite);
  const code = builder.stmts(body);
  const inputs: TStmt[] = [];
  for (const p of f.params) {
    if (!builder.active.has(primal(p.v))) continue;
    // (zeroed arrays from the runtime's pool: `new Float64Array(n)` of more than 8 elements costs an ArrayBuffer, ~400 ns)
    const zero: TExpr = p.v.type === 'f64[]' ? runtime('f64Zeros', paramLength(p)) : num(0);
    const given = member(ref(direction), p.key);
    // (f_hvp: f writes the array, and its tangent too, into a copy of v's; a caller's tangent array is written as the caller's array is)
    const init = !f.gradParams.includes(p) ? zero : form === 'hvp' && written.has(p.v) && p.v.type === 'f64[]' ? cond(given, methodCall('slice', given), zero) : bin('??', given, zero);
    inputs.push(declare(p.v.mutable ? 'let' : 'const', builder.tangent(primal(p.v)), init));
  }
  const adjTangent = builder.tangent(ADJ);
  const imports0 = builder.imports;
  /** The function of `own` (its body, named) and the names of its parameters that are its own variables. */
  const built = (own: readonly TStmt[], imports: readonly Import[]): HvpFunction => {
    const named = [...nameLocals(own, names)];
    const nameOf = (v: UnnamedVar) => names.nameOf(v).name;
    return { name: f.name, form, directionParam: nameOf(direction), adjTangent: nameOf(adjTangent), seedTangent: nameOf(builder.tangent(SEED)), body: named,
      imports: [...imports, ...importsOf(named), ...imports0], needs: builder.needs };
  };
  if (form !== 'hvp') return built([...inputs, ...code], []);
  const zeros = (): TExpr => ({ k: 'object', fields: f.gradParams.map((p) => [p.key, p.v.type === 'f64[]' ? runtime('f64Zeros', paramLength(p)) : num(0)] as const) });
  const adjType: DeclType = { adj: f.gradParams.map((p) => [p.key, p.v.type === 'f64[]' ? 'Float64Array' : 'number'] as const) };
  const setup: TStmt[] = [
    ...inputs,
    declare('const', ADJ, zeros(), adjType),
    declare('const', adjTangent, zeros(), adjType),
    declare('const', SEED, num(1)),
    ...[...kept].map(([n, copy]) => declare('const', copy, globalCall('Float64Array', 'from', use(n)))),
  ];
  return built([...setup, ...code], [{ name: 'denseHessian', from: 'runtime' }]);
}

/** The runtime's functions that second-order code calls. */
function importsOf(code: readonly TStmt[]): Import[] {
  const imports: Import[] = [];
  const used = new Set<string>();
  const kernelForms: Callee[] = [];
  eachStmt(code, (s) => { for (const e of exprsOf(s)) collectCalls(e, used, kernelForms); });
  // (the runtime's kernels, their jvps and the second-order forms of their vjps)
  for (const c of kernelForms) imports.push({ name: calleeText(c), from: 'runtime' });
  for (const n of ['tape', 'restore', 'saveArray', 'tapeTangents', 'snapshotTangents', 'sink', ...kernels.keys(), 'f64Zeros', 'listZeros', 'f64HighWord', 'f64LowWord', 'f64WithHighWord', 'f64WithLowWord', 'f64FromWords', 'f64WithHighWordScale', 'f64Ldexp', 'f64CopySign', 'sortPermutation']) {
    if (used.has(n)) imports.push({ name: n, from: 'runtime' });
  }
  return imports;
}

/** The runtime's functions `e` calls (`tape` for the tape's operations), and the calls of its kernels' forms. */
function collectCalls(e: TExpr, into: Set<string>, kernelForms: Callee[]): void {
  eachExpr(e, (x) => {
    if (x.k === 'call' && x.callee.k === 'helper') into.add(x.callee.fn);
    if (x.k === 'call' && x.callee.k === 'fn' && x.callee.runtime && kernels.has(x.callee.name)) kernelForms.push(x.callee);
    if (x.k === 'runtime') into.add(x.fn);
    if (x.k === 'tape') into.add('tape');
  });
}
