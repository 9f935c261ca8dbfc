/**
 * Loop-invariant costly values, computed once before their loop (issue 13). A loop that
 * computes `Math.exp(-rate)` at every step, `rate` never written there, gives the same value
 * each time: its vjp would compute it each step, tape it each step (the loop overwrites the
 * temporary that holds it) and pop it each step. Computed once before the loop, it is a value
 * the reverse sweep reads as it is (no tape where the loop is at the top level), and its
 * adjoint is summed over the loop and passed on once (doWhileDecay 4.0x its primal -> 2.4x).
 *
 * Hoisted: an equation of the loop's own block (a `for`'s body, a `while`'s pre or body, not in
 * a nested block) whose primitive is costly (transcendental, `sqrt`, `pow`, `/`, …), with the
 * equations of that block that compute its operands before it, each of whose operands is a
 * constant or a variable the loop never writes. Equations are pure: computed before the loop,
 * even one that runs no step, they change nothing the function does. Loops inside out, so
 * that a value invariant in the loops around too leaves them all. Around a @checkpoint loop,
 * whose rerun from snapshots in the reverse sweep reads the values hoisted from it, only where
 * every such loop is at the function's top level: the hoisted consts are then declared at the
 * top level too, in scope in the reverse sweep (and taped across g_fwd and g_rev by split.ts,
 * which reads the rerun's code); in a branch, nothing says they are there for the rerun. Taped
 * per iteration, such a value cost the checkpointed RK4 2 of its 16 doubles per step, and an
 * adjoint update per step where the taped loop updates it once.
 */
import type { Block, Eq, Func, Stmt, Var } from '../ir/types.js';
import type { Prim } from '../rules/prims.js';
import { mapStmt, statements, writes } from '../ir/walk.js';

/** The primitives worth computing once: each costs more than the tape step it saves. */
const costly: ReadonlySet<Prim> = new Set<Prim>([
  'div', 'pow', 'sqrt', 'cbrt', 'hypot', 'exp', 'expm1', 'log', 'log1p', 'log2', 'log10',
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
]);

/** Primitives that read no array and no object: a value of their operands alone. */
const readsMemory: ReadonlySet<Prim> = new Set<Prim>(['load', 'length', 'lookup', 'argsort']);

/** `fn` with its loops' invariant costly values computed before them; `fn` itself where there is none. */
export function hoistInvariants(fn: Func): Func {
  const all = [...statements(fn.body)];
  if (all.some((s) => s.kind === 'for' && s.checkpoint && !fn.body.includes(s))) return fn;
  // how many statements bind each variable (a hoisted equation's output is bound there alone)
  const binds = new Map<Var, number>();
  for (const s of all) for (const v of writes(s)) if (s.kind !== 'if' && s.kind !== 'for' && s.kind !== 'while') binds.set(v, (binds.get(v) ?? 0) + 1);
  let moved = 0;
  const block = (b: Block): Stmt[] => b.flatMap((s): Stmt[] => {
    if (s.kind !== 'for' && s.kind !== 'while') return [mapStmt(s, { block })];
    const inner = mapStmt(s, { block });
    const { hoisted, rest } = invariantsOf(inner, binds);
    moved += hoisted.length;
    return [...hoisted, rest];
  });
  const body = block(fn.body);
  return moved === 0 ? fn : { ...fn, body };
}

/** The costly invariant equations of loop `s`'s own blocks, with what they read there, and the loop without them. */
function invariantsOf(s: Stmt, binds: ReadonlyMap<Var, number>): { hoisted: Eq[]; rest: Stmt } {
  const written = writes(s);
  const own = s.kind === 'for' ? [s.body] : s.kind === 'while' ? [s.pre, s.body] : [];
  // the equations whose operands are invariant (those of an earlier such equation of the block included)
  const invariant = new Set<Var>();
  const candidates = new Map<Var, Eq>();
  for (const b of own) {
    for (const t of b) {
      if (t.kind !== 'eq' || t.out.mutable || binds.get(t.out) !== 1 || readsMemory.has(t.prim)) continue;
      if (!t.args.every((a) => a.kind === 'const' || !written.has(a.v) || invariant.has(a.v))) continue;
      invariant.add(t.out);
      candidates.set(t.out, t);
    }
  }
  // the costly ones, and the candidates they read (transitively)
  const chosen = new Set<Eq>();
  const choose = (e: Eq): void => {
    if (chosen.has(e)) return;
    chosen.add(e);
    for (const a of e.args) if (a.kind === 'var' && candidates.has(a.v)) choose(candidates.get(a.v)!);
  };
  for (const e of candidates.values()) if (costly.has(e.prim)) choose(e);
  if (chosen.size === 0) return { hoisted: [], rest: s };
  const hoisted = own.flatMap((b) => b.filter((t): t is Eq => t.kind === 'eq' && chosen.has(t)));
  const keep = (b: Block): Stmt[] => b.filter((t) => !(t.kind === 'eq' && chosen.has(t)));
  const rest: Stmt = s.kind === 'for' ? { ...s, body: keep(s.body) } : s.kind === 'while' ? { ...s, pre: keep(s.pre), body: keep(s.body) } : s;
  return { hoisted, rest };
}
