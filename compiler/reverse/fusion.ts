/**
 * Fusing the reverse of a final loop into the loop itself.
 *
 * When a function ends with a counted loop whose iterations reach the result only by adding
 * into the accumulator it returns (`s += e(i)`), the accumulator's adjoint is the seed
 * throughout the loop's reverse, and one iteration's reverse depends on no other iteration.
 * If the loop needs no tape, each iteration's reverse can then run right after its forward
 * body, reading the values the forward body just computed instead of recomputing them, and
 * the second pass over the data disappears.
 */
import type { Block, For, Func, Stmt, Var } from '../ir/types.js';
import { type TStmt, stmtHas } from '../ir/target.js';
import { reads, statements } from '../ir/walk.js';
import type { ReverseReads } from '../analyze/reverse-reads.js';
import type { TapePlan } from './plan.js';

/**
 * The final loop, when its reverse can run inside it: decided from the plan and what the
 * reverse sweep reads under it (analyze/reverse-reads.ts), before either sweep is built.
 */
export function fusableLoop(fn: Func, active: ReadonlySet<Var>, plan: TapePlan, reverse: Pick<ReverseReads, 'readers' | 'available' | 'reversed'>): For | undefined {
  const last = fn.body[fn.body.length - 1];
  const s = fn.result?.kind === 'var' ? fn.result.v : undefined;
  if (!last || last.kind !== 'for' || last.checkpoint || !s || !s.mutable || s.kind === 'param' || !active.has(s)) return undefined;
  const inLoop = new Set<Stmt>(statements([last]));
  // s is read only by its accumulation `t = s + e`: an e that depends on s (`s += 0.5 * s +
  // sin(x[i])`) scales s's adjoint from one iteration to the next, so that each iteration's
  // reverse needs the adjoint the later iterations leave, which the fused loop does not have
  const accumulation = [...inLoop].find((st) => st.kind === 'assign' && st.target === s);
  const def = accumulation?.kind === 'assign' && accumulation.value.kind === 'var'
    ? [...inLoop].find((st) => st.kind === 'eq' && st.out === (accumulation.value as { v: Var }).v) : undefined;
  if ([...inLoop].some((st) => st !== def && st.kind !== 'for' && st.kind !== 'while' && st.kind !== 'if' && reads(st).includes(s))) return undefined;
  for (const st of inLoop) {
    // (a throw in a later iteration must find adj as it was: no reverse runs before it)
    if (st.kind === 'throw' || (st.kind === 'call' && st.callee.mayThrow)) return undefined;
    // (nothing on the tape: no temporary taped after it (record.ts pushAfter), no save, no trip count, no snapshot)
    if (reverse.available.get(st)?.some((step) => step.kind === 'tape') || plan.overwrites.has(st) ||
        (st.kind === 'while' && reverse.reversed.has(st)) || plan.snapshots.has(st)) return undefined;
    if ((st.kind === 'store' || st.kind === 'fill' || st.kind === 'push') && active.has(st.array)) return undefined;
    if (st.kind === 'call' && st.writes.some((i) => { const a = st.args[i]; return a?.kind === 'var' && active.has(a.v); })) return undefined;
    if (st.kind === 'alloc' && active.has(st.target)) return undefined;
    if (st.kind === 'assign' && active.has(st.target)) {
      if (st.target === s) {
        if (!accumulates(s, st.value, last.body)) return undefined;
      } else if (!declaredWithin(st.target, fn.body, inLoop)) {
        return undefined; // an active value carried from one iteration to the next
      }
    }
  }
  // the reverse must not read the accumulator (whose value the fused loop has moved on from)
  for (const r of reverse.readers.get(s) ?? []) if (inLoop.has(r)) return undefined;
  return last;
}

/** `s = t` with `t = s + e`, `e + s` or `s - e`: s's adjoint passes through unchanged. */
function accumulates(s: Var, value: Stmt extends never ? never : { kind: string; v?: Var }, body: Block): boolean {
  if (value.kind !== 'var') return false;
  const def = [...statements(body)].find((x) => x.kind === 'eq' && x.out === value.v);
  if (!def || def.kind !== 'eq') return false;
  const [a, b] = def.args;
  const isS = (x: typeof a) => x?.kind === 'var' && x.v === s;
  if (def.prim === 'add') return (isS(a) && !isS(b)) || (isS(b) && !isS(a));
  if (def.prim === 'sub') return isS(a) && !isS(b);
  return false;
}

/** Every assignment of `v` is inside the loop, and the first one there declares it. */
function declaredWithin(v: Var, body: Block, inLoop: ReadonlySet<Stmt>): boolean {
  const assigns = [...statements(body)].filter((x) => x.kind === 'assign' && x.target === v);
  return assigns.every((x) => inLoop.has(x)) && assigns[0]?.kind === 'assign' && assigns[0].decl;
}

/**
 * The fused loop: the forward loop's body followed by the iteration's reverse, minus the
 * recomputations of values the forward body has just declared in the same scope.
 */
export function fuse(forwardLoop: TStmt, reverseLoop: TStmt, comment: string): TStmt {
  if (forwardLoop.k !== 'for' || reverseLoop.k !== 'for') throw new Error('fusion expects counted loops');
  const declared = new Set(forwardLoop.body.flatMap((x) => (x.k === 'decl' ? [x.name] : [])));
  const reverse = reverseLoop.body.filter((x) => !(x.k === 'decl' && declared.has(x.name)));
  return { ...forwardLoop, body: [...forwardLoop.body, { k: 'comment', text: comment }, ...reverse] };
}

export const usesTape = (code: readonly TStmt[]) => code.some((s) => stmtHas(s, (e) => e.k === 'tape'));
