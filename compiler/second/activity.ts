/**
 * Which names carry tangents: a small flow-insensitive analysis of the code differentiated (the
 * parameters along `v` and `adj` are active; a name is active when something active flows into it).
 */
import { type TExpr, type TStmt, eachStmt, isRuntime, isTape } from '../ir/target.js';
import { isIntArrayCtor } from '../ir/types.js';
import { isZeroCallee, arithmetic, kernels, methodTarget, sameOperands, valueArgs } from './rules.js';
import { baseName, isTapeBuffer, arrayAlias } from './code.js';
import type { TangentState } from './state.js';

/** Which names carry tangents: a fixpoint over every statement (flow-insensitive). */
export function analyze(cx: TangentState, body: readonly TStmt[]): void {
  const active = cx.active;
  for (const p of cx.f.gradParams) active.add(p.v.name);
  active.add('adj');
  // (the vjp forms' seed is their caller's adjoint: it has a tangent; f_hvp's is 1)
  if (cx.form !== 'hvp') active.add('seed');
  const forInits = new Set<string>();
  /** Names that are declared here (a parameter or a local): others (`undefined`) carry no tangent. */
  const declared = new Set<string>(['adj', 'seed', ...cx.f.params.map((p) => p.v.name)]);
  /**
   * Integers (counters, indices, trip counts: the source's int variables, whatever the tape gives
   * back into them) and integer arrays (their elements are piecewise constant) are never active.
   */
  const integral = new Set<string>([...cx.f.integers, ...cx.f.params.filter((p) => p.tsType === 'intArray').map((p) => p.v.name)]);
  const refs = new Set<string>();
  /** Pairs of names one of which is another name for the other's array (`const h = x`). */
  const links: [string, string][] = [];
  eachStmt(body, (s) => {
    if (s.k === 'for' && s.init.k === 'decl') forInits.add(s.init.name);
    if (s.k === 'decl') declared.add(s.name);
    if (s.k === 'decl' && s.init?.k === 'new' && isIntArrayCtor(s.init.ctor)) integral.add(s.name);
    if (s.k === 'decl' && s.init && isTapeBuffer(s.init)) cx.stacks.add(s.name);
    if (s.k === 'decl' && isRuntime(s.init, 'revolve')) cx.schedules.add(s.name);
    if (s.k === 'decl' && s.init && cx.snapshotOf(s.init)) cx.rows.add(s.name);
    // (a schedule split mode's g_fwd hands its g_rev is control, not a value: never active)
    if (s.k === 'expr' && isTape(s.e, 'pushRef')) { const b = baseName(s.e.args[0]!); if (b && !cx.schedules.has(b)) refs.add(b); }
    const target = s.k === 'decl' ? s.name : s.k === 'assign' && s.target.k === 'name' ? s.target.name : undefined;
    const value = s.k === 'decl' ? s.init : s.k === 'assign' ? s.value : undefined;
    if (target && isTape(value, 'popRef')) refs.add(target);
    if (target && value) {
      const alias = arrayAlias(value);
      if (alias) links.push([target, alias]);
    }
    // (a kernel's adj object and the adjoint arrays put in its fields: `matvec_adj.x = x_b`)
    if (s.k === 'assign' && s.target.k === 'member' && s.target.object.k === 'name') {
      const alias = arrayAlias(s.value);
      if (alias) links.push([s.target.object.name, alias]);
    }
  });
  for (const n of cx.stacks) active.add(n);
  // (a snapshot's row holds the state, whose tangents a row of tangents beside it holds)
  for (const n of cx.rows) active.add(n);
  // (split mode's halves agree on what has a tangent on the tangent tape without seeing each
  // other: every array either records or restores has one)
  const split = cx.form === 'fwd' || cx.form === 'rev';
  const taped = new Set<string>();
  eachStmt(body, (s) => {
    if (s.k !== 'expr') return;
    const m = s.e.k === 'call' ? methodTarget(s.e.callee, s.e.args) : undefined;
    const saved = isRuntime(s.e, 'restore') ? s.e.args[0] : m?.method === 'set' && cx.stacks.has(baseName(m.object) ?? '') ? m.args[0] : undefined;
    const b = saved && baseName(saved);
    if (b) taped.add(b);
  });
  for (let changed = true; changed;) {
    changed = false;
    const mark = (n: string | undefined) => {
      if (n === undefined || active.has(n) || forInits.has(n) || n === 'seed' || !declared.has(n) || integral.has(n)) return;
      active.add(n);
      changed = true;
    };
    eachStmt(body, (s) => {
      if (s.k === 'decl' && s.init && isActive(cx, s.init)) mark(s.name);
      if (s.k === 'assign' && isActive(cx, s.value)) mark(baseName(s.target));
      const kernel = s.k === 'expr' && s.e.k === 'call' ? cx.kernelCall(s.e.callee) : undefined;
      if (s.k === 'expr' && s.e.k === 'call' && kernel?.vjp === false && s.e.args.some((a) => isActive(cx, a))) {
        const { keys, writes } = kernels.get(kernel.kernel)!;
        for (const w of writes) { const a = s.e.args[keys.indexOf(w)]; if (a) mark(baseName(a)); }
      }
      const vjpCall = s.k === 'expr' ? s.e : s.k === 'decl' ? s.init : undefined;
      const vjpKernel = vjpCall?.k === 'call' ? cx.kernelCall(vjpCall.callee) : undefined;
      if (vjpCall?.k === 'call' && vjpKernel?.vjp && vjpCall.args.some((a) => isActive(cx, a))) {
        const a = vjpCall.args[kernels.get(vjpKernel.kernel)!.keys.length];
        if (a) mark(baseName(a));
      }
      if (s.k === 'expr' && s.e.k === 'call') {
        const m = methodTarget(s.e.callee, s.e.args);
        if (m && m.method !== 'subarray' && m.args.some((a) => isActive(cx, a))) mark(baseName(m.object));
      }
      // (a generated callee: the arrays it writes, and the adj its vjp adds into)
      const g = vjpCall?.k === 'call' ? cx.generated(vjpCall.callee) : undefined;
      if (g && vjpCall?.k === 'call') {
        const n = g.params.length;
        const anyActive = vjpCall.args.some((a) => isActive(cx, a));
        if (anyActive) for (const i of g.writes) { const a = vjpCall.args[i]; if (a) mark(baseName(a)); }
        if (g.form !== 'primal' && g.form !== 'fwd' && (anyActive || g.form === 'rev')) { const a = vjpCall.args[n]; if (a) mark(baseName(a)); }
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

/** Whether the value of `e` depends on an active name. */
export function isActive(cx: TangentState, e: TExpr): boolean {
  switch (e.k) {
    case 'name': return cx.active.has(e.name);
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
