/**
 * Reverse mode: from a function's trace and its activity, the body of its vector-Jacobian
 * product `f_vjp(...params, adj, seed)`: forward sweep, reverse sweep, accumulation into adj.
 *
 * The reverse sweep is built first, because it decides what the forward sweep must record.
 * Which mutable variables it reads (and so must restore at each overwrite) depends on what
 * restoring them reads in turn, so the two are iterated until nothing new is needed.
 */
import type { Func, Param, Var } from '../ir/types.js';
import { type TStmt, member, name, num } from '../ir/target.js';
import { BackwardSweep, atomExpr } from './backward.js';
import { ForwardSweep } from './forward.js';
import { emptyPlan } from './plan.js';
import { calls } from './refs.js';

/** The adjoint IR of one function. */
export interface AdjointFunction {
  readonly name: string;
  readonly params: readonly Param[];
  /** Parameters that get a key in `adj` and `grad`. */
  readonly gradParams: readonly Param[];
  /** The body of `f_vjp`. */
  readonly body: readonly TStmt[];
  /** Whether the body calls the runtime tape. */
  readonly usesTape: boolean;
}

export function reverseFunction(fn: Func, active: ReadonlySet<Var>): AdjointFunction {
  const mutable = new Map(fn.vars.filter((v) => v.mutable).map((v) => [v.name, v] as const));
  let restored = new Set<Var>();
  let backward: BackwardSweep;
  let reverse: TStmt[];
  for (;;) {
    backward = new BackwardSweep(fn, active, emptyPlan(restored), fn.names.clone());
    reverse = backward.sweep(name('seed'));
    const more = [...backward.reads].map((n) => mutable.get(n)).filter((v): v is Var => v !== undefined && !restored.has(v));
    if (more.length === 0) break;
    restored = new Set([...restored, ...more]);
  }
  const forward = new ForwardSweep(fn, backward.plan).sweep();
  const gradParams = fn.params.filter((p) => p.differentiable);

  const body: TStmt[] = [...forward];
  // The value before the reverse sweep restores any variable it was read from.
  let value = atomExpr(fn.result);
  if (fn.result.kind === 'var' && backward.plan.restored.has(fn.result.v)) {
    const n = backward.names.fresh('result', true);
    body.push({ k: 'decl', kind: 'const', name: n, init: value });
    value = name(n);
  }
  const setup: TStmt[] = [];
  const finish: TStmt[] = [];
  for (const p of gradParams) {
    if (!active.has(p.v)) continue;
    const pb = backward.adjoint(p.v);
    if (p.v.type === 'f64[]') {
      setup.push({ k: 'decl', kind: 'const', name: pb, init: member(name('adj'), p.key) });
    } else {
      setup.push({ k: 'decl', kind: 'let', name: pb, init: num(0) });
      finish.push({ k: 'assign', target: member(name('adj'), p.key), op: '+=', value: name(pb) });
    }
  }
  for (const v of fn.vars) {
    if (v.kind === 'param' || !v.mutable || !active.has(v)) continue;
    const isResult = fn.result.kind === 'var' && fn.result.v === v;
    setup.push({ k: 'decl', kind: 'let', name: backward.adjoint(v), init: isResult ? name('seed') : num(0) });
  }
  if (reverse.length > 0 || setup.length > 0) {
    body.push(...setup, ...reverse, ...finish);
  }
  body.push({ k: 'return', e: value });
  const usesTape = calls(body).some((c) => c.startsWith('tape.'));
  return { name: fn.name, params: fn.params, gradParams, body, usesTape };
}

