/**
 * Decisions of a loop that leaves by a jump flag, known without the tape (issue 13). A
 * `return` or `break` inside a loop is lowered to a flag (`ret`, `brk`) set in a branch, a
 * loop test that requires the flag unset, and guards `!ret` over the rest of the body:
 *
 *   while { …; c = and (not ret) t2 } test c do {
 *     t5 = ge t4 req
 *     if t5 { …; ret <- true } else { sum <- t4 }
 *     t10 = not ret
 *     if t10 { d <- d + 1 }
 *   }
 *
 * Every iteration starts with the flag unset (the test requires it). Where every write of the
 * flag in the loop's body sets it (`ret <- true`) and its pre-test block writes it not at all,
 * an iteration that sets it is the last one, and the flag is still set when the loop ends: it
 * is set in iteration j exactly when j is the last iteration and the loop ended with the flag
 * set. With `at` = (the flag at the loop's end ? the trip count : 0), saved once after the
 * loop, iteration k (counted from 1, as the reverse sweep's k replays them) has:
 *
 * - `t10 = not ret` in the body's top-level block after every statement that writes the flag:
 *   `k !== at`;
 * - `t5`, the condition of an `if` of the loop's iteration (not of a loop inside it) one of
 *   whose branches sets the flag at its top level, the flag's only write in the body, with t5
 *   computed in the block of the `if`: `k === at` for the then branch (`k !== at` for else).
 *
 * Both were pushed once per iteration (trial33's daysToFlower: its forward sweep took 702 ns
 * with its pushes, 101 without, against f's 86); availability.ts gives them as an `exit` step,
 * where recomputing them is not cheap. Measured, f_vjp/f of firstPassage (40 days): 4.2x →
 * 3.4x where it returns halfway, 3.7x → 2.9x where it runs through; daysToFlower 7.4x → 6.7x
 * (what is left is its reverse sweep, which recomputes the day's increment).
 */
import type { Block, Eq, Func, Stmt, Var, While } from '../ir/types.js';
import { statements, writes } from '../ir/walk.js';

export interface ExitDecision {
  /** The loop whose iteration it belongs to. */
  readonly loop: While;
  /** The jump flag. */
  readonly flag: Var;
  /** Its value is `k === at` (true) or `k !== at` (false). */
  readonly taken: boolean;
}

/** The decisions of `fn`'s loops known from the loops' exits (see above), by the temporary that holds each. */
export function exitDecisions(fn: Func): Map<Var, ExitDecision> {
  const out = new Map<Var, ExitDecision>();
  for (const s of statements(fn.body)) if (s.kind === 'while') loopDecisions(s, out);
  return out;
}

/** The temporaries of `block` (its own statements) by the variable each defines. */
export const eqsOf = (block: Block): Map<Var, Eq> => new Map(block.flatMap((s) => (s.kind === 'eq' && !s.out.mutable ? [[s.out, s] as const] : [])));

/** The flags `c`, computed in `pre`, requires unset: `not f`, each side of an `and`, each flag of `not (f or g)` (a do-while's test). */
export function requiredUnset(c: Var, pre: Map<Var, Eq>, out = new Set<Var>(), depth = 0): Set<Var> {
  const eq = pre.get(c);
  if (!eq || depth > 8) return out;
  const [a, b] = eq.args;
  if (eq.prim === 'not' && a?.kind === 'var' && a.v.type === 'bool') {
    if (a.v.mutable) out.add(a.v);
    else eitherSet(a.v, pre, out, depth + 1);
  }
  if (eq.prim === 'and') for (const x of [a, b]) if (x?.kind === 'var') requiredUnset(x.v, pre, out, depth + 1);
  return out;
}

/** The flags of which `x`, computed in `pre` by `or`s, is true where one is set. */
function eitherSet(x: Var, pre: Map<Var, Eq>, out: Set<Var>, depth: number): void {
  const eq = pre.get(x);
  if (!eq || depth > 8 || eq.prim !== 'or') return;
  for (const y of eq.args) {
    if (y.kind !== 'var' || y.v.type !== 'bool') continue;
    if (y.v.mutable) out.add(y.v);
    else eitherSet(y.v, pre, out, depth + 1);
  }
}

export const setsTrue = (s: Stmt, flag: Var): boolean => s.kind === 'assign' && s.target === flag && s.value.kind === 'const' && s.value.value === true;

function loopDecisions(loop: While, out: Map<Var, ExitDecision>): void {
  if (loop.cond.kind !== 'var') return;
  const flags = requiredUnset(loop.cond.v, eqsOf(loop.pre));
  // (one flag's: the record keeps one `at` per loop)
  const before = out.size;
  for (const flag of flags) {
    if (out.size > before) return;
    if (loop.pre.some((s) => writes(s).has(flag))) continue;
    const sets = [...statements(loop.body)].filter((s) => s.kind !== 'if' && s.kind !== 'for' && s.kind !== 'while' && writes(s).has(flag));
    if (sets.length === 0 || !sets.every((s) => setsTrue(s, flag))) continue;
    // `not flag` after every top-level statement that writes it
    const lastWriter = loop.body.reduce((last, s, i) => (writes(s).has(flag) ? i : last), -1);
    loop.body.forEach((s, i) => {
      if (i > lastWriter && s.kind === 'eq' && !s.out.mutable && s.prim === 'not' && s.args[0]?.kind === 'var' && s.args[0].v === flag) {
        out.set(s.out, { loop, flag, taken: false });
      }
    });
    // the condition of the `if` whose branch sets it, its only write
    if (sets.length !== 1) continue;
    const found = ifSetting(loop.body, sets[0]!);
    if (!found) continue;
    const { block, s, branch } = found;
    const cond = s.cond.kind === 'var' ? eqsOf(block.slice(0, block.indexOf(s))).get(s.cond.v) : undefined;
    if (cond && cond.out.type === 'bool') out.set(cond.out, { loop, flag, taken: branch === 'then' });
  }
}

/** The `if` (in `block` or an `if` of it, not in a loop) one of whose branches holds `set` at its top level, and the block that holds that `if`. */
function ifSetting(block: Block, set: Stmt): { block: Block; s: Stmt & { kind: 'if' }; branch: 'then' | 'else' } | undefined {
  for (const s of block) {
    if (s.kind !== 'if') continue;
    if (s.then.includes(set)) return { block, s, branch: 'then' };
    if (s.else.includes(set)) return { block, s, branch: 'else' };
    const inner = ifSetting(s.then, set) ?? ifSetting(s.else, set);
    if (inner) return inner;
  }
  return undefined;
}
