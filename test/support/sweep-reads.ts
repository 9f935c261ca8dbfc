/**
 * What the reverse sweep reads, read off the code it built: the cross-check of analyze/
 * reverse-reads.ts, which predicts it from the IR and is what the compiler uses. Both follow
 * the same choices (each statement's reverse form, choices.ts; recompute or tape,
 * availability.ts), but the prediction reads the rules table and the IR, and this reads the
 * names in the generated code: a name the prediction misses (an adjoint array's primal, an
 * array a call's vjp reads) shows here as a save TBR leaves out.
 *
 * `sweepFixedPoint` is what planning used to iterate in compile() (it never added a save): the
 * backward sweep built from a set of saves, then again with every overwrite that destroys a
 * value its code reads, until nothing new is needed. test/tbr.test.ts compares TBR's plan with it.
 */
import type { Func, Stmt, Var } from '../../compiler/ir/types.js';
import { type TStmt, mapExprsIn, name, num } from '../../compiler/ir/target.js';
import { blocksOf, compound, fold, statements } from '../../compiler/ir/walk.js';
import { liveInNumbers } from '../../compiler/analyze/writes.js';
import type { ReverseReads, Tbr } from '../../compiler/analyze/tbr.js';
import { BackwardSweep } from '../../compiler/reverse/backward.js';
import { recordPlan } from '../../compiler/reverse/record.js';
import { type CallMode, type TapePlan, type TapeRecord, emptyPlan } from '../../compiler/reverse/plan.js';
import { elementReadsOf, varsReadOf } from '../../compiler/reverse/refs.js';
import type { SnapshotChoice } from '../../compiler/reverse/snapshot.js';

/** What a built backward sweep's code reads: as ReverseReads's maps, read off the code. */
export interface CodeReads {
  /** For each primal variable the reverse code reads, the statements whose reverse (or recomputation) reads it. */
  readonly readers: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /**
   * As `readers`, but a call's reverse code reads an array it only hands to the callee's reverse
   * at a parameter whose elements that reads none of (Callee.params' `elementsUnread`) not as its contents.
   */
  readonly contentReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /** As `readers`, but an `if` or a loop only for what its own code reads, outside the reverse code of the statements in its blocks. */
  readonly directReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /** For each array name, the statements (if/for/while too) whose reverse code reads its elements. */
  readonly elementReaders: ReadonlyMap<string, ReadonlySet<Stmt>>;
}

/** What the code of `backward` (swept) reads, statement by statement. */
export function readsOffSweep(backward: BackwardSweep): CodeReads {
  const readers = new Map<Var, Set<Stmt>>();
  const contentReaders = new Map<Var, Set<Stmt>>();
  const directReaders = new Map<Var, Set<Stmt>>();
  const elementReaders = new Map<string, Set<Stmt>>();
  const add = <K>(into: Map<K, Set<Stmt>>, n: K, s: Stmt) => into.set(n, (into.get(n) ?? new Set()).add(s));
  for (const [s, code] of backward.partCode) {
    // (a checkpointed loop's reverse, which checkpoint.ts writes later, runs its body again:
    // it reads the numbers the body reads from before it)
    const rerun = s.kind === 'for' && s.checkpoint && code.length > 0 ? liveInNumbers(s) : [];
    for (const v of [...backward.withPrimals(varsReadOf(code), code), ...rerun]) add(readers, v, s);
    const own = compound(s) ? ownCode(backward, s, code) : code;
    for (const v of [...backward.withPrimals(varsReadOf(own), own), ...rerun]) add(directReaders, v, s);
    // (the code with the arrays a call only hands on, where the callee's reverse reads none of
    // their elements, taken out of the calls' arguments)
    const contents = handedOn(s, code);
    for (const v of [...backward.withPrimals(varsReadOf(contents), contents), ...rerun]) add(contentReaders, v, s);
    for (const n of elementReadsOf(contents)) add(elementReaders, n, s);
  }
  return { readers, contentReaders, directReaders, elementReaders };
}

/**
 * `code`, the reverse of `s`, without the arrays that the calls in `s` pass to their callees'
 * reverse (`g_vjp`, `g_rev`, `g_rev_d`) at a parameter whose elements it reads none of.
 */
function handedOn(s: Stmt, code: readonly TStmt[]): readonly TStmt[] {
  const unread = new Map<string, Set<number>>();
  for (const t of statements([s])) {
    if (t.kind !== 'call') continue;
    t.callee.params.forEach((p, i) => { if (p.elementsUnread) unread.set(t.callee.name, (unread.get(t.callee.name) ?? new Set()).add(i)); });
  }
  if (unread.size === 0) return code;
  return mapExprsIn(code, (x) => {
    const at = x.k === 'call' && x.callee.k === 'fn' ? unread.get(x.callee.name) : undefined;
    return at && x.k === 'call' ? { ...x, args: x.args.map((a, i) => (at.has(i) && a.k === 'name' ? num(0) : a)) } : x;
  });
}

/**
 * The pushes whose reverse must pop the array back, read off the code: the array is active, or
 * the reverse code built before the push's (in the sweep's order, each block's noted when it is
 * done) reads it. ReverseReads.popped predicts them from the IR; the sweep pops those.
 */
export function poppedOffSweep(fn: Func, active: ReadonlySet<Var>, backward: BackwardSweep): Set<Stmt> {
  const read = new Set<Var>();
  const out = new Set<Stmt>();
  fold<void>(fn.body, {
    stmt: (s) => { if (s.kind === 'push' && (active.has(s.array) || read.has(s.array))) out.add(s); },
    block: (_b, values) => {
      for (const { s } of values) {
        const code = backward.partCode.get(s) ?? [];
        const rerun = s.kind === 'for' && s.checkpoint && code.length > 0 ? liveInNumbers(s) : [];
        for (const v of [...backward.withPrimals(varsReadOf(code), code), ...rerun]) read.add(v);
      }
    },
  }, true);
  return out;
}

/** A compound statement's reverse code without that of the statements in its blocks (found by identity). */
function ownCode(backward: BackwardSweep, s: Stmt, code: readonly TStmt[]): TStmt[] {
  const nested = new Set<TStmt>();
  for (const b of blocksOf(s)) for (const inner of b) for (const t of backward.partCode.get(inner) ?? []) nested.add(t);
  const prune = (list: readonly TStmt[]): TStmt[] => list.filter((t) => !nested.has(t)).map((t): TStmt => {
    switch (t.k) {
      case 'if': return { ...t, then: prune(t.then), else: prune(t.else) };
      case 'for': return { ...t, body: prune(t.body) };
      case 'while': case 'loop': case 'block': return { ...t, body: prune(t.body) };
      case 'try': return { ...t, body: prune(t.body), handler: prune(t.handler) };
      default: return t;
    }
  });
  return prune(code);
}

/**
 * The reverse sweep of `fn` for a snapshot choice, from the overwrites in `saved`, built again
 * with every overwrite that destroys a value its code reads (TBR's savesFor, over the readers
 * read off the code) until nothing new is needed: the saves the code itself asks for.
 */
export function sweepFixedPoint(fn: Func, active: ReadonlySet<Var>, tbr: Tbr, choice: SnapshotChoice, callModes: ReadonlyMap<Stmt, CallMode>,
  saved: ReadonlySet<Stmt>): { plan: TapePlan; reads: ReverseReads; record: TapeRecord; backward: BackwardSweep; saved: ReadonlySet<Stmt> } {
  for (;;) {
    const plan = { ...emptyPlan(saved, tbr.restoredBy(saved, choice), choice.vars, choice.points), callModes };
    const names = fn.names.clone();
    const reads = tbr.readsUnder({ saved: plan.overwrites, restoredVars: plan.restoredVars, snapshotVars: plan.snapshotVars, snapshots: plan.snapshots });
    const record = recordPlan(fn, active, plan, reads, names);
    const backward = new BackwardSweep(fn, active, plan, record, names);
    backward.sweep(name('seed'));
    const code = readsOffSweep(backward);
    const next = tbr.savesFor(choice, (vs, what) => {
      return vs.flatMap((v) => [...(what === 'elements' ? code.elementReaders.get(v.name) : what === 'contents' ? code.contentReaders.get(v) : code.readers.get(v)) ?? []]);
    }, (v) => code.directReaders.get(v) ?? []);
    if ([...next].every((s) => saved.has(s))) return { plan, reads, record, backward, saved };
    saved = new Set([...saved, ...next]);
  }
}
