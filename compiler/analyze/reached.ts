/**
 * Which values surely reach the result: a backward must-analysis over the trace.
 *
 * The reverse sweep adds `out_b * ∂out/∂arg` into each argument's adjoint. A partial that
 * depends on values can be infinite or NaN (1/x at 0, √ at 0, an overflowed product); where
 * the result does not use `out` on the path taken (a value computed before a branch and used
 * in one arm only, a value overwritten in the last iteration), `out_b` is zero and the product
 * is 0·∞ = NaN, where forward mode (and the true derivative) gives 0. The reverse sweep guards
 * those products (`if (out_b !== 0)`); this analysis finds the equations that need no guard,
 * because on every path from them to the end of the function their output reaches the result
 * through arithmetic that carries a tangent (so a NaN tangent of theirs would reach the result
 * in forward mode too).
 *
 * Arrays are not tracked (an element may be overwritten before it is read): a value stored
 * into an array, passed to a call, or selected by `min`, `max`, `abs` or a piecewise-constant
 * function is not surely reaching.
 *
 * Products and quotients need no guard either where a partial that is not finite makes the
 * result, and its tangent in forward mode, not finite (guardFree, issue 13). The partials of
 * `a * b` are b and a, and of `a / b` 1/b and −out/b: each is infinite or NaN only where `out`
 * is, and so is out's tangent then, in any direction (`a_d·∞ + a·b_d`). Primitives that keep
 * both a value and its tangent not finite (`+`, `−`, `*`, the numerator of `/`, `abs` —
 * sign(±∞)·∞ —, `sqrt`, …: `keepsNonFinite` below) pass that on; where `out` surely reaches the
 * result through them, the result and forward mode's gradient are not finite there too, and
 * the unguarded product's NaN is the same answer (the argument of surelyReaching, for values
 * that are not finite). biquadL1: `y` reaches the result through `Math.abs(y)`, which carries
 * no tangent at 0 but keeps ∞; five guards a step went, vjp/f 4.3x -> 3.6x.
 */
import { type Atom, type Block, type Call, type Eq, type Func, type If, type Stmt, type Var, isUndefinedAtom } from '../ir/types.js';
import { rules } from '../rules/table.js';
import { arrayAliases, statements } from '../ir/walk.js';

/** The set of variables surely reaching the result at a point; `all` after a `throw` (no reverse sweep runs). */
type Reach = ReadonlySet<Var> | 'all';

const meet = (a: Reach, b: Reach): Reach => (a === 'all' ? b : b === 'all' ? a : new Set([...a].filter((v) => b.has(v))));
const has = (r: Reach, v: Var): boolean => r === 'all' || r.has(v);
const same = (a: Reach, b: Reach): boolean => a === b || (a !== 'all' && b !== 'all' && a.size === b.size && [...a].every((v) => b.has(v)));

/**
 * The equations and calls whose output surely reaches the result (see above): their reverse
 * needs no zero guard. A function that writes arrays it is given may be called for those
 * alone, with a zero seed (its result unused by the caller): its result is not sure either.
 */
export function surelyReaching(fn: Func): ReadonlySet<Eq | Call> {
  return reachingBy(fn, carriesTangent);
}

/**
 * The equations and calls whose reverse needs no zero guard: those surelyReaching finds, and
 * the products and quotients whose output, were it not finite, would surely make the result
 * not finite (see above).
 */
export function guardFree(fn: Func): ReadonlySet<Eq | Call> {
  const out = new Set(surelyReaching(fn));
  for (const s of reachingBy(fn, propagates)) if (s.kind === 'eq' && (s.prim === 'mul' || s.prim === 'div')) out.add(s);
  // (the argument above is that forward mode's tangent is NaN too; but a sentinel's infinite
  // partial times a zero tangent is a zero term there (forward/sweep.ts), and its adjoint is
  // zero where it meets a zero partial: exp(−∞/γ) of soft-DTW's unreachable cells, whose
  // (−∞)·0 made grad.gamma NaN (trial42 repro/inf_sentinel_jvp.ts))
  const sentinels = mayBeNonFinite(fn);
  if (sentinels.size > 0) for (const s of out) if (s.kind === 'eq' && readsNonFinite(s, sentinels)) out.delete(s);
  return out;
}

/**
 * The variables that may hold a value made from a non-finite constant of the function (a
 * sentinel: an array filled with Infinity, −Infinity as a running max's start, 1 / 0,
 * Number.MAX_VALUE * 2), flow-insensitively: whatever such a value flows into by arithmetic,
 * a load, a store or a call. Parameters are taken to be finite, and so is what a value made
 * from finite ones overflows to (a product of two large numbers): guarding every partial for
 * that would cost a test on each term of finite code.
 */
export function mayBeNonFinite(fn: Func): ReadonlySet<Var> {
  const out = new Set<Var>();
  for (const t of fn.tables ?? []) if (t.values.some((x) => !Number.isFinite(x))) out.add(t.v);
  const aliases = arrayAliases(fn.body);
  const flows = (a: Atom | undefined): boolean => a !== undefined && (a.kind === 'var' ? out.has(a.v) : nonFiniteConstant(a));
  let changed = true;
  const mark = (v: Var, arrays = false): void => {
    for (const w of arrays ? aliases.get(v) ?? [v] : [v]) if (!out.has(w)) { out.add(w); changed = true; }
  };
  while (changed) {
    changed = false;
    for (const s of statements(fn.body)) {
      switch (s.kind) {
        case 'eq':
          if (s.out.type !== 'f64' && s.out.type !== 'f64[]') break;
          if (s.args.some(flows) || foldsNonFinite(s)) mark(s.out, s.out.type === 'f64[]');
          break;
        case 'assign': if (flows(s.value)) mark(s.target, s.target.type === 'f64[]'); break;
        case 'alloc': if (flows(s.fill) || s.elements?.some(flows)) mark(s.target, true); break;
        case 'store': case 'fill': case 'push': if (flows(s.value)) mark(s.array, true); break;
        case 'call':
          if (!s.args.some(flows)) break;
          if (s.out) mark(s.out, s.out.type === 'f64[]');
          for (const i of s.writes) { const a = s.args[i]; if (a?.kind === 'var') mark(a.v, true); }
          break;
        default: break;
      }
    }
  }
  return out;
}

/** An equation of constants whose value is not finite (`1 / 0`, `Number.MAX_VALUE * 2`: the trace keeps them unfolded). */
function foldsNonFinite(s: Eq): boolean {
  const rule = rules[s.prim];
  if (!rule.value || s.args.length === 0 || !s.args.every((a) => a.kind === 'const' && typeof a.value === 'number')) return false;
  const v = rule.value(...s.args.map((a) => (a as { value: number }).value));
  return typeof v === 'number' && Math.abs(v) === Infinity;
}

/** Whether an equation's partials may read a value that is not finite (an argument or its output; see mayBeNonFinite). */
export function readsNonFinite(s: Eq, nonFinite: ReadonlySet<Var>): boolean {
  return nonFinite.has(s.out) || s.args.some((a) => (a.kind === 'var' ? nonFinite.has(a.v) : nonFiniteConstant(a)));
}

/** Infinity or −Infinity written in the source (NaN is no sentinel: `return NaN` of a domain error has no derivative to keep). */
const nonFiniteConstant = (a: Atom): boolean => a.kind === 'const' && typeof a.value === 'number' && Math.abs(a.value) === Infinity && !isUndefinedAtom(a);

/** The arguments of an equation that its output surely passes on to the result (a tangent, or a value that is not finite). */
type Carries = (s: Eq) => readonly boolean[] | undefined;

/** The arguments whose tangent the output's carries: the rules table's `carries`. */
const carriesTangent: Carries = (s) => {
  const rule = rules[s.prim];
  return rule.kind !== 'smooth' || !rule.carries ? undefined : rule.carries === true ? s.args.map(() => true) : rule.carries(s.args);
};

/** Primitives whose output is not finite where an argument is not (all of them, or the first: `Infinity / b`, not `a / Infinity`). */
const keepsNonFinite: Partial<Record<Eq['prim'], 'all' | 'first'>> = {
  copy: 'all', neg: 'all', add: 'all', sub: 'all', mul: 'all', div: 'first', abs: 'all', sqrt: 'all', fround: 'all',
};

/** The arguments that, were they not finite, would make the output not finite. */
const propagates: Carries = (s) => {
  const k = keepsNonFinite[s.prim];
  return k === undefined ? undefined : s.args.map((_, i) => k === 'all' || i === 0);
};

function reachingBy(fn: Func, carries: Carries): Set<Eq | Call> {
  const out = new Set<Eq | Call>();
  const end: Reach = new Set(fn.result?.kind === 'var' && fn.writes.length === 0 ? [fn.result.v] : []);
  block(fn.body, end, out, carries);
  return out;
}

/** Reach before `b` given reach after it; records the equations whose output surely reaches. */
function block(b: Block, after: Reach, out: Set<Eq | Call> | undefined, carries: Carries): Reach {
  let r = after;
  for (let i = b.length - 1; i >= 0; i--) {
    const s = b[i]!;
    r = s.kind === 'if' && carries === propagates ? clamp(s, finiteInThen(b, i), r, out, carries) : stmt(s, r, out, carries);
  }
  return r;
}

/**
 * An `if` for values that are not finite: where its then-branch runs only for a finite x, x
 * is in that branch's reach vacuously (no infinite or NaN x takes it), so a clamp `if
 * (Math.abs(d) < tiny) d = tiny` does not stop an infinite or NaN d from surely making the
 * result so (the continued fractions of Lentz's method, betacf: its partials lost their guards).
 */
function clamp(s: If, finite: Var | undefined, after: Reach, out: Set<Eq | Call> | undefined, carries: Carries): Reach {
  const then = block(s.then, after, out, carries);
  return meet(finite ? withVar(then, finite) : then, block(s.else, after, out, carries));
}

/**
 * The variable the `if` at `b[i]` runs its then-branch only for finite values of: its condition
 * is `abs(x) < k` (or `k > abs(x)`), false for x infinite or NaN whatever k is, computed in
 * this block with only equations (which assign no variable) between the `abs` and the `if`.
 */
function finiteInThen(b: Block, i: number): Var | undefined {
  const s = b[i] as If;
  const definition = (v: Var): { eq: Eq; at: number } | undefined => {
    for (let j = i - 1; j >= 0; j--) {
      const d = b[j]!;
      if (d.kind === 'eq' && d.out === v) return { eq: d, at: j };
      if (d.kind !== 'eq') return undefined;
    }
    return undefined;
  };
  if (s.cond.kind !== 'var') return undefined;
  const test = definition(s.cond.v)?.eq;
  const operand = test?.prim === 'lt' ? test.args[0] : test?.prim === 'gt' ? test.args[1] : undefined;
  if (operand?.kind !== 'var') return undefined;
  const abs = definition(operand.v)?.eq;
  const x = abs?.prim === 'abs' ? abs.args[0] : undefined;
  return x?.kind === 'var' ? x.v : undefined;
}

function without(r: Reach, v: Var): Reach {
  if (r === 'all') return r;
  if (!r.has(v)) return r;
  const n = new Set(r);
  n.delete(v);
  return n;
}

function withVar(r: Reach, v: Var): Reach {
  if (r === 'all' || r.has(v)) return r;
  return new Set(r).add(v);
}

function stmt(s: Stmt, after: Reach, out: Set<Eq | Call> | undefined, carries: Carries): Reach {
  switch (s.kind) {
    case 'eq': {
      const reaches = has(after, s.out);
      if (reaches) out?.add(s);
      let r = without(after, s.out);
      if (!reaches) return r;
      const passed = carries(s);
      s.args.forEach((a, i) => { if (a.kind === 'var' && passed?.[i]) r = withVar(r, a.v); });
      return r;
    }
    case 'assign': {
      const reaches = has(after, s.target);
      let r = without(after, s.target);
      if (reaches && s.value.kind === 'var') r = withVar(r, s.value.v);
      return r;
    }
    case 'call':
      if (!s.out) return after;
      if (has(after, s.out)) out?.add(s);
      return without(after, s.out);
    case 'throw':
      return 'all';
    case 'if':
      return meet(block(s.then, after, out, carries), block(s.else, after, out, carries));
    case 'for': {
      // zero or more trips: the reach at the loop's head is the greatest fixpoint of
      // head = after ∩ body(head)
      let head: Reach = after;
      for (;;) {
        const next = meet(after, block(s.body, head, undefined, carries));
        if (same(next, head)) break;
        head = next;
      }
      block(s.body, head, out, carries);
      return without(head, s.index);
    }
    case 'while': {
      // for (;;) { pre; if (!cond) break; body }: head = pre(after ∩ body(head))
      let head: Reach = block(s.pre, after, undefined, carries);
      for (;;) {
        const next = block(s.pre, meet(after, block(s.body, head, undefined, carries)), undefined, carries);
        if (same(next, head)) break;
        head = next;
      }
      const afterPre = meet(after, block(s.body, head, out, carries));
      block(s.pre, afterPre, out, carries);
      return head;
    }
    default:
      // stores, allocations, fills, pushes, logs: arrays are not tracked
      return after;
  }
}
