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
 */
import type { Block, Call, Eq, Func, Stmt, Var } from '../ir/types.js';
import { rules } from '../rules/table.js';

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
  const out = new Set<Eq | Call>();
  const end: Reach = new Set(fn.result?.kind === 'var' && fn.writes.length === 0 ? [fn.result.v] : []);
  block(fn.body, end, out);
  return out;
}

/** Reach before `b` given reach after it; records the equations whose output surely reaches. */
function block(b: Block, after: Reach, out: Set<Eq | Call> | undefined): Reach {
  let r = after;
  for (let i = b.length - 1; i >= 0; i--) r = stmt(b[i]!, r, out);
  return r;
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

function stmt(s: Stmt, after: Reach, out: Set<Eq | Call> | undefined): Reach {
  switch (s.kind) {
    case 'eq': {
      const reaches = has(after, s.out);
      if (reaches) out?.add(s);
      let r = without(after, s.out);
      if (!reaches) return r;
      // (the arguments whose tangent its output's carries: the rules table's `carries`)
      const rule = rules[s.prim];
      const carries = rule.kind !== 'smooth' || !rule.carries ? undefined : rule.carries === true ? s.args.map(() => true) : rule.carries(s.args);
      s.args.forEach((a, i) => { if (a.kind === 'var' && carries?.[i]) r = withVar(r, a.v); });
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
      return meet(block(s.then, after, out), block(s.else, after, out));
    case 'for': {
      // zero or more trips: the reach at the loop's head is the greatest fixpoint of
      // head = after ∩ body(head)
      let head: Reach = after;
      for (;;) {
        const next = meet(after, block(s.body, head, undefined));
        if (same(next, head)) break;
        head = next;
      }
      block(s.body, head, out);
      return without(head, s.index);
    }
    case 'while': {
      // for (;;) { pre; if (!cond) break; body }: head = pre(after ∩ body(head))
      let head: Reach = block(s.pre, after, undefined);
      for (;;) {
        const next = block(s.pre, meet(after, block(s.body, head, undefined)), undefined);
        if (same(next, head)) break;
        head = next;
      }
      const afterPre = meet(after, block(s.body, head, out));
      block(s.pre, afterPre, out);
      return head;
    }
    default:
      // stores, allocations, fills, pushes, logs: arrays are not tracked
      return after;
  }
}
