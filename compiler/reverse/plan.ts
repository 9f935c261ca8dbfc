/**
 * The decisions both sweeps read (TapePlan), and what the forward sweep records for the
 * reverse sweep (TapeRecord): which values go on the tape, where, and which loops count their trips.
 */
import type { Stmt, Var } from '../ir/types.js';
import type { DerivedVar, LocalVar, TVar } from '../ir/target.js';
import type { Counters } from './counters.js';
import type { Step } from './availability.js';
import type { ExitOnly } from './exit-only.js';

/**
 * The decisions made before either sweep is built (to-be-recorded overwrites, snapshots,
 * counters, call modes): both sweeps read them, neither writes them.
 */
export interface TapePlan {
  /**
   * Overwrites (assignments, element stores, fills) whose destroyed value the reverse sweep
   * reads: saved before the overwrite, restored at its reverse.
   */
  readonly overwrites: ReadonlySet<Stmt>;
  /** Variables some of whose overwrites are saved (the reverse sweep restores them anyway). */
  readonly restoredVars: ReadonlySet<Var>;
  /**
   * Variables kept by snapshot rather than by restoring: none of their overwrites is saved.
   * Instead, the reverse sweep gets their value where it reads them: a scalar's (or a whole
   * array's, for a call that reads it) is pushed right after each statement in `snapshots` and
   * popped at the start of its reverse; an element an array load read is taped as the load's
   * temporary (see snapshot.ts for when this is cheaper).
   */
  readonly snapshotVars: ReadonlySet<Var>;
  readonly snapshots: ReadonlyMap<Stmt, readonly Var[]>;
  /** Integer counters whose steps the reverse sweep inverts instead of popping (counters.ts). */
  readonly counters?: Counters;
  /**
   * The mode chosen for each call of a generated vjp (split.ts), and why: split (the forward
   * sweep calls `g_fwd`, which records on the tape what `g_rev` pops in the reverse sweep) or
   * joint (`g_vjp` runs g again).
   */
  readonly callModes: ReadonlyMap<Stmt, CallMode>;
  /** The calls made in split mode after all (record.ts splitCallsOf, decided once in planning.ts; TBR asks it too). */
  readonly splitCalls: ReadonlySet<Stmt>;
}

/**
 * What the forward sweep records and declares for the reverse sweep: computed before either
 * sweep is built, from the trace, the plan and what the reverse sweep reads under it
 * (record.ts recordPlan); both sweeps read it, and split.ts and lower.ts.
 */
export interface TapeRecord {
  /**
   * How the reverse sweep gives each temporary of a nested block that its code reads its value,
   * at the reverse of each statement (availability.ts, chosen by analyze/reverse-reads.ts):
   * recomputed, or popped from where the forward sweep pushed it (`pushAfter`).
   */
  readonly available: ReadonlyMap<Stmt, readonly Step[]>;
  /** The pushes `a.push(v)` whose reverse pops `a` back (analyze/reverse-reads.ts `popped`). */
  readonly popped: ReadonlySet<Stmt>;
  /** Temporaries pushed right after a statement (their last use), popped before its reverse. */
  readonly pushAfter: ReadonlyMap<Stmt, readonly Var[]>;
  /** Temporaries of an `if`'s block pushed at the end of one of its branches (the one whose reverse reads them), popped at the start of its reverse. */
  readonly pushInBranch: ReadonlyMap<Stmt, { readonly then: readonly Var[]; readonly else: readonly Var[] }>;
  /**
   * Overwrites in the function's top-level block whose old value is kept in a `const` of
   * this name rather than on the tape (straight-line code needs no tape).
   */
  readonly saved: ReadonlyMap<Stmt, TVar>;
  /**
   * `while` loops whose trip count the reverse sweep replays; `exit`, where the reverse of its
   * body knows decisions from how the loop ended (exits.ts): the name of `at`, the trip count
   * where the loop ended with its jump flag set and 0 otherwise, recorded once after the loop
   * (a const at the top level, else on the tape after the count).
   */
  readonly counted: ReadonlyMap<Stmt, Counted>;
  /**
   * Local arrays whose adjoint array is a variable of its own (the name), bound beside the
   * primal: allocated with it, rebound with it, and taped with its reference (record.ts shadowable).
   */
  readonly shadows: ReadonlyMap<Var, DerivedVar>;
  /**
   * Those of them that grow by `push` (or share an array with one that does): their adjoint is a
   * `number[]` that grows with the primal (`a_b.push(0)` beside each `a.push(v)`), so that indices agree.
   */
  readonly grown: ReadonlySet<Var>;
  /** The adjoint's name of each active parameter (an array's is bound from adj before the sweeps). */
  readonly paramAdjoints: ReadonlyMap<Var, DerivedVar>;
  /** For a top-level rebinding of such an array kept in a `const` (`saved`), the const of its adjoint. */
  readonly savedShadows: ReadonlyMap<Stmt, TVar>;
  /** For a counter's entry whose old value is kept in a const (top level), the const of the old flag (counters.ts). */
  readonly savedFlags: ReadonlyMap<Stmt, TVar>;
  /** The calls in split mode (their forward calls `g_fwd`, their reverse `g_rev`). */
  readonly splitCalls: ReadonlySet<Stmt>;
  /**
   * Those whose result our result may not use on every path (Math.max's other operand, a branch
   * not taken): their reverse runs `g_rev` only at a nonzero seed, and at a zero seed drops what
   * `g_fwd` recorded by setting the tape's top back (split.ts). The names of the tape's top (and
   * the reference stack's depth, where g_fwd may push references) before the call, kept in the
   * forward sweep (`top`, `refs`) and pushed after it, and popped back in the reverse
   * (`topAgain`, `refsAgain`).
   */
  readonly dropped: ReadonlyMap<Stmt, DroppedRecords>;
}

/** The names by which a call in split mode whose records may be dropped keeps the tape's depth before it (TapeRecord.dropped). */
export interface DroppedRecords {
  readonly top: LocalVar;
  readonly topAgain: LocalVar;
  readonly refs?: LocalVar;
  readonly refsAgain?: LocalVar;
}

export interface Counted {
  readonly counter: LocalVar;
  readonly taped: boolean;
  readonly exit?: { readonly at: LocalVar; readonly flag: Var };
  /**
   * Where the reverse of an iteration that did not leave by the flag only steps counters back
   * (exit-only.ts): the reverse runs the body once, for the iteration that left, and moves the
   * counters back over the others at once.
   */
  readonly exitOnly?: ExitOnly;
}

/** The record of sweeps that record nothing (a primal's code, forward mode's). */
export const emptyRecord: TapeRecord = {
  available: new Map(), popped: new Set(), pushAfter: new Map(), pushInBranch: new Map(), saved: new Map(), counted: new Map(), shadows: new Map(), grown: new Set(), paramAdjoints: new Map(),
  savedShadows: new Map(), savedFlags: new Map(), splitCalls: new Set(), dropped: new Map(),
};

export interface CallMode {
  readonly split: boolean;
  /** Why, in a few words (`called in a loop`), for the comment at the call in the reverse sweep. */
  readonly why: string;
  /**
   * Whether the callee's `g_fwd` may push references (`tape.pushRef`: it, or a function it
   * calls, has local arrays, rebinds an array parameter or checkpoints a loop): where the call's
   * records may be dropped (TapeRecord.dropped), the reference stack's depth is kept too.
   */
  readonly refs?: boolean;
}

export function emptyPlan(overwrites: ReadonlySet<Stmt>, restoredVars: ReadonlySet<Var> = new Set(),
  snapshotVars: ReadonlySet<Var> = new Set(), snapshots: ReadonlyMap<Stmt, readonly Var[]> = new Map()): TapePlan {
  return { overwrites, restoredVars, snapshotVars, snapshots, callModes: new Map(), splitCalls: new Set() };
}
