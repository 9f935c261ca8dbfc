/**
 * Reverse mode: from a function's trace and its activity, the body of its vector-Jacobian
 * product `f_vjp(...params, adj, seed)`: forward sweep, reverse sweep, accumulation into adj.
 *
 * The reverse sweep is built first, because it decides what the forward sweep must record.
 * Which mutable variables it reads (and so must restore at each overwrite) depends on what
 * restoring them reads in turn, so the two are iterated until nothing new is needed.
 */
import type { Func, Param, Stmt, Var } from '../ir/types.js';
import { type TStmt, member, name, num } from '../ir/target.js';
import { BackwardSweep, atomExpr } from './backward.js';
import { ForwardSweep } from './forward.js';
import { emptyPlan } from './plan.js';
import { calls } from './refs.js';
import { type Span, freshAssignments, spans, statements } from '../ir/walk.js';

/** The adjoint IR of one function. */
export interface AdjointFunction {
  readonly name: string;
  readonly params: readonly Param[];
  /** Parameters that get a key in `adj` and `grad`. */
  readonly gradParams: readonly Param[];
  /** The body of `f_vjp`. */
  readonly body: readonly TStmt[];
  /** What the body uses from tsgrad/runtime. */
  readonly runtime: readonly string[];
}

/**
 * Whether overwrite `s` destroys a value the reverse sweep reads: some statement whose
 * reverse reads the variable comes before `s` (it then sees the old value), or shares a loop
 * with it (a later iteration's `s` destroys an earlier iteration's value).
 */
function destroysRead(s: Stmt, readers: ReadonlySet<Stmt> | undefined, where: Map<Stmt, Span>): boolean {
  if (!readers) return false;
  const at = where.get(s)!;
  for (const r of readers) {
    const rs = where.get(r)!;
    if (rs.start <= at.start) return true;
    if (at.loops.some((loop) => rs.loops.includes(loop) || r === loop)) return true;
  }
  return false;
}

/** Names generated code may import from the runtime. */
const runtimeExports = ['tape', 'sum'];

export function reverseFunction(fn: Func, active: ReadonlySet<Var>): AdjointFunction {
  const fresh = freshAssignments(fn.body);
  const where = spans(fn.body);
  const overwrites = [...statements(fn.body)].flatMap((s): { s: Stmt; v: Var }[] =>
    s.kind === 'assign' && !fresh.has(s) ? [{ s, v: s.target }]
    : s.kind === 'store' || s.kind === 'fill' ? [{ s, v: s.array }] : []);
  let saved = new Set<Stmt>();
  let backward: BackwardSweep;
  let reverse: TStmt[];
  for (;;) {
    backward = new BackwardSweep(fn, active, emptyPlan(saved), fn.names.clone());
    reverse = backward.sweep(name('seed'));
    const next = new Set(overwrites.filter(({ s, v }) => destroysRead(s, backward.readers.get(v.name), where)).map(({ s }) => s));
    if (next.size === saved.size && [...next].every((s) => saved.has(s))) break;
    saved = new Set([...saved, ...next]);
  }
  const forward = new ForwardSweep(fn, backward.plan).sweep();
  const gradParams = fn.params.filter((p) => p.differentiable);

  const body: TStmt[] = [...forward];
  // The value before the reverse sweep restores any variable it was read from.
  let value = atomExpr(fn.result);
  if (fn.result.kind === 'var' && overwrites.some(({ s, v }) => v === (fn.result as { v: Var }).v && saved.has(s))) {
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
    if (v.kind === 'param' || !active.has(v)) continue;
    if (v.type === 'f64[]') {
      const length = member(name(v.name), 'length');
      setup.push({ k: 'decl', kind: 'const', name: backward.adjoint(v), init: { k: 'new', ctor: 'Float64Array', args: [length] } });
      continue;
    }
    if (!v.mutable) continue;
    const isResult = fn.result.kind === 'var' && fn.result.v === v;
    setup.push({ k: 'decl', kind: 'let', name: backward.adjoint(v), init: isResult ? name('seed') : num(0) });
  }
  if (reverse.length > 0 || setup.length > 0) {
    body.push(...setup, ...reverse, ...finish);
  }
  body.push({ k: 'return', e: value });
  const used = new Set(calls(body).map((c) => c.split('.')[0]!));
  const runtime = runtimeExports.filter((r) => used.has(r));
  return { name: fn.name, params: fn.params, gradParams, body, runtime };
}

