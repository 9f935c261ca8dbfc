/**
 * To-be-recorded analysis (TBR, Hascoët, Naumann and Pascual 2005): which overwrites must save
 * the value they destroy, because the reverse sweep reads it.
 *
 * Two questions, each a pass over the trace:
 *
 * - *What the reverse sweep reads* (reverse-reads.ts): per statement, the primal variables its
 *   reverse reads, from its partials in the rules table and the activity of its arguments,
 *   propagated out to the statements around it; the pass walks the blocks last statement
 *   first, as the sweep runs.
 * - *Which overwrites destroy a read value* (`savesFor`): an overwrite of v destroys a read when
 *   some statement whose reverse reads v comes before it, or shares a loop with it.
 *
 * Saving an overwrite makes its reverse read more (a store's restore reads its index; a
 * restored scalar lets the sweep recompute a temporary from it instead of taping it), so the
 * two are iterated over these sets until nothing new is saved: a data-flow fixed point, with
 * no reverse code built. The result is the TapePlan's `overwrites` and `restoredVars`
 * (reverse/plan.ts), which neither sweep changes.
 *
 * test/tbr.test.ts checks on every fixture that the plan equals the one the sweep itself asks
 * for (the fixed point over what its code reads, test/support/sweep-reads.ts, which planning
 * used to iterate in compile()).
 */
import { type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import { type Place, type Span, allocations, arrayAliases, compound, freshAssignments, parentOf, places, spans, statements, writes } from '../ir/walk.js';
import { type PlanInput, type ReverseReads, type SplitUnread, type SweepFacts, reverseReads, sweepFacts } from './reverse-reads.js';

export type { ReverseReads } from './reverse-reads.js';

/** Every overwrite of a variable: a non-fresh assignment, a store, a fill, a call that only writes an array. */
export interface Overwrite {
  readonly s: Stmt;
  readonly v: Var;
}

/** The snapshot choice the plan is made for (reverse/snapshot.ts): variables kept by snapshot, and where. */
export interface SnapshotPoints {
  readonly vars: ReadonlySet<Var>;
  readonly points: ReadonlyMap<Stmt, readonly Var[]>;
}

/** The TBR answer for one snapshot choice. */
export interface TapeNeeds {
  /** Overwrites whose destroyed value the reverse sweep reads: saved before, restored at their reverse. */
  readonly saved: ReadonlySet<Stmt>;
  /** Variables some of whose (restorable) overwrites are saved. */
  readonly restoredVars: ReadonlySet<Var>;
  /** What the reverse sweep reads under that plan. */
  readonly reads: ReverseReads;
}

/** The statement-level facts of a function that TBR needs, computed once for all its snapshot choices. */
export class Tbr {
  readonly overwrites: readonly Overwrite[];
  /** Calls that write arrays they also read (in-out): always saved, their vjp reruns them from the state before. */
  readonly callsWriting: readonly Stmt[];
  private readonly where: Map<Stmt, Span>;
  private readonly aliases: Map<Var, ReadonlySet<Var>>;
  private readonly allocated: ReturnType<typeof allocations>;
  private readonly facts: SweepFacts;

  /** Where each statement sits: its block, its index there, the statements around it. */
  private readonly place: Map<Stmt, Place>;
  private readonly fresh: ReadonlySet<Stmt>;

  constructor(readonly fn: Func, readonly active: ReadonlySet<Var>, splitUnread: SplitUnread = () => false) {
    const fresh = freshAssignments(fn.body);
    this.fresh = fresh;
    this.place = places(fn.body);
    // (an array whose elements neither the callee nor its reverse reads, link/unread-arrays.ts, is no
    // input of it; nor one a call in split mode hands to a g_rev that reads none of it, SplitUnread)
    const inOut = (s: Stmt) => s.kind === 'call' && s.writes.some((i) => !s.pure.includes(i) && !s.callee.params[i]?.elementsUnread && !splitUnread(s, i));
    this.overwrites = [...statements(fn.body)].flatMap((s): Overwrite[] =>
      s.kind === 'assign' && !fresh.has(s) ? [{ s, v: s.target }]
      : s.kind === 'store' || s.kind === 'fill' ? [{ s, v: s.array }]
      : s.kind === 'call' && !inOut(s) ? s.writes.flatMap((i) => { const a = s.args[i]; return a?.kind === 'var' ? [{ s, v: a.v }] : []; })
      : []);
    this.callsWriting = [...statements(fn.body)].filter(inOut);
    this.where = spans(fn.body);
    this.aliases = arrayAliases(fn.body);
    this.allocated = allocations(fn.body);
    this.facts = sweepFacts(fn, active, this.aliases, splitUnread);
  }

  /** The overwrites to save (and the variables restored) when `choice`'s variables are kept by snapshot. */
  needs(choice: SnapshotPoints): TapeNeeds {
    let saved = new Set<Stmt>(this.callsWriting);
    // (with no overwrite to save, the in-out calls are the answer: what the sweep reads is worked out only if asked)
    if (this.overwrites.every(({ v }) => choice.vars.has(v))) {
      const restoredVars = new Set<Var>();
      const facts = this.facts;
      let reads: ReverseReads | undefined;
      return { saved, restoredVars, get reads() { return reads ??= reverseReads(facts, { saved, restoredVars, snapshotVars: choice.vars, snapshots: choice.points }); } };
    }
    for (;;) {
      const restoredVars = this.restoredBy(saved, choice);
      const reads = reverseReads(this.facts, { saved, restoredVars, snapshotVars: choice.vars, snapshots: choice.points });
      const next = this.savesFor(choice, (vs, what) => {
        const of = what === 'elements' ? reads.elementReaders : what === 'contents' ? reads.contentReaders : reads.readers;
        return vs.flatMap((v) => [...(of.get(v) ?? [])]);
      }, (v) => reads.directReaders.get(v) ?? []);
      if (next.size === saved.size && [...next].every((x) => saved.has(x))) return { saved, restoredVars, reads };
      saved = new Set([...saved, ...next]);
    }
  }

  /** What the reverse sweep reads under a plan (reverse-reads.ts), from the facts computed once. */
  readsUnder(plan: PlanInput): ReverseReads {
    return reverseReads(this.facts, plan);
  }

  /** The variables some of whose overwrites `saved` saves (those kept by snapshot excepted). */
  restoredBy(saved: ReadonlySet<Stmt>, choice: SnapshotPoints): Set<Var> {
    return new Set(this.overwrites.filter(({ s, v }) => !choice.vars.has(v) && saved.has(s)).map(({ v }) => v));
  }

  /**
   * The overwrites that destroy a value some reader reads: `readers(vs, what)` gives the
   * statements whose reverse reads one of `vs`: which array it holds, or anything of it
   * (`values`); what is in it, not only the array at hand (`contents`); its elements
   * (`elements`). The in-out calls are always among them.
   */
  savesFor(choice: SnapshotPoints, readers: (vs: readonly Var[], what: 'values' | 'contents' | 'elements') => Iterable<Stmt>,
    directReaders?: (v: Var) => Iterable<Stmt>): Set<Stmt> {
    const out = new Set<Stmt>(this.callsWriting);
    for (const { s, v } of this.overwrites) {
      if (choice.vars.has(v)) continue;
      if (directReaders && s.kind === 'assign' && !isArrayType(v.type)) {
        if (this.destroysScalarRead(s, v, new Set(directReaders(v)))) out.add(s);
        continue;
      }
      // (what the reverse sweep reads of an array under one name, a store under another destroys;
      // a store into an array allocated in the same iteration, under its own name only when no
      // other name is bound to that array before the store, see unshared)
      const alloc = this.freshArray(s, v);
      const names = s.kind === 'assign' ? [v] : alloc && this.unshared(s, v, alloc) ? [v] : [...this.aliases.get(v) ?? [v]];
      const what = alloc !== undefined ? 'elements' : s.kind === 'assign' ? 'values' : 'contents';
      if (destroysRead(s, new Set(readers(names, what)), this.where, alloc)) out.add(s);
    }
    return out;
  }

  /**
   * Whether the assignment `s` to the scalar `v` destroys a value the reverse sweep reads,
   * path by path: the value a statement's reverse reads is destroyed first by the first
   * assignment to v after it in the forward sweep, and that one alone must save it (its
   * reverse restores v exactly as the reader left it). So `s` need not save when
   *
   * - every reader is followed, in its block or the blocks of the `if`s around it within one
   *   iteration, by another assignment to v before anything else may write v (`s = s + r*r`
   *   in one branch, where the other branch's `s = 1 + s*r*r` alone reads s); or
   * - an assignment to v that runs whenever `s` does comes before it in a block around it,
   *   with no reader between them, and every loop around both `s` and a reader is around that
   *   assignment too (`d = 1e-30` in `if (Math.abs(d) < 1e-30)` right after `d = 1 + aa*d`).
   *
   * `readers` are the statements whose own reverse code reads v (an `if` or a loop for its
   * condition or bounds, not for the statements in it): such a compound reader is judged as
   * destroysRead does.
   */
  private destroysScalarRead(s: Stmt, v: Var, readers: ReadonlySet<Stmt>): boolean {
    const at = this.where.get(s)!;
    const w = this.dominatingWrite(s, v);
    const ws = w && this.where.get(w)!;
    for (const r of readers) {
      const rs = this.where.get(r)!;
      if (this.readsNewValue(r, v)) {
        if (this.destroysNewValue(s, r, v)) return true;
        continue;
      }
      const simple = !compound(r);
      if (simple) {
        const cover = this.nextWrite(r, v);
        if (cover) { if (cover === s) return true; continue; }
      }
      const loops = at.loops.filter((loop) => rs.loops.includes(loop) || r === loop);
      if (rs.start > at.start && loops.length === 0) continue;
      if (simple && ws && !(rs.start > ws.start && rs.start <= at.start) && loops.every((loop) => ws.loops.includes(loop))) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether `s` destroys the value the assignment `r` gives v, which r's own reverse reads
   * (`v = 1 / v` reversed from v's new value): the write of v that surely comes next in r's
   * iteration, if there is one, and it alone (its reverse gives the value back). Else, in a
   * loop whose iterations surely write v first by one assignment (`d = 1 + aa * d` at the head
   * of betacf's body), that one and every write that may run after r but in the loop's next
   * iterations after it: later ones in program order, and those sharing an outer loop with r.
   * Else r itself, which is then saved and reversed from v's old value as any `x = f(x)` is
   * (and saving anything else for this read would be for nothing).
   */
  private destroysNewValue(s: Stmt, r: Stmt, v: Var): boolean {
    const cover = this.nextWrite(r, v);
    if (cover) return cover === s;
    const rs = this.where.get(r)!;
    const loop = rs.loops[rs.loops.length - 1];
    const first = loop && this.firstWrite(loop, v);
    if (!first || first === r) return s === r;
    const at = this.where.get(s)!;
    return s === first || at.start > rs.start || (!at.loops.includes(loop) && at.loops.some((l) => rs.loops.includes(l)));
  }

  /** The assignment to v an iteration of `loop` surely runs first, before anything else may write v. */
  private firstWrite(loop: Stmt, v: Var): Stmt | undefined {
    const blocks = loop.kind === 'while' ? [loop.pre, loop.body] : loop.kind === 'for' ? [loop.body] : [];
    for (const block of blocks) {
      for (const x of block) {
        if (x.kind === 'assign' && x.target === v) return x;
        if (writes(x).has(v)) return undefined;
      }
    }
    return undefined;
  }

  /** Whether `r` is an assignment to v whose reverse reads the value it assigns (choices.ts invertsFromNewValue). */
  private readsNewValue(r: Stmt, v: Var): boolean {
    if (r.kind !== 'assign' || r.target !== v) return false;
    const form = this.facts.formsOf(this.place.get(r)!.block).get(r);
    return form?.kind === 'selfUpdate' && form.inverse === true;
  }

  /**
   * The assignment to v that surely comes next after `r` in the same iteration, before any
   * other write of v: later in r's block, or after an `if` around r in the block around it.
   */
  private nextWrite(r: Stmt, v: Var): Stmt | undefined {
    for (let at = this.place.get(r); at;) {
      const { block, index } = at;
      const parent = parentOf(at);
      for (let j = index + 1; j < block.length; j++) {
        const x = block[j]!;
        if (x.kind === 'assign' && x.target === v) return this.fresh.has(x) ? undefined : x;
        if (writes(x).has(v)) return undefined;
      }
      if (parent?.kind !== 'if') return undefined;
      at = this.place.get(parent);
    }
    return undefined;
  }

  /** The last assignment to v before `s` in s's block or a block around it: it runs whenever `s` does. */
  private dominatingWrite(s: Stmt, v: Var): Stmt | undefined {
    for (let at = this.place.get(s); at;) {
      const { block, index } = at;
      const parent = parentOf(at);
      for (let j = index - 1; j >= 0; j--) {
        const x = block[j]!;
        if (x.kind === 'assign' && x.target === v) return x;
      }
      at = parent && this.place.get(parent);
    }
    return undefined;
  }

  /**
   * Whether, between the allocation of the array `s` writes (in the same iteration, see
   * freshArray) and `s`, no name but `v` can hold that array: no statement there, nor in a
   * loop around `s` inside the allocation's iteration, binds another variable of v's alias
   * class (`cur = nxt`, `t = copy nxt`). Another name then holds another array until after
   * `s` (waveEnergy's `cur`, read by the same stencil that writes `nxt`, and bound to it only
   * at the end of the step), so the reverse sweep's reads under those names cannot see what
   * `s` destroys: a fresh array's elements written once are not saved.
   */
  private unshared(s: Stmt, v: Var, alloc: Span): boolean {
    const at = this.where.get(s)!;
    const inner = at.loops[alloc.loops.length];
    const region = inner ? this.where.get(inner)! : at;
    const from = alloc.start, to = Math.max(at.start, region.end);
    const names = this.aliases.get(v);
    if (!names) return true;
    for (const [x, span] of this.where) {
      if (span.start <= from || span.start > to) continue;
      const bound = x.kind === 'assign' ? x.target : x.kind === 'eq' ? x.out : x.kind === 'call' ? x.out : x.kind === 'alloc' ? x.target : undefined;
      if (bound && bound !== v && names.has(bound)) return false;
    }
    return true;
  }

  /**
   * Where the array `s` writes was allocated earlier in the same iteration, the variable not
   * rebound before the overwrite: what its elements held before is not read (see destroysRead).
   */
  private freshArray(s: Stmt, v: Var): Span | undefined {
    if (s.kind === 'assign') return undefined;
    const at = this.where.get(s)!;
    for (const { alloc, after } of this.allocated.of.get(v) ?? []) {
      if (!after.has(s)) continue;
      const a = this.where.get(alloc)!;
      // another binding of v runs after s, and not in a loop around s inside the allocation's iteration
      const inner = at.loops.slice(a.loops.length);
      const later = (b: Stmt) => { const bs = this.where.get(b)!; return bs.start > at.start && !inner.some((loop) => bs.loops.includes(loop)); };
      if ((this.allocated.binders.get(v) ?? []).every((b) => b === alloc || later(b))) return a;
    }
    return undefined;
  }
}

/**
 * Whether overwrite `s` destroys a value the reverse sweep reads: some statement whose
 * reverse reads the variable comes before `s` (it then sees the old value), or shares a loop
 * with it (a later iteration's `s` destroys an earlier iteration's value).
 *
 * `alloc`: where the array `s` writes was allocated, earlier in `s`'s block, the variable not
 * rebound between them, nor after `s` in a loop around it inside the allocation's iteration;
 * `readers` are then those whose reverse reads the array's elements. `s` writes only the array
 * that allocation made in the same iteration of the loops around it, which nothing can read
 * before the allocation or outside that iteration: a later iteration of those loops writes
 * another array (the minors of a determinant by expansion, a scratch array allocated per
 * step). Those readers are left out (an `if` or loop around the allocation too: its own code
 * runs before the allocation, and the statements in it whose reverse reads the array are
 * readers of their own), and so are those loops.
 */
export function destroysRead(s: Stmt, readers: ReadonlySet<Stmt>, where: ReadonlyMap<Stmt, Span>, alloc?: Span): boolean {
  const at = where.get(s)!;
  for (const r of readers) {
    const rs = where.get(r)!;
    if (alloc && (rs.start <= alloc.start || !alloc.loops.every((loop) => rs.loops.includes(loop)))) continue;
    if (rs.start <= at.start) return true;
    if (at.loops.some((loop) => (rs.loops.includes(loop) || r === loop) && !(alloc && alloc.loops.includes(loop)))) return true;
  }
  return false;
}
