/**
 * The tape plan of a function (plan.ts TapePlan), decided from the trace alone before any code
 * is built: which overwrites save what they destroy (to-be-recorded analysis, analyze/tbr.ts),
 * which variables are kept by snapshot instead (snapshot.ts), which counters are restored by
 * inverting their steps (counters.ts); with what the reverse sweep reads under it
 * (analyze/reverse-reads.ts), which the record and the sweeps take as it is.
 */
import { type Callee, type For, type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import type { Names } from '../ir/names.js';
import { freshAssignments, reads, statements } from '../ir/walk.js';
import { type Overwrite, Tbr } from '../analyze/tbr.js';
import type { PlanInput, ReverseReads } from '../analyze/reverse-reads.js';
import { type CallMode, type TapePlan, emptyPlan } from './plan.js';
import { findCounters } from './counters.js';
import { splitCallsOf } from './record.js';
import { fusableLoop } from './fusion.js';
import { checkpointedLoops } from './checkpoint.js';
import { type SnapshotChoice, chooseSnapshots, noSnapshots, unsnapshotted } from './snapshot.js';

/** The plan phase's answer: the plan, what the reverse sweep reads under it, and the names the record continues from. */
export interface PlannedTape {
  readonly plan: TapePlan;
  readonly reads: ReverseReads;
  /** The function's names as the record and then the sweeps continue them (after a counter's flags). */
  readonly names: Names;
  /** The variables kept by snapshot (plan.snapshotVars, as chosen). */
  readonly snapshotted: ReadonlySet<Var>;
  /** Every overwrite of the function (TBR's), saved or not. */
  readonly overwrites: readonly Overwrite[];
  /** The loops marked `@checkpoint` (checkpoint.ts). */
  readonly checkpointed: readonly For[];
}

/**
 * The plan of `fn`'s tape, its calls in the modes `callModes` gives (split.ts); `unread(callee, i)`:
 * the callee's `g_rev` reads none of the elements of its array parameter i (program.ts's assumption).
 */
export function planTape(fn: Func, active: ReadonlySet<Var>, callModes: ReadonlyMap<Stmt, CallMode>,
  unread: (callee: Callee, i: number) => boolean = () => false): PlannedTape {
  const checkpointed = checkpointedLoops(fn);
  const fresh = freshAssignments(fn.body);
  const splitCalls = splitCallsOf(fn, active, callModes);
  const tbr = new Tbr(fn, active, (s, i) => splitCalls.has(s) && unread(s.callee, i));
  const planWith = (choice: SnapshotChoice): { plan: TapePlan; reads: ReverseReads } => {
    const needs = tbr.needs(choice);
    return { plan: { ...emptyPlan(needs.saved, needs.restoredVars, choice.vars, choice.points), callModes, splitCalls }, reads: needs.reads };
  };
  // Restore every overwritten value the reverse sweep reads (TBR)
  let planned = planWith(noSnapshots);
  // Variables cheaper to snapshot than to restore (snapshot.ts), each checked against what the
  // reverse sweep reads under the plan with the snapshots: one it still reads where no snapshot
  // gives it back stays restored.
  let snapshotted: ReadonlySet<Var> = new Set();
  const restored = { saved: planned.plan.overwrites, overwrites: tbr.overwrites, neededLoads: planned.reads.neededLoads, recomputed: planned.reads.recomputed };
  const excluded = unsnapshottable(fn, active, planned, checkpointed, fresh);
  for (let choice = chooseSnapshots(fn, active, restored, excluded); choice.vars.size > 0; choice = chooseSnapshots(fn, active, restored, excluded)) {
    const attempt = planWith(choice);
    const unserved = unsnapshotted(fn, choice, attempt.reads);
    if (unserved.length === 0) { planned = attempt; snapshotted = choice.vars; break; }
    for (const v of unserved) excluded.add(v);
  }
  // Counters stepped by ±1 in loops: their steps inverted in the reverse sweep rather than taped (counters.ts)
  let names = fn.names.clone();
  if (checkpointed.length === 0) {
    const counterNames = fn.names.clone();
    const counters = findCounters(fn.body, active, planned.plan.overwrites, fresh, snapshotted, counterNames);
    if (counters.steps.size > 0) {
      // (an entry that TBR leaves unsaved saves the counter all the same: the inverted steps stop there)
      const saved = new Set([...planned.plan.overwrites, ...[...counters.entries].filter((s) => !fresh.has(s))]);
      const restoredVars = tbr.restoredBy(saved, { vars: snapshotted, points: planned.plan.snapshots });
      const plan = { ...planned.plan, overwrites: saved, restoredVars, counters };
      // (what the reverse sweep reads under the plan with those saves)
      const reads = saved.size === planned.plan.overwrites.size ? planned.reads : tbr.readsUnder(planInput(plan));
      planned = { plan, reads };
      names = counterNames;
    }
  }
  return { ...planned, names, snapshotted, overwrites: tbr.overwrites, checkpointed };
}

/** The variables never kept by snapshot, whatever it would save. */
function unsnapshottable(fn: Func, active: ReadonlySet<Var>, planned: { plan: TapePlan; reads: ReverseReads }, checkpointed: readonly For[],
  fresh: ReadonlySet<Stmt>): Set<Var> {
  // (a final loop whose reverse can be fused into it needs no tape: what it reads stays restored)
  const fusable = fusableLoop(fn, active, planned.plan, planned.reads);
  const excluded = new Set<Var>(fusable ? [...statements([fusable])].flatMap(reads) : []);
  // (a number a checkpointed loop reads is read again by its reverse, which runs the loop from
  // its snapshots: not snapshotted itself, its overwrites save it; fuzz seed 12042404 #705)
  for (const loop of checkpointed) for (const t of statements(loop.body)) for (const v of reads(t)) if (!isArrayType(v.type)) excluded.add(v);
  // (a counter is restored by inverting its steps, for nothing: not snapshotted)
  if (checkpointed.length === 0) {
    const counters = findCounters(fn.body, active, planned.plan.overwrites, fresh, new Set(), fn.names.clone());
    for (const v of [...counters.flags.keys(), ...counters.proven]) excluded.add(v);
  }
  return excluded;
}

/** The decisions of a plan that change what the reverse sweep reads (analyze/reverse-reads.ts). */
export const planInput = (plan: TapePlan): PlanInput => ({ saved: plan.overwrites, restoredVars: plan.restoredVars, snapshotVars: plan.snapshotVars, snapshots: plan.snapshots });
