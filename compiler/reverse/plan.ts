/**
 * The decisions the reverse sweep makes and the forward sweep carries out: which values go
 * on the tape, where, and which loops count their trips.
 */
import type { Stmt, Var } from '../ir/types.js';

export interface TapePlan {
  /**
   * Overwrites (assignments, element stores, fills) whose destroyed value the reverse sweep
   * reads: saved before the overwrite, restored at its reverse.
   */
  readonly overwrites: ReadonlySet<Stmt>;
  /** Variables some of whose overwrites are saved (the reverse sweep restores them anyway). */
  readonly restoredVars: ReadonlySet<Var>;
  /** Temporaries pushed right after a statement (their last use), popped before its reverse. */
  readonly pushAfter: Map<Stmt, Var[]>;
  /**
   * Overwrites in the function's top-level block whose old value is kept in a `const` of
   * this name rather than on the tape (straight-line code needs no tape).
   */
  readonly saved: Map<Stmt, string>;
  /** `while` loops whose trip count the reverse sweep replays. */
  readonly counted: Map<Stmt, { counter: string; taped: boolean }>;
  /** `if`s whose reverse is not empty. */
  readonly reversedIfs: Set<Stmt>;
  /**
   * Variables kept by snapshot rather than by restoring: none of their overwrites is saved.
   * Instead, the reverse sweep gets their value where it reads them: a scalar's (or a whole
   * array's, for a call that reads it) is pushed right after each statement in `snapshots` and
   * popped at the start of its reverse; an element an array load read is taped as the load's
   * temporary (see snapshot.ts for when this is cheaper).
   */
  readonly snapshotVars: ReadonlySet<Var>;
  readonly snapshots: ReadonlyMap<Stmt, readonly Var[]>;
  /**
   * Local arrays whose adjoint array is a variable of its own (the name), bound beside the
   * primal: allocated with it, rebound with it, and taped with its reference (backward.ts).
   */
  readonly shadows: Map<Var, string>;
  /** For a top-level rebinding of such an array kept in a `const` (`saved`), the const of its adjoint. */
  readonly savedShadows: Map<Stmt, string>;
  /**
   * The mode chosen for each call of a generated vjp (split.ts), and why: split (the forward
   * sweep calls `g_fwd`, which records on the tape what `g_rev` pops in the reverse sweep) or
   * joint (`g_vjp` runs g again). `splitCalls`: those the reverse sweep put in split mode.
   */
  readonly callModes: ReadonlyMap<Stmt, CallMode>;
  readonly splitCalls: Set<Stmt>;
}

export interface CallMode {
  readonly split: boolean;
  /** Why, in a few words (`called in a loop`), for the comment at the call in the reverse sweep. */
  readonly why: string;
}

export function emptyPlan(overwrites: ReadonlySet<Stmt>, restoredVars: ReadonlySet<Var> = new Set(),
  snapshotVars: ReadonlySet<Var> = new Set(), snapshots: ReadonlyMap<Stmt, readonly Var[]> = new Map()): TapePlan {
  return {
    overwrites, restoredVars, saved: new Map(), pushAfter: new Map(), counted: new Map(), reversedIfs: new Set(),
    snapshotVars, snapshots, shadows: new Map(), savedShadows: new Map(), callModes: new Map(), splitCalls: new Set(),
  };
}
