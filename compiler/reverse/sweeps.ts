/**
 * The sweeps of a function's vjp, each built once from the plan and its record, which neither
 * writes: the backward sweep (backward.ts) and the forward sweep (forward.ts); then the
 * rewrites that take both at once: nested decisions packed into one tape entry (decisions.ts),
 * the final loop's reverse fused into it (fusion.ts), a path code taped only where its rare path
 * runs (sparse-decisions.ts), and the loops marked `@checkpoint`
 * replaced by the revolve schedule's code (checkpoint.ts).
 */
import type { Func, Stmt, Var } from '../ir/types.js';
import { SEED, type TStmt, ref } from '../ir/target.js';
import { BackwardSweep } from './backward.js';
import { ForwardSweep } from './forward.js';
import { type TapeRecord, emptyPlan } from './plan.js';
import type { PlannedTape } from './planning.js';
import { fusableLoop, fuse } from './fusion.js';
import { packDecisions } from './decisions.js';
import { pushPathsOnce } from './path-push.js';
import { applySparse, sparseDecisions } from './sparse-decisions.js';
import { type CheckpointOptions, checkpoint } from './checkpoint.js';

/** Both sweeps' code, as f_vjp runs them. */
export interface Sweeps {
  readonly forward: readonly TStmt[];
  readonly reverse: readonly TStmt[];
  /** The final loop with its reverse inside it (a comment and the loop), run between the two; else empty. */
  readonly fusedLoop: readonly TStmt[];
  /**
   * The sweeps as split mode's g_fwd and g_rev take them (split.ts): before a final loop is
   * fused; with @checkpoint loops, as checkpoint.ts left them (g_fwd runs each loop untaped, its
   * state in the snapshots of a schedule it hands g_rev). None where a checkpointed function's final loop was fused.
   */
  readonly forSplit?: { readonly forward: readonly TStmt[]; readonly reverse: readonly TStmt[] };
  /** The backward sweep built: its adjoints' names, the call sites' adj objects, and the names it continued. */
  readonly backward: BackwardSweep;
}

export function buildSweeps(fn: Func, active: ReadonlySet<Var>, planned: PlannedTape, record: TapeRecord, options: CheckpointOptions): Sweeps {
  const { plan, checkpointed } = planned;
  const backward = new BackwardSweep(fn, active, plan, record, planned.names);
  const backwardCode = backward.sweep(ref(SEED));
  const forwardSweep = new ForwardSweep(fn, plan, record);
  // (nested decisions, one tape entry: both sweeps' code with them packed, see decisions.ts; the
  // loops' code found by identity below is followed to where the packing moved it)
  const packed = packDecisions(forwardSweep.sweep(), backwardCode, backward.names);
  // (each packed path code pushed once, after its decisions: path-push.ts)
  const once = pushPathsOnce(packed.forward, backward.names);
  let { forward } = once;
  let { reverse } = packed;
  const now = (t: TStmt): TStmt => { const p = packed.moved.get(t) ?? t; return once.moved.get(p) ?? p; };
  // (the sweeps as g_fwd and g_rev take them: before a final loop is fused, see split.ts)
  let unfused = { forward: [...forward], reverse };
  // The final loop's reverse inside the loop itself, when that is sound (see fusion.ts).
  const fused = fusableLoop(fn, active, plan, planned.reads);
  const lastPart = backward.topParts[0];
  const fusedLoop: TStmt[] = [];
  const loop = fused && lastPart?.stmt === fused && lastPart.code.length === 1
    ? fuse(forward[forward.length - 1]!, packed.apply(lastPart.code)[0]!, 'the reverse of this iteration') : undefined;
  if (loop) {
    forward.pop();
    // (the adjoints of values computed before the loop that its reverse adds into, declared
    // where the reverse sweep would begin: before the loop)
    fusedLoop.push(...backward.topPre, { k: 'comment', text: 'forward and reverse of each iteration together: the loop only adds into the result' }, loop);
    reverse = packed.apply([...backward.seedCode, ...backward.render(backward.topParts.slice(1))]);
  }
  // (path codes taped only where their rare path runs, sparse-decisions.ts: not in a fused or
  // checkpointed loop, whose forward and reverse are not the two loops found here)
  if (!loop && checkpointed.length === 0) {
    const pairs = [...forwardSweep.loops].flatMap(([s, f]) => {
      const r = backward.reversedLoops.get(s);
      return r ? [[now(f), packed.moved.get(r) ?? r] as const] : [];
    });
    const edits = sparseDecisions(pairs, backward.names);
    if (edits.size > 0) {
      ({ forward, reverse } = applySparse(edits, forward, reverse));
      unfused = { forward: [...forward], reverse };
    }
  }
  // Loops marked @checkpoint: their code replaced by the revolve schedule's (checkpoint.ts).
  if (checkpointed.length > 0) {
    const primal = new ForwardSweep(fn, emptyPlan(new Set()));
    primal.sweep();
    const moved = (loops: ReadonlyMap<Stmt, TStmt>) => new Map([...loops].map(([s, t]) => [s, now(t)]));
    const done = checkpoint(fn, checkpointed, forward, reverse,
      { taped: moved(forwardSweep.loops), reversed: moved(backward.reversedLoops), primal: primal.loops }, options);
    forward = [...done.decls, ...done.forward];
    reverse = done.reverse;
  }
  const forSplit = checkpointed.length === 0 ? unfused : fusedLoop.length === 0 ? { forward, reverse } : undefined;
  return { forward, reverse, fusedLoop, backward, ...(forSplit ? { forSplit } : {}) };
}
