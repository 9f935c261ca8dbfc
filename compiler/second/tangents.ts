/**
 * The tangent of an expression, from the rules table's partials (`Σ ∂out/∂argᵢ · argᵢ_d`).
 */
import { type TExpr, type TStmt, type TVar, add, bin, call, cond, declare, exprKey, index, isRuntime, member, methodCall, name, num, ref, runtime, someExpr, unnamed } from '../ir/target.js';
import { partialMayNotBeFinite, times } from '../forward/sweep.js';
import { NoHvp } from './types.js';
import { type Smooth, isZeroCallee, ruleOfCallee, byOp, OUT, kernels, methodTarget, tangentArrayType, sameOperands, valueArgs } from './rules.js';
import { withoutUpdates, baseVar } from './code.js';
import type { TangentState } from './state.js';
import { refusedCall } from './refusals.js';
import { isActive } from './activity.js';
import { kernelTangents, kernelJvp, calleeTangents, use, calledName } from './calls.js';

/** A zero tangent of the shape of `e` (an array's for an array). */
export function zeroLike(e: TExpr): TExpr {
  if (e.k === 'new') return { ...e, ctor: tangentArrayType(e.ctor), args: e.args.map((a) => (a.k === 'array' ? { k: 'array', elements: a.elements.map(() => num(0)) } : a)) };
  // (the runtime's zeroed arrays: `f64Zeros(n)`, as `new Float64Array(n)`, and `listZeros(n)`)
  if (isRuntime(e, 'f64Zeros', 'listZeros', 'sink')) return e;
  return num(0);
}

/** The tangent array of an array expression (`x` → `x_d`, `adj.x` → `adj_d.x`, `a.subarray(i, j)` → `a_d.subarray(i, j)`). */
export function tangentOfArray(cx: TangentState, e: TExpr): TExpr {
  const t = cx.dual(e, []).tangent;
  if (!t) throw new NoHvp('an array f_hvp cannot follow', 'take the Hessian-vector product from differences of f_grad along v');
  return t;
}

/**
 * The value (with costly calls bound to constants in `pre` where their partials read their
 * value) and the tangent of `e`; undefined: zero. `out`: the variable the statement assigns `e`
 * to, which a call's partials may read once the statement ran (`usesOut`).
 */
export function dual(cx: TangentState, e: TExpr, pre: TStmt[], out?: TVar): { value: TExpr; tangent: TExpr | undefined; usesOut?: boolean } {
  switch (e.k) {
    case 'name': return { value: e, tangent: cx.isActiveVar(e.v) ? ref(cx.tangent(e.v)) : undefined };
    case 'num': case 'constant': case 'bool': case 'str': case 'update': return { value: e, tangent: undefined };
    case 'un': {
      const d = cx.dual(e.e, pre);
      const value = { ...e, e: d.value };
      if (e.op === '-') return { value, tangent: d.tangent && (d.tangent.k === 'un' && d.tangent.op === '-' ? d.tangent.e : { k: 'un', op: '-', e: d.tangent }) };
      if (e.op === '+') return { value, tangent: d.tangent };
      return { value, tangent: undefined };
    }
    case 'bin': {
      const l = cx.dual(e.l, pre);
      const r = cx.dual(e.r, pre);
      const value: TExpr = { ...e, l: l.value, r: r.value };
      if (e.op === '??') {
        // `a_b[i] ?? 0`, an adjoint element past the end (a store there did nothing): its tangent,
        // the element of the tangent array, is past the end too
        if (e.l.k === 'index' && !r.tangent && e.r.k === 'num') return { value, tangent: l.tangent && bin('??', l.tangent, num(0)) };
        if (l.tangent || r.tangent) throw new NoHvp('a `??` f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
        return { value, tangent: undefined };
      }
      const rule = byOp.get(e.op);
      // (x / x and x - x are constants: their partials, summed, cancel; as an infinite asin′(x / x) times 0 would not)
      if (!rule || (!l.tangent && !r.tangent) || sameOperands(e)) return { value, tangent: undefined };
      return chain(cx, rule, [l.value, r.value], [l.tangent, r.tangent], value, pre, out);
    }
    case 'call': {
      const m = methodTarget(e.callee, e.args);
      if (m) {
        if (m.method !== 'subarray' && m.method !== 'fill') throw refusedCall(cx, e);
        const o = cx.dual(m.object, pre);
        const args = m.args.map((a) => cx.dual(a, pre));
        const value: TExpr = { ...e, args: [o.value, ...args.map((a) => a.value)] };
        if (m.method === 'subarray') return { value, tangent: o.tangent && methodCall('subarray', o.tangent, ...args.map((a) => a.value)) };
        // `.fill(new Float64Array(n), v)`: a fresh array of v
        const fresh = o.tangent ?? zeroLike(o.value);
        return { value, tangent: methodCall('fill', fresh, args[0]?.tangent ?? num(0)) };
      }
      // (a new zeroed array: its tangent is one too, which a declaration allocates)
      if (isZeroCallee(e.callee)) return { value: e, tangent: undefined };
      const schedule = cx.snapshotOf(e);
      if (schedule) return { value: e, tangent: runtime('snapshotTangents', ...e.args) };
      const g = cx.generated(e.callee);
      if (g) {
        if (g.form !== 'primal') throw new Error(`${calledName(g)} called inside an expression`);
        return { value: e, tangent: e.args.some((a) => isActive(cx, a)) ? member(call(use(cx, g), ...e.args, calleeTangents(cx, g, e.args)), 'tangent') : undefined };
      }
      const kernel = cx.kernelCall(e.callee);
      if (kernel && !kernel.vjp && !kernels.get(kernel.kernel)!.writes.length) {
        // (a kernel's value in an expression: its tangent from its jvp)
        return { value: e, tangent: e.args.some((a) => isActive(cx, a)) ? member(kernelJvp(kernel.kernel, ...e.args, kernelTangents(cx, kernel.kernel, e.args)), 'tangent') : undefined };
      }
      const rule = ruleOfCallee(e.callee);
      // (a method's receiver is no value of the call: `xs.pop()`)
      const receiver = e.args.length > valueArgs(e).length ? [e.args[0]!] : [];
      const args = valueArgs(e).map((a) => cx.dual(a, pre));
      const value: TExpr = { ...e, args: [...receiver, ...args.map((a) => a.value)] };
      // (a test's value is a boolean: no tangent)
      if (!args.some((a) => a.tangent) || cx.isTest(e.callee)) return { value, tangent: undefined };
      if (!rule) throw refusedCall(cx, e);
      return chain(cx, rule, args.map((a) => a.value), args.map((a) => a.tangent), value, pre, out);
    }
    // (the tape's bookkeeping: values, not derivatives)
    case 'tape': return { value: e, tangent: undefined };
    case 'runtime': {
      // (a new zeroed array: its tangent is one too, which a declaration allocates; a
      // checkpointed loop's schedule and trip count: control, not values)
      if (e.fn === 'tapeTangents' || e.fn === 'f64Zeros' || e.fn === 'listZeros' || e.fn === 'sink' || e.fn === 'revolve' || e.fn === 'tripCount' || e.fn === 'snapshotTangents') return { value: e, tangent: undefined };
      const args = e.args.map((a) => cx.dual(a, pre));
      if (!args.some((a) => a.tangent)) return { value: { ...e, args: args.map((a) => a.value) }, tangent: undefined };
      if (e.fn === 'adjointOf') {
        // (the adjoint of a local array follows the array object: the adjoint's tangent follows
        // the tangent array's, a new object beside each new array; a parameter's tangent is the
        // caller's, which a map kept between calls must not key)
        const x = baseVar(e.args[0]!);
        if (e.args[0]!.k !== 'name' || (x?.role === 'primal' && cx.f.params.some((p) => p.v === x.of))) {
          throw new NoHvp('it rebinds an array parameter, whose adjoint f_hvp does not follow yet', 'take the Hessian-vector product from differences of f_grad along v');
        }
        return { value: { ...e, args: args.map((a) => a.value) }, tangent: runtime('adjointOf', args[0]!.tangent!) };
      }
      throw refusedCall(cx, e);
    }
    case 'index': {
      const a = cx.dual(e.array, pre);
      return { value: e, tangent: a.tangent && index(a.tangent, withoutUpdates(e.index)) };
    }
    case 'member': {
      if (e.prop === 'length') return { value: e, tangent: undefined };
      const o = cx.dual(e.object, pre);
      return { value: e, tangent: o.tangent && member(o.tangent, e.prop) };
    }
    case 'cond': {
      const t = cx.dual(e.then, pre);
      const f = cx.dual(e.else, pre);
      const value: TExpr = { ...e, then: t.value, else: f.value };
      if (!t.tangent && !f.tangent) return { value, tangent: undefined };
      let test = e.test;
      // (`x_b === 0 ? 0 : x_b * y` keeps 0 · ∞ out of the gradient; its tangent x_b_d · y is not zero with x_b)
      if (test.k === 'bin' && test.op === '===' && test.r.k === 'num' && test.r.value === 0 && e.then.k === 'num' && e.then.value === 0) {
        const g = cx.dual(test.l, []);
        if (g.tangent) test = bin('&&', test, bin('===', g.tangent, num(0)));
      }
      // (an adjoint array that may be the sink's: its tangent goes to the sink as well)
      const none = (x: TExpr) => (isRuntime(x, 'sink') ? x : num(0));
      return { value, tangent: cond(test, t.tangent ?? none(e.then), f.tangent ?? none(e.else)) };
    }
    case 'new': {
      const args = e.args.map((a) => (a.k === 'array' ? { k: 'array', elements: a.elements.map((x) => cx.dual(x, pre).tangent ?? num(0)) } as TExpr : a));
      return { value: e, tangent: { ...e, ctor: tangentArrayType(e.ctor), args } };
    }
    case 'array': return { value: e, tangent: { k: 'array', elements: e.elements.map((x) => cx.dual(x, pre).tangent ?? num(0)) } };
    case 'object': {
      // (a kernel's adj: `{ a: sink(0) }` or `{ x: 0 }` until its fields are set, the tangents' likewise)
      return { value: e, tangent: { k: 'object', fields: e.fields.map(([key, v]) => [key, cx.dual(v, pre).tangent ?? (isRuntime(v, 'sink') ? v : num(0))] as const) } };
    }
    default:
      if (isActive(cx, e)) throw new NoHvp('an expression f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
      return { value: e, tangent: undefined };
  }
}

/** `Σ ∂out/∂argᵢ · argᵢ_d` from the rule's partials; the value bound to a constant first where they read it. */
export function chain(cx: TangentState, rule: Smooth, args: TExpr[], tangents: (TExpr | undefined)[], value: TExpr, pre: TStmt[], out?: TVar): { value: TExpr; tangent: TExpr | undefined; usesOut?: boolean } {
  // (whether the partials read the value: the placeholder put in for it, found by identity, as the rows keep it)
  const placeholder = name(OUT);
  const probe = rule.partials(args, placeholder);
  const needsOut = probe.some((p, i) => tangents[i] && someExpr(p, (x) => x === placeholder));
  let outExpr: TExpr = value;
  let usesOut = false;
  if (needsOut) {
    if (out !== undefined) {
      outExpr = ref(out);
      usesOut = true;
    } else if (!(value.k === 'bin' && value.op === '/')) {
      const c = unnamed('c', 'kept');
      pre.push(declare('const', c, value));
      outExpr = value = ref(c);
    }
  }
  const partials = rule.partials(args, outExpr);
  // (an argument used twice gets its partials summed, as f_jvp's: t * t gives (t + t) * t_d)
  const unsafe = (p: TExpr) => partialMayNotBeFinite(p, (v) => v.of !== undefined && cx.nonFinite.has(v.of));
  // (an argument's tangent may be infinite where its value may be: see forward/sweep.ts times)
  const byTangent = new Map<string, { t: TExpr; partial: TExpr; infinite: boolean }>();
  tangents.forEach((t, i) => {
    if (!t) return;
    const key = exprKey(t);
    const prev = byTangent.get(key);
    const infinite = cx.nonFinite.size > 0 && unsafe(args[i]!);
    byTangent.set(key, { t, partial: prev ? add(prev.partial, partials[i]!) : partials[i]!, infinite: infinite || (prev?.infinite ?? false) });
  });
  let sum: TExpr | undefined;
  [...byTangent.values()].forEach(({ t, partial, infinite }) => {
    const term = times(partial, t, unsafe, infinite);
    if (term.k === 'num' && term.value === 0) return;
    sum = sum === undefined ? term : term.k === 'un' && term.op === '-' ? bin('-', sum, term.e) : add(sum, term);
  });
  return { value, tangent: sum, ...(usesOut ? { usesOut } : {}) };
}
