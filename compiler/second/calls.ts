/**
 * Calls that stay calls, differentiated through the callee's own second-order forms (`g_jvp`,
 * `g_vjp_d`, …) or the runtime kernels' (`k_jvp`, `k_vjp_d`).
 */
import { type Callee, type DeclType, type TExpr, type TStmt, type TVar, call, declare, fnCallee, member, num, ref, unnamed } from '../ir/target.js';
import { calleeText, formName } from '../ir/names.js';
import { NoHvp, type GeneratedCall } from './types.js';
import { kernels } from './rules.js';
import type { TangentState } from './state.js';
import { isActive } from './activity.js';

/** `{ a: a_d, … }`: the tangents of a kernel call's arguments, by the kernel's keys. */
export function kernelTangents(cx: TangentState, kernel: string, args: readonly TExpr[]): TExpr {
  const { keys } = kernels.get(kernel)!;
  const fields: (readonly [string, TExpr])[] = [];
  keys.forEach((key, i) => {
    const t = args[i] && cx.dual(args[i]!, []).tangent;
    if (t) fields.push([key, t]);
  });
  return { k: 'object', fields };
}

/** `{ x: x_d, … }`: the tangents of a generated callee's arguments, by its parameters' keys. */
export function calleeTangents(cx: TangentState, g: GeneratedCall, args: readonly TExpr[]): TExpr {
  const fields: (readonly [string, TExpr])[] = [];
  g.params.forEach((p, i) => {
    const t = !p.string && args[i] ? cx.dual(args[i]!, []).tangent : undefined;
    if (t) fields.push([p.key, t]);
  });
  return { k: 'object', fields };
}

/** The generated callee's form that second-order code calls (`g_jvp`, `g_vjp_d`, …), with its import and need recorded. */
export function use(cx: TangentState, g: GeneratedCall): Callee {
  const used = g.form === 'primal' ? fnCallee(g.callee, 'jvp') : fnCallee(g.callee, g.form, { d: true });
  cx.needs.push({ key: g.key, callee: g.callee, form: g.form === 'primal' ? 'jvp' : g.form });
  if (g.from) cx.imports.push({ name: calleeText(used), from: g.from });
  return used;
}

/**
 * A call of a generated callee's `g` or `g_fwd` whose value `target` takes (a declaration
 * when `kind` is given): `const t_jvp = g_jvp(…, { x: x_d }); const t = t_jvp.value; const t_d = t_jvp.tangent;`.
 */
export function valueCall(cx: TangentState, g: GeneratedCall, e: TExpr & { k: 'call' }, target: TVar, kind: 'const' | 'let' | undefined, type: DeclType | undefined): TStmt[] {
  const both = unnamed(`${target.name}_${g.form === 'primal' ? 'jvp' : 'fd'}`, 'kept');
  const d = call(use(cx, g), ...e.args, calleeTangents(cx, g, e.args));
  const set = (v: TVar, value: TExpr): TStmt => kind ? declare(kind, v, value, type) : { k: 'assign', target: ref(v), op: '=', value };
  return [
    declare('const', both, d),
    set(target, member(ref(both), 'value')),
    ...(cx.isActiveVar(target) ? [set(cx.tangent(target), member(ref(both), 'tangent'))] : []),
  ];
}

/** `g_vjp(…, adj, seed)` → `g_vjp_d(…, tangent, adj, adj_d, seed, seed_d)` (likewise g_vjpInOut, g_rev). */
export function vjpCallD(cx: TangentState, g: GeneratedCall, all: readonly TExpr[]): TExpr {
  const n = g.params.length;
  if (all.length < n + 1) throw new Error(`a call of ${calledName(g)} without its adj`);
  const args = all.slice(0, n);
  const adj = all[n]!;
  const seed = all[n + 1] ?? num(1);
  const adjD = cx.dual(adj, []).tangent;
  if (!adjD) throw new Error(`the adjoints of a call of ${calledName(g)} have no tangents`);
  return call(use(cx, g), ...args, calleeTangents(cx, g, args), adj, adjD, seed, cx.dual(seed, []).tangent ?? num(0));
}

/** Whether a call of a generated callee's vjp form has anything to differentiate. */
export function vjpActive(cx: TangentState, g: GeneratedCall, all: readonly TExpr[]): boolean {
  return g.form === 'rev' || all.some((a) => isActive(cx, a));
}

/** `k_vjp(...args, adj, seed)` → `k_vjp_d(...args, tangent, adj, adj_d, seed, seed_d)`. */
export function vjpD(cx: TangentState, kernel: string, all: readonly TExpr[]): TExpr {
  const n = kernels.get(kernel)!.keys.length;
  const args = all.slice(0, n);
  const adj = all[n]!;
  const seed = all[n + 1] ?? num(1);
  const adjD = cx.dual(adj, []).tangent;
  if (!adjD) throw new NoHvp(`it calls '${kernel}' where f_hvp cannot follow its adjoints`, 'take the Hessian-vector product from differences of f_grad along v');
  return call(fnCallee(kernel, 'vjp', { d: true, runtime: true }), ...args, kernelTangents(cx, kernel, args), adj, adjD, seed, cx.dual(seed, []).tangent ?? num(0));
}

/** The name f's code calls a generated callee's form by (`g`, `g_vjp`, `g_vjpInOut`, `g_fwd`, `g_rev`). */
export const calledName = (g: GeneratedCall): string => formName(g.callee, g.form);

/** `k_jvp(…)`, a kernel's jvp of the runtime. */
export const kernelJvp = (kernel: string, ...args: TExpr[]): TExpr => call(fnCallee(kernel, 'jvp', { runtime: true }), ...args);
