/**
 * The decisions both sweeps read (TapePlan), and what the reverse sweep asks the forward
 * sweep to record (TapeRecord): which values go on the tape, where, and which loops count their trips.
 */
import type { Stmt, Var } from '../ir/types.js';
import type { Counters } from './counters.js';

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
}

/**
 * What the reverse sweep, as it is built, asks the forward sweep to record and declare: the
 * backward sweep's output beside its code (backward.ts fills it; forward.ts, fusion.ts and
 * index.ts read it once the backward sweep is built).
 */
export interface TapeRecord {
  /** Temporaries pushed right after a statement (their last use), popped before its reverse. */
  readonly pushAfter: ReadonlyMap<Stmt, readonly Var[]>;
  /**
   * Overwrites in the function's top-level block whose old value is kept in a `const` of
   * this name rather than on the tape (straight-line code needs no tape).
   */
  readonly saved: ReadonlyMap<Stmt, string>;
  /** `while` loops whose trip count the reverse sweep replays. */
  readonly counted: ReadonlyMap<Stmt, { readonly counter: string; readonly taped: boolean }>;
  /** `if`s whose reverse is not empty. */
  readonly reversedIfs: ReadonlySet<Stmt>;
  /**
   * Local arrays whose adjoint array is a variable of its own (the name), bound beside the
   * primal: allocated with it, rebound with it, and taped with its reference (backward.ts).
   */
  readonly shadows: ReadonlyMap<Var, string>;
  /**
   * Those of them that grow by `push` (or share an array with one that does): their adjoint is a
   * `number[]` that grows with the primal (`a_b.push(0)` beside each `a.push(v)`), so that indices agree.
   */
  readonly grown: ReadonlySet<Var>;
  /** For a top-level rebinding of such an array kept in a `const` (`saved`), the const of its adjoint. */
  readonly savedShadows: ReadonlyMap<Stmt, string>;
  /** For a counter's entry whose old value is kept in a const (top level), the const of the old flag (counters.ts). */
  readonly savedFlags: ReadonlyMap<Stmt, string>;
  /** The calls the reverse sweep put in split mode (their forward calls `g_fwd`). */
  readonly splitCalls: ReadonlySet<Stmt>;
}

/** A TapeRecord being filled (by the backward sweep alone). */
export type RecordBuilder = { -readonly [K in keyof TapeRecord]: TapeRecord[K] extends ReadonlyMap<infer A, infer B> ? Map<A, B> : TapeRecord[K] extends ReadonlySet<infer A> ? Set<A> : never };

export function emptyRecord(): RecordBuilder {
  return { pushAfter: new Map(), saved: new Map(), counted: new Map(), reversedIfs: new Set(), shadows: new Map(), grown: new Set(),
    savedShadows: new Map(), savedFlags: new Map(), splitCalls: new Set() };
}

export interface CallMode {
  readonly split: boolean;
  /** Why, in a few words (`called in a loop`), for the comment at the call in the reverse sweep. */
  readonly why: string;
}

export function emptyPlan(overwrites: ReadonlySet<Stmt>, restoredVars: ReadonlySet<Var> = new Set(),
  snapshotVars: ReadonlySet<Var> = new Set(), snapshots: ReadonlyMap<Stmt, readonly Var[]> = new Map()): TapePlan {
  return { overwrites, restoredVars, snapshotVars, snapshots, callModes: new Map() };
}
