/**
 * What the reverse sweep reads, per statement, computed from the trace (for TBR, tbr.ts): the
 * operands of each statement's partials in the rules table (for its active arguments only), a
 * load's or store's index, a call's arguments (its vjp reruns it), a loop's bounds and a
 * branch's condition where their reverse has code, the array of a `push` whose reverse pops
 * it, an array variable whose adjoint follows it (where arrays move); and, inside nested
 * blocks, the operands of the temporaries the sweep recomputes just before their last use
 * rather than taping them. A compound statement reads what its blocks read.
 *
 * The sets follow the reverse sweep's own choices, read from where they are decided: each
 * statement's reverse form (reverse/choices.ts: increments `a[i] += e`, self-updates
 * `x = f(x, …)`, scaled squares `k·a·a`, quotients over one reciprocal), and whether a
 * temporary is recomputed or taped (reverse/availability.ts), which depends on the plan (a
 * restored scalar can be read again; one kept by snapshot cannot).
 *
 * This is the compiler's one answer to what the reverse sweep reads: the plan, the record and
 * the sweeps take it as it is (whether a push's reverse pops, `popped`, included). Reading the
 * same off the generated code is a test's cross-check (test/support/sweep-reads.ts).
 */
import { type Atom, type Block, type Call, type Eq, type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import { type TExpr, add, atomExpr, name, primalsIn, use } from '../ir/target.js';
import { type Reciprocal, type Rule, partialsOf, rules } from '../rules/table.js';
import { type Place, compound, fold, spans, statements, writes } from '../ir/walk.js';
import { hasDynamicArrays, lengthWrites, liveInNumbers, loopArrays, unwrittenAfter } from './writes.js';
import { type ReverseForm, type Uses, adjointUses, callActive, invertsFromNewValue, loopBlocks, mayFuseBlocks, outAtHand, reverseForms, tapesAnyway, topLevelTemps } from '../reverse/choices.js';
import { type Step, chooseAvailability } from '../reverse/availability.js';
import { type ExitDecision, exitDecisions } from '../reverse/exits.js';

/** What the reverse sweep reads, per statement (nested statements' reads included in their parents'). */
export interface ReverseReads {
  /** For each variable, the statements whose reverse reads it (its value, or which array it holds). */
  readonly readers: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /**
   * As `readers`, less the statements that read an array variable only to hand it to a callee's
   * reverse that reads none of its elements (Callee.params' `elementsUnread`): those need the
   * array at hand, not what is in it (TBR's readers of an array's contents, analyze/tbr.ts).
   */
  readonly contentReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /** For each array variable, the statements whose reverse reads its elements. */
  readonly elementReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /**
   * How the reverse sweep gives the temporaries of nested blocks that its code reads their
   * values (reverse/availability.ts): the steps at the reverse of each statement (recompute, or
   * pop what the forward sweep pushed after it), decided here once; the sweep emits them.
   */
  readonly available: ReadonlyMap<Stmt, readonly Step[]>;
  /** The loads of nested blocks whose values the reverse sweep needs (recomputed or taped), and loads a failed chain reached. */
  readonly neededLoads: ReadonlySet<Eq>;
  /** The temporaries of nested blocks the reverse sweep recomputes. */
  readonly recomputed: ReadonlySet<Eq>;
  /** For an array kept by snapshot, the statements whose reverse reloads elements of it that nothing writes after the load. */
  readonly stableReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /** The `if`s, `for`s and `while`s whose blocks have reverse code (a `while`'s trip count is then recorded). */
  readonly reversed: ReadonlySet<Stmt>;
  /**
   * For each variable, the statements whose own reverse code reads it: as `readers`, but an
   * `if` or a loop only for what its code reads outside its blocks (a condition, bounds, a
   * temporary recomputed before it), not for what the statements in them read.
   */
  readonly directReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /**
   * The pushes whose reverse pops the array back: an active array's, or one the reverse code
   * of the statements after it reads (the pops keep its length what it was for that code).
   */
  readonly popped: ReadonlySet<Stmt>;
}

/** The decisions of a plan that change what the reverse sweep reads. */
export interface PlanInput {
  readonly saved: ReadonlySet<Stmt>;
  readonly restoredVars: ReadonlySet<Var>;
  readonly snapshotVars: ReadonlySet<Var>;
  readonly snapshots: ReadonlyMap<Stmt, readonly Var[]>;
}

/** Facts of the function that do not depend on the plan. */
export interface SweepFacts {
  readonly fn: Func;
  readonly active: ReadonlySet<Var>;
  readonly aliases: Map<Var, ReadonlySet<Var>>;
  /** Array adjoints follow their arrays (rebound, or allocated in loops): reading an adjoint reads the array variable. */
  readonly dynamic: boolean;
  /** Temporaries (defined by an equation or a call's result): how many adjoint contributions each gets (choices.ts). */
  readonly uses: ReadonlyMap<Var, Uses>;
  /** The blocks that run once per iteration of some loop. */
  readonly loopBlocks: ReadonlySet<Block>;
  /** The blocks of a final loop the reverse may be fused into (choices.ts mayFuseBlocks). */
  readonly mayFuse: ReadonlySet<Block>;
  /** The equations at the function's top level. */
  readonly topLevel: ReadonlySet<Var>;
  /** The function has a loop or a call, so uses the tape anyway: costly values are taped outside loops too (choices.ts). */
  readonly tapesAnyway: boolean;
  /** What a statement writes (walk.ts `writes`), and what changes a length (analyze/writes.ts), remembered. */
  readonly writesOf: (s: Stmt) => ReadonlySet<Var>;
  readonly lengthWritesOf: (s: Stmt) => ReadonlySet<Var>;
  /** The reverse forms of a block's statements (choices.ts), remembered. */
  readonly formsOf: (b: Block) => ReadonlyMap<Stmt, ReverseForm>;
  /** What an equation's own reverse reads: it depends on activity and its form alone, not on the plan. */
  readonly eqReads: Map<Eq, { readonly emits: boolean; readonly reads: ReadonlySet<Var> }>;
  /** Whether nothing that may run after a load writes its array (analyze/writes.ts unwrittenAfter). */
  readonly unwrittenAfter: (load: Eq, array: Var) => boolean;
  /** Whether every assignment to the scalar `v` runs outside loops and before `def` (availability.ts). */
  readonly settledBefore: (v: Var, def: Eq) => boolean;
  /** The decisions of loops known from how each loop ended (reverse/exits.ts). */
  readonly exits: ReadonlyMap<Var, ExitDecision>;
  /**
   * For a call in split mode, that `g_rev` reads none of the elements of the array it is passed
   * as argument i (SplitUnread): the call's reverse then needs only the array at hand.
   */
  readonly splitUnread: SplitUnread;
}

/**
 * Whether call `s` is in split mode and its callee's `g_rev` reads none of the elements of its
 * argument i: reverse/program.ts assumes it of every array a split callee writes, then drops
 * what g's reverse sweep turns out to read (a fixpoint). Such a call is no in-out call for that
 * array (analyze/tbr.ts: saved only if the caller's own reverse reads what it overwrote), and g_fwd
 * records none of it for g_rev (reverse/split.ts). A recursive radix-2 FFT, which writes its
 * window of the output arrays and reads them back only for products with constant twiddles,
 * saved both whole arrays before each call: quadratic (trial33's weightedPower).
 */
export type SplitUnread = (s: Call, i: number) => boolean;

const remembered = <K, V>(f: (k: K) => V): ((k: K) => V) => {
  const cache = new Map<K, V>();
  return (k) => { let v = cache.get(k); if (v === undefined) cache.set(k, v = f(k)); return v; };
};

export function sweepFacts(fn: Func, active: ReadonlySet<Var>, aliases: Map<Var, ReadonlySet<Var>>, splitUnread: SplitUnread = () => false): SweepFacts {
  const uses = adjointUses(fn, active);
  const writesOf = remembered(writes);
  const rewriteFacts = { active, aliases, useCount: (v: Var) => uses.get(v)?.count, writesOf };
  let where: ReturnType<typeof spans> | undefined;
  let assigned: Map<Var, Stmt[]> | undefined;
  return {
    fn, active, aliases, dynamic: hasDynamicArrays(fn), uses, loopBlocks: loopBlocks(fn), mayFuse: mayFuseBlocks(fn),
    topLevel: topLevelTemps(fn),
    tapesAnyway: tapesAnyway(fn),
    writesOf, lengthWritesOf: remembered(lengthWrites),
    formsOf: remembered((b: Block) => reverseForms(b, rewriteFacts)),
    eqReads: new Map(),
    unwrittenAfter: (load, array) => unwrittenAfter(fn, load, array, aliases, (where ??= spans(fn.body))),
    exits: exitDecisions(fn),
    splitUnread,
    settledBefore: (v, def) => {
      where ??= spans(fn.body);
      const at = where.get(def);
      const assigns = (assigned ??= assignmentsOf(fn)).get(v) ?? [];
      return at !== undefined && assigns.every((a) => { const w = where!.get(a)!; return w.loops.length === 0 && w.end < at.start; });
    },
  };
}

/** The assignments to each variable. */
function assignmentsOf(fn: Func): Map<Var, Stmt[]> {
  const out = new Map<Var, Stmt[]>();
  for (const s of statements(fn.body)) if (s.kind === 'assign') out.set(s.target, [...out.get(s.target) ?? [], s]);
  return out;
}

/** What one statement's reverse reads (its nested blocks' included), as the sweep builds it. */
interface StmtReads {
  /** It has reverse code. */
  emits: boolean;
  /** Variables read (values, or which array a variable holds). */
  readonly reads: Set<Var>;
  /** Arrays whose elements are read. */
  readonly elements: Set<Var>;
  /** Arrays only handed to a callee's reverse that reads none of their elements (not in `reads` for that). */
  readonly passed: Set<Var>;
  /** Arrays written by element whose restore needs them in scope (a store's `a[i] = tape.pop()`). */
  readonly referenced: Set<Var>;
  /** Variables restored whole (a saved assignment's `x = tape.pop()`). */
  readonly assigned: Set<Var>;
  /** Of `reads`, those its own code reads, outside the blocks nested in it (merge leaves them out). */
  readonly own: Set<Var>;
}

const emptyReads = (): StmtReads => ({ emits: false, reads: new Set(), elements: new Set(), passed: new Set(), referenced: new Set(), assigned: new Set(), own: new Set() });

function merge(into: StmtReads, from: StmtReads): void {
  // (a statement without reverse code reads nothing)
  if (!from.emits) return;
  into.emits = true;
  for (const v of from.reads) into.reads.add(v);
  for (const v of from.elements) into.elements.add(v);
  for (const v of from.passed) into.passed.add(v);
  for (const v of from.referenced) into.referenced.add(v);
  for (const v of from.assigned) into.assigned.add(v);
}

/**
 * What the reverse sweep reads under `plan`, statement by statement: a backward pass over the
 * blocks (the last statement first, nested blocks where their statement is reached), each
 * statement's reads from its reverse form (reverse/choices.ts), its rules-table partials and its
 * kind, the temporaries of nested blocks recomputed from their operands or taped (reverse/availability.ts).
 */
export function reverseReads(facts: SweepFacts, plan: PlanInput): ReverseReads {
  const readers = new Map<Var, Set<Stmt>>();
  const contentReaders = new Map<Var, Set<Stmt>>();
  const elementReaders = new Map<Var, Set<Stmt>>();
  const available = new Map<Stmt, readonly Step[]>();
  const neededLoads = new Set<Eq>();
  const recomputed = new Set<Eq>();
  const stableReaders = new Map<Var, Set<Stmt>>();
  const reversed = new Set<Stmt>();
  const directReaders = new Map<Var, Set<Stmt>>();
  const popped = new Set<Stmt>();
  // (what the reverse of each branch of an if reads)
  const branchReads = new Map<Stmt, { then: ReadonlySet<Var>; else: ReadonlySet<Var> }>();
  const { fn, active } = facts;
  const isActive = (a: Atom | undefined): a is { kind: 'var'; v: Var } => a?.kind === 'var' && active.has(a.v);
  const atomVars = (a: Atom | undefined, into: Set<Var>) => { if (a?.kind === 'var') into.add(a.v); };
  // (an array's adjoint is named after it where arrays move: reading the adjoint reads the variable)
  const adjointRead = (v: Var, into: Set<Var>) => { if (facts.dynamic && v.kind !== 'param') into.add(v); };

  // (partials over a reciprocal depend on what the plan restores (outAtHand): not remembered)
  const eq = (s: Eq, r: StmtReads, form: ReverseForm & { kind: 'eq' }) => {
    // (`x = 1 / x` reversed from x's new value: its assignment reads x, below)
    if (form.inverts && invertsFromNewValue(form.inverts, form.target!, plan)) return;
    let own = form.reciprocal ? undefined : facts.eqReads.get(s);
    if (!own) {
      const mine = emptyReads();
      eqOwn(s, mine, form);
      own = mine;
      if (!form.reciprocal) facts.eqReads.set(s, mine);
    }
    r.emits ||= own.emits;
    for (const v of own.reads) r.reads.add(v);
  };
  const eqOwn = (s: Eq, r: StmtReads, { target, passThrough, reciprocal }: ReverseForm & { kind: 'eq' }) => {
    if (!active.has(s.out) || s.out.type === 'f64[]') return;
    const rule = rules[s.prim];
    if (rule.kind === 'zero') return;
    if (rule.kind === 'load') {
      const [array, i] = s.args;
      if (!isActive(array)) return;
      r.emits = true;
      atomVars(i, r.reads);
      adjointRead(array.v, r.reads);
      return;
    }
    const args = s.args.map(atomExpr);
    let partials: TExpr[];
    if (reciprocal) {
      const form = (rule as Rule & { reciprocal: Reciprocal }).reciprocal;
      // (the reciprocal r = 1 / b reads b; r is the sweep's own name, read from no primal variable)
      partials = form.partials(args, name(''), outAtHand(s, facts.topLevel, plan.restoredVars) ? use(s.out) : undefined);
      r.emits = true;
      atomVars(s.args[form.of], r.reads);
    } else partials = partialsOf(s, args, use(s.out));
    const byVar = new Set<Var>();
    s.args.forEach((a, i) => {
      if (!isActive(a) || a.v === passThrough) return;
      byVar.add(a.v);
      primalsIn(partials[i]!, r.reads);
    });
    for (const v of byVar) {
      // (a self-update's own partial of 1 leaves x_b as it is: no code)
      if (v !== target) r.emits = true;
      else if (!isOne(s, v, partials)) r.emits = true;
    }
  };

  // Each statement's reads, from those of the statements in its blocks (a fold over the trace
  // in the sweep's order: the last statement first, a statement's blocks before it)
  const stmt = (s: Stmt, nested: readonly (readonly StmtReads[])[], at: Place): StmtReads => {
    const top = at.around.length === 0;
    const r = emptyReads();
    const form = facts.formsOf(at.block).get(s);
    if (form?.kind === 'folded') {
      // an increment's load, a scaled square's factor: nothing of their own
    } else if (form?.kind === 'scaledSquare') {
      r.emits = true;
      r.reads.add(form.scaled.out);
    } else if (s.kind === 'eq' && form?.kind === 'eq') {
      eq(s, r, form);
    } else if (s.kind === 'assign') {
      const x = s.target;
      if (plan.saved.has(s)) { r.emits = true; r.assigned.add(x); }
      // (`x = 1 / x` reversed from x's new value: TBR takes this read as one of the value after s)
      if (form?.kind === 'selfUpdate' && form.inverse && invertsFromNewValue(s, x, plan)) { r.emits = true; r.reads.add(x); }
      // (a self-update hands nothing on here: its equation does)
      if (active.has(x) && x.type !== 'f64[]' && form?.kind !== 'selfUpdate' && (isActive(s.value) || !(s.decl && top))) r.emits = true;
    } else if (s.kind === 'store') {
      if (plan.saved.has(s)) { r.emits = true; atomVars(s.index, r.reads); r.referenced.add(s.array); }
      if (active.has(s.array)) { r.emits = true; atomVars(s.index, r.reads); adjointRead(s.array, r.reads); }
    } else if (s.kind === 'fill') {
      if (plan.saved.has(s)) { r.emits = true; r.reads.add(s.array); }
      if (active.has(s.array)) { r.emits = true; adjointRead(s.array, r.reads); }
    } else if (s.kind === 'push') {
      // (the pops keep the array's length what it was, for any reverse code built so far that reads it)
      if (active.has(s.array) || readers.has(s.array)) {
        r.emits = true;
        popped.add(s);
        if (active.has(s.array) && isActive(s.value)) { r.reads.add(s.array); adjointRead(s.array, r.reads); }
      }
    } else if (s.kind === 'alloc') {
      if (active.has(s.target) && [...(s.elements ?? []), ...(s.fill ? [s.fill] : [])].some(isActive)) {
        r.emits = true;
        adjointRead(s.target, r.reads);
      }
    } else if (s.kind === 'call') {
      call(s, r);
    } else if (compound(s)) {
      // (an if's branches, a loop's blocks: what they read, where they have reverse code)
      for (const inner of nested.flat()) merge(r, inner);
      // (and what each branch of an if reads, where a temporary read in one alone can be taped
      // there: availability.ts inBranch; not around a throw, after which no push runs)
      if (s.kind === 'if' && ![...s.then, ...s.else].some((t) => t.kind === 'throw')) {
        const [then, els] = nested.map((b) => {
          const into = new Set<Var>();
          for (const inner of b) if (inner.emits) for (const v of [...inner.reads, ...inner.passed]) into.add(v);
          return into;
        });
        branchReads.set(s, { then: then!, else: els! });
      }
      if (r.emits) {
        reversed.add(s);
        if (s.kind === 'if') { atomVars(s.cond, r.reads); atomVars(s.cond, r.own); }
        if (s.kind === 'for') for (const into of [r.reads, r.own]) { atomVars(s.from, into); atomVars(s.to, into); into.add(s.index); }
        // (a checkpointed loop's reverse runs its body again from snapshots: it reads the numbers
        // the body reads from before the loop, `const c = q` of an enclosing block among them)
        if (s.kind === 'for' && s.checkpoint) for (const v of liveInNumbers(s)) { r.reads.add(v); r.own.add(v); }
        // (and the arrays it reads and writes, which its snapshots restore: an array an enclosing
        // block allocates is taped by reference there, as for any reverse code that reads it;
        // fuzz seed 260512: `let b0 = new Float64Array(2)` in an if, read by the loop's rerun)
        if (s.kind === 'for' && s.checkpoint) for (const v of loopArrays(s)) { r.referenced.add(v); }
      }
    }
    return r;
  };

  // Once a block's statements have their reads: the temporaries of a nested block made available,
  // snapshots popped, and the readers of each variable noted (which later statements' pushes consult)
  const blockDone = (b: Block, values: readonly { readonly s: Stmt; readonly index: number; readonly value: StmtReads }[], parent: Stmt | undefined) => {
    const parts = values.map(({ s, index, value }) => ({ s, index, r: value }));
    if (parent) makeAvailable(b, parts);
    // snapshots of arrays are popped back into them (scalars are assigned: no read)
    for (const p of parts) {
      const snaps = plan.snapshots.get(p.s);
      if (!snaps) continue;
      p.r.emits = true;
      for (const v of snaps) if (isArrayType(v.type)) { p.r.reads.add(v); p.r.own.add(v); }
      else p.r.assigned.add(v);
    }
    for (const p of parts) {
      if (!p.r.emits) continue;
      for (const v of p.r.reads) contentReaders.set(v, (contentReaders.get(v) ?? new Set()).add(p.s));
      for (const v of [...p.r.reads, ...p.r.passed]) readers.set(v, (readers.get(v) ?? new Set()).add(p.s));
      for (const v of compound(p.s) ? p.r.own : [...p.r.reads, ...p.r.passed]) directReaders.set(v, (directReaders.get(v) ?? new Set()).add(p.s));
      for (const v of p.r.elements) elementReaders.set(v, (elementReaders.get(v) ?? new Set()).add(p.s));
    }
  };

  const call = (s: Call, r: StmtReads) => {
    if (plan.saved.has(s)) {
      r.emits = true;
      for (const i of s.writes) atomVars(s.args[i], r.reads);
    }
    if (!callActive(s, active)) return;
    r.emits = true;
    s.args.forEach((a, i) => {
      const w = s.windows?.[i];
      // (the vjp is passed the array: it reads its elements, unless neither the callee nor its
      // generated reverse reads any, link/unread-arrays.ts: then it needs only the array at hand)
      // (or a g_rev that reads none of them, SplitUnread)
      const array = a.kind === 'var' && isArrayType(a.v.type);
      const unread = array && (!!s.callee.params[i]?.elementsUnread || facts.splitUnread(s, i));
      if (unread) r.passed.add(a.v);
      else atomVars(a, r.reads);
      if (w) { atomVars(w.offset, r.reads); atomVars(w.length, r.reads); }
      if (array && !unread) r.elements.add(a.v);
      if (s.callee.params[i]?.array && isActive(a)) adjointRead(a.v, r.reads);
    });
  };

  /**
   * The temporaries of a nested block its statements' reverse reads, as the sweep makes them
   * available (reverse/availability.ts): recomputing reads the operands (a load, its array's
   * elements), another name for an allocation reads the allocation's variable, taping reads
   * nothing.
   */
  const makeAvailable = (b: Block, parts: { s: Stmt; index: number; r: StmtReads }[]) => {
    const rebound = new Set(b.flatMap((s) => (s.kind === 'alloc' && s.target.mutable ? [s.target] : [])));
    const needs = parts.map((p) => {
      const needs = new Set<Var>();
      if (p.r.emits) {
        for (const v of p.r.reads) needs.add(v);
        for (const v of p.r.passed) needs.add(v);
        for (const v of p.r.referenced) needs.add(v);
        for (const v of p.r.assigned) if (rebound.has(v)) needs.add(v);
      }
      // (a snapshot of the statement is popped before its reverse: nothing is moved into its branches)
      const branches = p.r.emits && !plan.snapshots.has(p.s) ? branchReads.get(p.s) : undefined;
      return { stmt: p.s, index: p.index, needs, ...(branches ? { branches } : {}) };
    });
    const chosen = chooseAvailability(b, needs, {
      aliases: facts.aliases, loopBlocks: facts.loopBlocks, mayFuse: facts.mayFuse, tapesAnyway: facts.tapesAnyway, restoredVars: plan.restoredVars,
      snapshotVars: plan.snapshotVars, writesOf: facts.writesOf, lengthWritesOf: facts.lengthWritesOf, unwrittenAfter: facts.unwrittenAfter,
      settledBefore: facts.settledBefore, exits: facts.exits,
      overReciprocal: (eq) => { const form = facts.formsOf(b).get(eq); return form?.kind === 'eq' && form.reciprocal; },
    });
    for (const l of chosen.neededLoads) neededLoads.add(l);
    for (const [array, rs] of chosen.stableReaders) for (const r of rs) stableReaders.set(array, (stableReaders.get(array) ?? new Set()).add(r));
    parts.forEach((p, i) => {
      const steps = chosen.steps[i]!;
      if (steps.length > 0) available.set(p.s, steps);
      for (const step of steps) {
        if (step.kind === 'recompute' || step.kind === 'copy') recomputed.add(step.eq);
        if (step.kind === 'copy') { p.r.reads.add(step.from); p.r.own.add(step.from); }
        // (a flag's test from its paths computes the branches' conditions again: what they read, but themselves)
        if (step.kind === 'path') {
          for (const eq of step.test.inlined.values()) {
            recomputed.add(eq);
            for (const a of eq.args) if (a.kind !== 'var' || !step.test.inlined.has(a.v)) { atomVars(a, p.r.reads); atomVars(a, p.r.own); }
            if (eq.prim === 'load') atomVars(eq.args[0], p.r.elements);
          }
        }
        if (step.kind !== 'recompute') continue;
        for (const a of step.eq.args) { atomVars(a, p.r.reads); atomVars(a, p.r.own); }
        if (step.eq.prim === 'load') atomVars(step.eq.args[0], p.r.elements);
      }
    });
  };

  fold(fn.body, { stmt, block: blockDone }, true);
  return { readers, contentReaders, elementReaders, available, neededLoads, recomputed, stableReaders, reversed, directReaders, popped };
}

/** Whether the self partial of a self-update `x = f(x, …)` is the constant 1 (its reverse leaves x_b as it is). */
function isOne(s: Eq, x: Var, partials: readonly TExpr[]): boolean {
  // (summed as the sweep sums the partials of an argument that appears more than once)
  const self = s.args.flatMap((a, i) => (a.kind === 'var' && a.v === x ? [partials[i]!] : [])).reduce((sum, p) => add(sum, p));
  return self.k === 'num' && self.value === 1;
}
