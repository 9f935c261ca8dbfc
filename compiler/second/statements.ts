/**
 * The tangents of statements: each assignment gets a tangent assignment beside it, the tape's and
 * arrays' operations get theirs on the tangents, and the result gets its `hvp`.
 */
import { ADJ, type TExpr, type TStmt, bin, call, cond, declare, index, isTape, mapNested, member, methodCall, num, primal, ref, runtime, tape } from '../ir/target.js';
import { gradientDot } from '../forward/sweep.js';
import { NoHvp } from './types.js';
import { kernels, methodTarget, valueArgs } from './rules.js';
import { hasUpdate, withoutUpdates, baseVar, readsVar } from './code.js';
import type { TangentState } from './state.js';
import { refusedCall } from './refusals.js';
import { isActive } from './activity.js';
import { kernelTangents, kernelJvp, calleeTangents, use, valueCall, vjpCallD, vjpActive, vjpD, calledName } from './calls.js';
import { zeroLike, tangentOfArray } from './tangents.js';

/** The statements, each followed (or preceded) by its tangent. */
export function stmts(cx: TangentState, code: readonly TStmt[]): TStmt[] {
  return code.flatMap((s) => stmt(cx, s));
}

export function stmt(cx: TangentState, s: TStmt): TStmt[] {
  switch (s.k) {
    case 'decl': {
      const v = s.v;
      if (!s.init) {
        return cx.isActiveVar(v) ? [s, declare('let', cx.tangent(v), undefined, s.type)] : [s];
      }
      if (v && cx.stacks.has(v)) return [s, declare('let', cx.tangent(v), runtime('tapeTangents', ref(v)))];
      const g = s.init.k === 'call' ? cx.generated(s.init.callee) : undefined;
      if (g && s.init.k === 'call') {
        // (split mode's g_fwd always runs as g_fwd_d: the tangent tape's slots are written beside the tape's)
        if (g.form === 'fwd' || (g.form === 'primal' && s.init.args.some((a) => isActive(cx, a)))) return valueCall(cx, g, s.init, v!, s.kind, s.type);
        // (a forward-mode vjp's call, `const t = g_vjp(…, t_adj)` into a fresh t_adj with seed 1
        // (forward/vjp.ts): after it t_adj holds g's gradient, and t's tangent is Σ t_adj.k · argₖ's)
        const n = g.params.length;
        const adj = s.init.args[n];
        if (g.form === 'vjp' && s.init.args.length === n + 1 && adj?.k === 'name' && adj.v?.role === 'callAdj' && adj.v.of === v?.of && cx.isActiveVar(v)) {
          const init = s.init;
          const dot = gradientDot(adj, g.params.map((p, i) => [p.key, !p.string && init.args[i] ? cx.dual(init.args[i]!, []).tangent : undefined] as const));
          return [{ ...s, init: vjpCallD(cx, g, init.args) }, declare(s.kind, cx.tangent(v), dot, s.type)];
        }
        // (the value a vjp form returns is f's, which the vjp forms' callers do not differentiate)
        if (g.form !== 'primal' && vjpActive(cx, g, s.init.args)) return [{ ...s, init: vjpCallD(cx, g, s.init.args) }];
        // (g of arguments with no tangent: its value has none either, though later code that
        // reads it may take it as active, `t25 = t24` with t25 active elsewhere: zero; fuzz
        // seed 21913 with lists, t24_h2_d undeclared)
        return g.form === 'primal' && cx.isActiveVar(v) ? [s, declare(s.kind, cx.tangent(v), num(0))] : [s];
      }
      if (!cx.isActiveVar(v)) return [s];
      const k = s.init.k === 'call' ? cx.kernelCall(s.init.callee) : undefined;
      if (k && s.init.k === 'call') {
        const { args } = s.init;
        if (k.vjp) return [{ k: 'decl', kind: s.kind, name: s.name, ...(s.type ? { type: s.type } : {}), init: vjpD(cx, k.kernel, args) },
          declare(s.kind, cx.tangent(v), member(kernelJvp(k.kernel, ...args.slice(0, kernels.get(k.kernel)!.keys.length), kernelTangents(cx, k.kernel, args)), 'tangent'))];
        // (the value from the kernel itself, as f_vjp has it; the tangent from its jvp)
        return [s, declare(s.kind, cx.tangent(v), member(kernelJvp(k.kernel, ...args, kernelTangents(cx, k.kernel, args)), 'tangent'), s.type)];
      }
      if (isTape(s.init, 'popRef')) {
        return [declare(s.kind, cx.tangent(v), s.init, s.type), s];
      }
      return assignment(cx, s.init, ref(v), (value, tangent) => [
        { ...s, init: value },
        declare(s.kind, cx.tangent(v), tangent ?? zeroLike(s.init!), s.type),
      ]);
    }
    case 'assign': {
      if (s.target.k === 'name' && s.target.v && cx.stacks.has(s.target.v)) {
        return [s, { k: 'assign', target: ref(cx.tangent(s.target.v)), op: '=', value: runtime('tapeTangents', s.target) }];
      }
      const g = s.value.k === 'call' ? cx.generated(s.value.callee) : undefined;
      if (g && s.value.k === 'call' && s.target.k === 'name' && s.op === '=' &&
        (g.form === 'fwd' || (g.form === 'primal' && s.value.args.some((a) => isActive(cx, a))))) return valueCall(cx, g, s.value, s.target.v!, undefined, undefined);
      if (g && g.form !== 'primal') throw new Error(`an assignment of ${calledName(g)}'s value`);
      if (!cx.isActiveVar(baseVar(s.target))) return [s];
      if (isTape(s.value, 'popRef')) {
        return [{ ...s, target: tangentTarget(cx, s.target), value: s.value }, s];
      }
      return assignment(cx, s.value, s.target, (value, tangent) => {
        const primal: TStmt = { ...s, value };
        if (!tangent && s.op !== '=') return [primal];
        // (an array variable bound to a constant table, `c ? T : xs`: zeros of its length)
        const read = s.value.k === 'name' ? s.value.v : undefined;
        const table = read?.role === 'primal' ? cx.f.tables?.find((t) => t.v === read.of) : undefined;
        const zero: TExpr = !table ? zeroLike(s.value)
          : table.ctor === 'Array' ? methodCall('fill', { k: 'new', ctor: 'Array', args: [member(s.value, 'length')] }, num(0))
          : { k: 'new', ctor: 'Float64Array', args: [member(s.value, 'length')] };
        const target = tangentTarget(cx, s.target);
        // (`i = i - k` of a counter the IR types as a number: `i_d = i_d` changes nothing)
        if (s.op === '=' && tangent?.k === 'name' && target.k === 'name' && tangent.v !== undefined && tangent.v === target.v) return [primal];
        return [primal, { k: 'assign', target, op: s.op, value: tangent ?? zero }];
      }, s.op);
    }
    case 'expr': return exprStmt(cx, s);
    case 'if': {
      // (`if (x_b !== 0)` skips what adds nothing to the gradient; its tangent may still add)
      let test = s.test;
      if (test.k === 'bin' && test.op === '!==' && test.r.k === 'num' && test.r.value === 0 && isActive(cx, test.l)) {
        const d = cx.dual(test.l, []);
        if (d.tangent) test = bin('||', test, bin('!==', d.tangent, num(0)));
      }
      const then = stmts(cx, s.then);
      return [{ ...s, test, then, else: stmts(cx, s.else), ...(s.brief && then.length > 1 ? { brief: false } : {}) }];
    }
    case 'for': case 'while': case 'loop': case 'block': case 'try': return [mapNested(s, (b) => stmts(cx, b))];
    case 'return': {
      if (cx.form === 'fwd') {
        const pre: TStmt[] = [];
        const d = cx.dual(s.e, pre);
        return [...pre, { ...s, e: { k: 'object', fields: [['value', d.value], ['tangent', d.tangent ?? num(0)]] } }];
      }
      if (cx.form !== 'hvp') return [s];
      return [...cx.restored.map(([n, copy]): TStmt => ({ k: 'expr', e: runtime('restore', ref(primal(n)), ref(copy), num(0)) })), { ...s, e: { k: 'object', fields: [['value', s.e], ['grad', ref(ADJ)], ['hvp', ref(cx.tangent(ADJ))]] } }];
    }
    default: return [s];
  }
}

/** `a_d`, `a_d[i]` (the slot the primal writes: `stack_d[top]` for `stack[top++]`), `adj_d.x`. */
export function tangentTarget(cx: TangentState, t: TExpr): TExpr {
  switch (t.k) {
    case 'name': return cx.isActiveVar(t.v) ? ref(cx.tangent(t.v)) : t;
    case 'index': return index(tangentTarget(cx, t.array), withoutUpdates(t.index));
    case 'member': return member(tangentTarget(cx, t.object), t.prop);
    case 'cond': return cond(t.test, tangentTarget(cx, t.then), tangentTarget(cx, t.else));
    case 'runtime': {
      // (what goes to the sink, its tangent too)
      if (t.fn === 'sink') return t;
      const d = t.fn === 'adjointOf' ? cx.dual(t, []).tangent : undefined;
      if (d) return d;
      throw new NoHvp('an assignment f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
    }
    default: throw new NoHvp('an assignment f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
  }
}

/**
 * A primal assignment of `value` to `target` and its tangent, in the order that reads the
 * right values: before the primal (which may overwrite what the tangent reads) unless the
 * tangent reads the primal's result (`y = Math.exp(x)`: `y_d = y * x_d`) or a slot it popped.
 */
export function assignment(cx: TangentState, value: TExpr, target: TExpr, both: (value: TExpr, tangent: TExpr | undefined) => TStmt[], op: '=' | '+=' | '-=' = '='): TStmt[] {
  const pre: TStmt[] = [];
  // (the variable that holds the value afterwards, which partials may read: not after `+=`)
  const out = op === '=' && target.k === 'name' && target.v && !readsVar(value, target.v) ? target.v : undefined;
  const d = cx.dual(value, pre, out);
  const code = both(d.value, d.tangent);
  const [primal, ...tangent] = code;
  // (after the primal, as f_jvp reads, unless the tangent reads what the primal overwrites or the slot `top++` moves past)
  const base = baseVar(target);
  const readsTarget = base !== undefined && tangent.some((t) => t.k === 'assign' ? readsVar(t.value, base) : t.k === 'decl' && t.init !== undefined && readsVar(t.init, base));
  const after = d.usesOut || hasUpdate(value, true) || (!readsTarget && !hasUpdate(target, false));
  if ((d.usesOut || hasUpdate(value, true)) && (hasUpdate(target, false) || (readsTarget && !d.usesOut))) {
    throw new NoHvp('a tape operation f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
  }
  return after ? [...pre, primal!, ...tangent] : [...pre, ...tangent, primal!];
}

/** Expression statements: the tape's and arrays' operations get theirs on the tangents. */
export function exprStmt(cx: TangentState, s: TStmt & { k: 'expr' }): TStmt[] {
  const e = s.e;
  if (e.k === 'tape') {
    if (e.op !== 'pushRef') return [s];
    return cx.isActiveVar(baseVar(e.args[0]!)) ? [s, { ...s, e: tape('pushRef', tangentOfArray(cx, e.args[0]!)) }] : [s];
  }
  if (e.k === 'runtime') {
    // (an array restored from, or saved into, the tape or a snapshot: its tangents from or into theirs)
    if (e.fn === 'restore' || e.fn === 'saveArray') {
      return cx.isActiveVar(baseVar(e.args[0]!)) ? [s, { ...s, e: runtime(e.fn, tangentOfArray(cx, e.args[0]!), tangentOfArray(cx, e.args[1]!), ...e.args.slice(2)) }] : [s];
    }
    if (e.fn !== 'sink' && e.args.some((a) => isActive(cx, a))) throw refusedCall(cx, e);
    return [s];
  }
  if (e.k !== 'call') {
    if (isActive(cx, e)) throw new NoHvp('an expression statement f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
    return [s];
  }
  const g = cx.generated(e.callee);
  if (g) {
    if (g.form === 'fwd') return [{ ...s, e: call(use(cx, g), ...e.args, calleeTangents(cx, g, e.args)) }];
    // (g writes arrays: g_jvp writes them and their tangents)
    if (g.form === 'primal') return e.args.some((a) => isActive(cx, a)) ? [{ ...s, e: call(use(cx, g), ...e.args, calleeTangents(cx, g, e.args)) }] : [s];
    return vjpActive(cx, g, e.args) ? [{ ...s, e: vjpCallD(cx, g, e.args) }] : [s];
  }
  const k = cx.kernelCall(e.callee);
  if (k && e.args.some((a) => isActive(cx, a))) {
    // a kernel writing its output: its jvp writes it and its tangent; its vjp: the second-order form
    return [{ ...s, e: k.vjp ? vjpD(cx, k.kernel, e.args) : kernelJvp(k.kernel, ...e.args, kernelTangents(cx, k.kernel, e.args)) }];
  }
  // (a checkpointed loop's schedule: which iterations run, which snapshot is taken or restored)
  if (e.callee.k === 'schedule') return [s];
  // (what only looks at values: a log line)
  if (e.callee.k === 'console') return [s];
  const m = methodTarget(e.callee, e.args);
  if (m) {
    const b = baseVar(m.object);
    if (!cx.isActiveVar(b)) return [s];
    // (`stack.set(a, top)` saves an array: its tangent array beside it, where it has one)
    if (m.method === 'set' && !isActive(cx, m.args[0]!)) {
      if (cx.stacks.has(b) || cx.rows.has(b)) return [s];
      throw new NoHvp('it copies values into an array with .set, which f_hvp does not differentiate yet', 'take the Hessian-vector product from differences of f_grad along v');
    }
    const tangentArgs = m.method === 'set' ? [tangentOfArray(cx, m.args[0]!), ...m.args.slice(1)]
      : m.args.map((a) => cx.dual(a, []).tangent ?? num(0));
    const object = tangentOfArray(cx, m.object);
    return [s, { ...s, e: methodCall(m.method, object, ...tangentArgs) }];
  }
  if (valueArgs(e).some((a) => isActive(cx, a))) throw refusedCall(cx, e);
  return [s];
}
