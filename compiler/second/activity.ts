/**
 * Which variables carry tangents: a small flow-insensitive analysis of the code differentiated (the
 * parameters along `v` and `adj` are active; a variable is active when something active flows
 * into it). Variables are the code's TVars, by identity: a name that is none (`undefined`, a
 * catch's error) carries no tangent.
 */
import { ADJ, SEED, type TExpr, type TStmt, type TVar, eachStmt, isRuntime, isTape, primal } from '../ir/target.js';
import { isIntArrayCtor } from '../ir/types.js';
import { isZeroCallee, arithmetic, kernels, methodTarget, sameOperands, valueArgs } from './rules.js';
import { baseVar, isTapeBuffer, arrayAlias } from './code.js';
import type { TangentState } from './state.js';

/** Which variables carry tangents: a fixpoint over every statement (flow-insensitive). */
export function analyze(cx: TangentState, body: readonly TStmt[]): void {
  const active = cx.active;
  for (const p of cx.f.gradParams) active.add(primal(p.v));
  active.add(ADJ);
  // (the vjp forms' seed is their caller's adjoint: it has a tangent; f_hvp's is 1)
  if (cx.form !== 'hvp') active.add(SEED);
  const forInits = new Set<TVar>();
  /** Variables that are declared here (a parameter or a local). */
  const declared = new Set<TVar>([ADJ, SEED, ...cx.f.params.map((p) => primal(p.v))]);
  /**
   * Integer arrays (their elements are piecewise constant) are never active, nor integers (isInteger).
   */
  const integral = new Set<TVar>(cx.f.params.filter((p) => p.tsType === 'intArray').map((p) => primal(p.v)));
  const refs = new Set<TVar>();
  /** Pairs of variables one of which is another name for the other's array (`const h = x`). */
  const links: [TVar, TVar][] = [];
  eachStmt(body, (s) => {
    if (s.k === 'for' && s.init.k === 'decl' && s.init.v) forInits.add(s.init.v);
    if (s.k === 'decl' && s.v) {
      declared.add(s.v);
      if (s.init?.k === 'new' && isIntArrayCtor(s.init.ctor)) integral.add(s.v);
      if (s.init && isTapeBuffer(s.init)) cx.stacks.add(s.v);
      if (isRuntime(s.init, 'revolve')) cx.schedules.add(s.v);
      if (s.init && cx.snapshotOf(s.init)) cx.rows.add(s.v);
    }
    // (a schedule split mode's g_fwd hands its g_rev is control, not a value: never active)
    if (s.k === 'expr' && isTape(s.e, 'pushRef')) { const b = baseVar(s.e.args[0]!); if (b && !cx.schedules.has(b)) refs.add(b); }
    const target = s.k === 'decl' ? s.v : s.k === 'assign' && s.target.k === 'name' ? s.target.v : undefined;
    const value = s.k === 'decl' ? s.init : s.k === 'assign' ? s.value : undefined;
    if (target && isTape(value, 'popRef')) refs.add(target);
    if (target && value) {
      const alias = arrayAlias(value);
      if (alias) links.push([target, alias]);
    }
    // (a kernel's adj object and the adjoint arrays put in its fields: `matvec_adj.x = x_b`)
    if (s.k === 'assign' && s.target.k === 'member' && s.target.object.k === 'name' && s.target.object.v) {
      const alias = arrayAlias(s.value);
      if (alias) links.push([s.target.object.v, alias]);
    }
  });
  for (const n of cx.stacks) active.add(n);
  // (a snapshot's row holds the state, whose tangents a row of tangents beside it holds)
  for (const n of cx.rows) active.add(n);
  // (split mode's halves agree on what has a tangent on the tangent tape without seeing each
  // other: every array either records or restores has one)
  const split = cx.form === 'fwd' || cx.form === 'rev';
  const taped = new Set<TVar>();
  eachStmt(body, (s) => {
    if (s.k !== 'expr') return;
    const m = s.e.k === 'call' ? methodTarget(s.e.callee, s.e.args) : undefined;
    const saved = isRuntime(s.e, 'restore') ? s.e.args[0] : m?.method === 'set' && cx.stacks.has(baseVar(m.object)!) ? m.args[0] : undefined;
    const b = saved && baseVar(saved);
    if (b) taped.add(b);
  });
  for (let changed = true; changed;) {
    changed = false;
    const mark = (n: TVar | undefined) => {
      if (n === undefined || active.has(n) || forInits.has(n) || n === SEED || !declared.has(n) || integral.has(n) || isInteger(n)) return;
      active.add(n);
      changed = true;
    };
    eachStmt(body, (s) => {
      if (s.k === 'decl' && s.init && isActive(cx, s.init)) mark(s.v);
      if (s.k === 'assign' && isActive(cx, s.value)) mark(baseVar(s.target));
      const kernel = s.k === 'expr' && s.e.k === 'call' ? cx.kernelCall(s.e.callee) : undefined;
      if (s.k === 'expr' && s.e.k === 'call' && kernel?.vjp === false && s.e.args.some((a) => isActive(cx, a))) {
        const { keys, writes } = kernels.get(kernel.kernel)!;
        for (const w of writes) { const a = s.e.args[keys.indexOf(w)]; if (a) mark(baseVar(a)); }
      }
      const vjpCall = s.k === 'expr' ? s.e : s.k === 'decl' ? s.init : undefined;
      const vjpKernel = vjpCall?.k === 'call' ? cx.kernelCall(vjpCall.callee) : undefined;
      if (vjpCall?.k === 'call' && vjpKernel?.vjp && vjpCall.args.some((a) => isActive(cx, a))) {
        const a = vjpCall.args[kernels.get(vjpKernel.kernel)!.keys.length];
        if (a) mark(baseVar(a));
      }
      if (s.k === 'expr' && s.e.k === 'call') {
        const m = methodTarget(s.e.callee, s.e.args);
        if (m && m.method !== 'subarray' && m.args.some((a) => isActive(cx, a))) mark(baseVar(m.object));
      }
      // (a generated callee: the arrays it writes, and the adj its vjp adds into)
      const g = vjpCall?.k === 'call' ? cx.generated(vjpCall.callee) : undefined;
      if (g && vjpCall?.k === 'call') {
        const n = g.params.length;
        const anyActive = vjpCall.args.some((a) => isActive(cx, a));
        if (anyActive) for (const i of g.writes) { const a = vjpCall.args[i]; if (a) mark(baseVar(a)); }
        if (g.form !== 'primal' && g.form !== 'fwd' && (anyActive || g.form === 'rev')) { const a = vjpCall.args[n]; if (a) mark(baseVar(a)); }
      }
    });
    for (const [a, b] of links) {
      if (active.has(a)) mark(b);
      if (active.has(b)) mark(a);
    }
    if ([...refs].some((r) => active.has(r)) || split) for (const r of refs) mark(r);
    for (const n of split ? taped : []) mark(n);
  }
}

/**
 * Whether `v` holds integers, by what it is: the source's int variables and integer arrays
 * (counters, indices, sizes, trip counts), whatever the tape gives back into them, and the sweeps'
 * own integers (LocalRole `int`: loop counters, the trip a loop ended at, the tape's depths a
 * droppable call keeps). Their derivative is zero by definition.
 */
const isInteger = (v: TVar): boolean => v.role === 'int' || (v.role === 'primal' && (v.of.type === 'int' || v.of.type === 'int[]'));

/** Whether the value of `e` depends on an active variable. */
export function isActive(cx: TangentState, e: TExpr): boolean {
  switch (e.k) {
    case 'name': return cx.isActiveVar(e.v);
    case 'bin': return (arithmetic.has(e.op) || e.op === '??') && !sameOperands(e) && (isActive(cx, e.l) || isActive(cx, e.r));
    case 'un': return (e.op === '-' || e.op === '+') && isActive(cx, e.e);
    case 'call': {
      // (a test's value is a boolean: it carries no tangent)
      if (isZeroCallee(e.callee) || cx.isTest(e.callee)) return false;
      const m = methodTarget(e.callee, e.args);
      if (m) return isActive(cx, m.object) || m.args.some((a) => isActive(cx, a));
      return valueArgs(e).some((a) => isActive(cx, a));
    }
    case 'tape': return false;
    case 'runtime': return e.args.some((a) => isActive(cx, a));
    case 'index': return isActive(cx, e.array);
    case 'member': return e.prop !== 'length' && isActive(cx, e.object);
    case 'cond': return isActive(cx, e.then) || isActive(cx, e.else);
    case 'new': return e.args.some((a) => isActive(cx, a));
    case 'array': return e.elements.some((a) => isActive(cx, a));
    case 'object': return e.fields.some(([, v]) => isActive(cx, v));
    default: return false;
  }
}
