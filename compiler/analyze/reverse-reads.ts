/**
 * What the reverse sweep reads, per statement, computed from the trace (for TBR, tbr.ts): the
 * operands of each statement's partials in the rules table (for its active arguments only), a
 * load's or store's index, a call's arguments (its vjp reruns it), a loop's bounds and a
 * branch's condition where their reverse has code, the array of a `push` whose reverse pops
 * it, an array variable whose adjoint follows it (where arrays move); and, inside nested
 * blocks, the operands of the temporaries the sweep recomputes just before their last use
 * rather than taping them. A compound statement reads what its blocks read.
 *
 * The sets follow the reverse sweep's own choices (reverse/backward.ts): its rewrites
 * (increments `a[i] += e`, self-updates `x = f(x, …)`, scaled squares `k·a·a`), and whether a
 * temporary is recomputed or taped, which depends on the plan (a restored scalar can be read
 * again; one kept by snapshot cannot).
 */
import { type Atom, type Block, type Call, type Eq, type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import { type TExpr, add, namesIn, name } from '../ir/target.js';
import { rules } from '../rules/table.js';
import { blocksOf, statements, writes } from '../ir/walk.js';
import { atomExpr, hasDynamicArrays, isCostly, lengthWrites, quotientPartials } from '../reverse/backward.js';
import { type RewriteFacts, incrementsOf, scaledSquaresOf } from '../reverse/rewrites.js';

/** What the reverse sweep reads, per statement (nested statements' reads included in their parents'). */
export interface ReverseReads {
  /** For each variable, the statements whose reverse reads it (its value, or which array it holds). */
  readonly readers: ReadonlyMap<Var, ReadonlySet<Stmt>>;
  /** For each array variable, the statements whose reverse reads its elements. */
  readonly elementReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
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
  /** Temporaries (defined by an equation or a call's result): how many adjoint contributions each gets. */
  readonly uses: ReadonlyMap<Var, number>;
  /** The blocks that run once per iteration of some loop. */
  readonly loopBlocks: ReadonlySet<Block>;
  /** The equations at the function's top level (backward.ts `topLevel`). */
  readonly topLevel: ReadonlySet<Var>;
  /** The function has a loop or a call, so uses the tape anyway: costly values are taped outside loops too (backward.ts `tapesAnyway`). */
  readonly tapesAnyway: boolean;
  /** Each variable by the name generated code gives it. */
  readonly byName: ReadonlyMap<string, Var>;
  /** What a statement writes (walk.ts `writes`), and what changes a length (backward.ts), remembered. */
  readonly writesOf: (s: Stmt) => ReadonlySet<Var>;
  readonly lengthWritesOf: (s: Stmt) => ReadonlySet<Var>;
  /** A block's rewrites by the reverse sweep (its increments and scaled squares), remembered. */
  readonly rewritesOf: (b: Block) => Rewrites;
  /** What an equation's own reverse reads: it depends on activity and the rewrites alone, not on the plan. */
  readonly eqReads: Map<Eq, { readonly emits: boolean; readonly reads: ReadonlySet<Var> }>;
}

interface Rewrites {
  readonly increments: ReadonlyMap<Stmt, { readonly load: Eq; readonly add: Eq }>;
  readonly squares: ReadonlyMap<Eq, { readonly scaled: Eq; readonly x: Var }>;
}

const remembered = <K, V>(f: (k: K) => V): ((k: K) => V) => {
  const cache = new Map<K, V>();
  return (k) => { let v = cache.get(k); if (v === undefined) cache.set(k, v = f(k)); return v; };
};

export function sweepFacts(fn: Func, active: ReadonlySet<Var>, aliases: Map<Var, ReadonlySet<Var>>): SweepFacts {
  const temps = new Set<Var>();
  for (const s of statements(fn.body)) {
    if (s.kind === 'eq') temps.add(s.out);
    if (s.kind === 'call' && s.out) temps.add(s.out);
  }
  const uses = new Map<Var, number>();
  const use = (a: Atom, contributes: boolean) => {
    if (contributes && a.kind === 'var' && temps.has(a.v)) uses.set(a.v, (uses.get(a.v) ?? 0) + 1);
  };
  const isActive = (a: Atom) => a.kind === 'var' && active.has(a.v);
  for (const s of statements(fn.body)) {
    if (s.kind === 'eq' && active.has(s.out) && rules[s.prim].kind !== 'zero' && s.out.type !== 'f64[]') {
      const seen = new Set<Var>();
      for (const a of rules[s.prim].kind === 'load' ? [s.args[0]!] : s.args) {
        if (a.kind === 'var' && !seen.has(a.v)) { seen.add(a.v); use(a, true); }
      }
    }
    if (s.kind === 'assign') use(s.value, active.has(s.target) && s.target.type !== 'f64[]');
    if (s.kind === 'call' && callActive(s, active)) for (const a of s.args) use(a, isActive(a));
    if (s.kind === 'store' || s.kind === 'fill' || s.kind === 'push') use(s.value, active.has(s.array));
    if (s.kind === 'alloc') for (const a of [...(s.fill ? [s.fill] : []), ...(s.elements ?? [])]) use(a, active.has(s.target));
  }
  // the returned value gets the seed: one more contribution
  const r = fn.result;
  if (r?.kind === 'var' && temps.has(r.v) && active.has(r.v)) uses.set(r.v, (uses.get(r.v) ?? 0) + 1);
  const loopBlocks = new Set<Block>();
  const visit = (block: Block, inLoop: boolean): void => {
    if (inLoop) loopBlocks.add(block);
    for (const s of block) for (const inner of blocksOf(s)) visit(inner, inLoop || s.kind === 'for' || s.kind === 'while');
  };
  visit(fn.body, false);
  const writesOf = remembered(writes);
  const partial: RewriteFacts = { active, aliases, useCount: (v) => uses.get(v), writesOf };
  return {
    fn, active, aliases, dynamic: hasDynamicArrays(fn), uses, loopBlocks,
    topLevel: new Set(fn.body.flatMap((s) => (s.kind === 'eq' ? [s.out] : []))),
    tapesAnyway: [...statements(fn.body)].some((s) => s.kind === 'for' || s.kind === 'while' || s.kind === 'call'),
    byName: new Map(fn.vars.map((v) => [v.name, v])),
    writesOf, lengthWritesOf: remembered(lengthWrites),
    rewritesOf: remembered((b: Block) => ({ increments: incrementsOf(b, partial), squares: scaledSquaresOf(b, partial) })),
    eqReads: new Map(),
  };
}

function callActive(s: Call, active: ReadonlySet<Var>): boolean {
  return (s.out !== undefined && active.has(s.out)) || s.writes.some((i) => { const a = s.args[i]; return a?.kind === 'var' && active.has(a.v); });
}

/** What one statement's reverse reads (its nested blocks' included), as the sweep builds it. */
interface StmtReads {
  /** It has reverse code. */
  emits: boolean;
  /** Variables read (values, or which array a variable holds). */
  readonly reads: Set<Var>;
  /** Arrays whose elements are read. */
  readonly elements: Set<Var>;
  /** Arrays written by element whose restore needs them in scope (a store's `a[i] = tape.pop()`). */
  readonly referenced: Set<Var>;
  /** Variables restored whole (a saved assignment's `x = tape.pop()`). */
  readonly assigned: Set<Var>;
}

const emptyReads = (): StmtReads => ({ emits: false, reads: new Set(), elements: new Set(), referenced: new Set(), assigned: new Set() });

function merge(into: StmtReads, from: StmtReads): void {
  // (a statement without reverse code reads nothing)
  if (!from.emits) return;
  into.emits = true;
  for (const v of from.reads) into.reads.add(v);
  for (const v of from.elements) into.elements.add(v);
  for (const v of from.referenced) into.referenced.add(v);
  for (const v of from.assigned) into.assigned.add(v);
}

/**
 * What the reverse sweep reads under `plan`, statement by statement: a backward pass over the
 * blocks (the last statement first, nested blocks where their statement is reached), each
 * statement's reads from its rules-table partials and its kind, the temporaries of nested
 * blocks recomputed from their operands or taped (as BackwardSweep.makeAvailable chooses).
 */
export function reverseReads(facts: SweepFacts, plan: PlanInput): ReverseReads {
  const readers = new Map<Var, Set<Stmt>>();
  const elementReaders = new Map<Var, Set<Stmt>>();
  const { fn, active, aliases, uses } = facts;
  const isActive = (a: Atom | undefined): a is { kind: 'var'; v: Var } => a?.kind === 'var' && active.has(a.v);
  const atomVars = (a: Atom | undefined, into: Set<Var>) => { if (a?.kind === 'var') into.add(a.v); };
  // (an array's adjoint is named after it where arrays move: reading the adjoint reads the variable)
  const adjointRead = (v: Var, into: Set<Var>) => { if (facts.dynamic && v.kind !== 'param') into.add(v); };
  const namesOf = (names: Set<string>, into: Set<Var>) => { for (const n of names) { const v = facts.byName.get(n); if (v) into.add(v); } };

  // (a quotient by an active b: its partials depend on what the plan restores, so not remembered)
  const quotient = (s: Eq, passThrough?: Var) => s.prim === 'div' && active.has(s.out) && s.out.type !== 'f64[]' && isActive(s.args[1]) && s.args[1].v !== passThrough;
  const eq = (s: Eq, r: StmtReads, target?: Var, passThrough?: Var) => {
    let own = quotient(s, passThrough) ? undefined : facts.eqReads.get(s);
    if (!own) {
      const mine = emptyReads();
      eqOwn(s, mine, target, passThrough);
      own = mine;
      if (!quotient(s, passThrough)) facts.eqReads.set(s, mine);
    }
    r.emits ||= own.emits;
    for (const v of own.reads) r.reads.add(v);
  };
  const eqOwn = (s: Eq, r: StmtReads, target?: Var, passThrough?: Var) => {
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
    const partials = quotient(s, passThrough) ? quotientPartials(s, '', facts.topLevel, plan.restoredVars) : rule.partials(s.args.map(atomExpr), name(s.out.name));
    // (its reciprocal r = 1 / b reads b)
    if (quotient(s, passThrough)) { r.emits = true; atomVars(s.args[1], r.reads); }
    const byVar = new Map<Var, Set<string>>();
    s.args.forEach((a, i) => {
      if (!isActive(a) || a.v === passThrough) return;
      byVar.set(a.v, namesIn(partials[i]!, byVar.get(a.v) ?? new Set()));
    });
    for (const [v, names] of byVar) {
      namesOf(names, r.reads);
      // (a self-update's own partial of 1 leaves x_b as it is: no code)
      if (v !== target) r.emits = true;
      else if (!isOne(s, v, partials)) r.emits = true;
    }
  };

  const block = (b: Block, top: boolean): StmtReads[] => {
    const parts: { s: Stmt; index: number; r: StmtReads }[] = [];
    const { increments, squares } = facts.rewritesOf(b);
    const skipped = new Set<Eq>([...increments.values()].map((x) => x.load));
    const addOf = new Map([...increments.values()].map((x) => [x.add, x.load.out] as const));
    const folded = new Set<Eq>();
    let selfUpdate: { temp: Var; target: Var } | undefined;
    for (let i = b.length - 1; i >= 0; i--) {
      const s = b[i]!;
      const r = emptyReads();
      const square = s.kind === 'eq' ? squares.get(s) : undefined;
      let nextSelfUpdate: typeof selfUpdate;
      if (s.kind === 'eq' && (skipped.has(s) || folded.has(s))) {
        // an increment's load, a scaled square's factor: nothing of their own
      } else if (s.kind === 'eq' && square && selfUpdate?.temp !== s.out && !addOf.has(s)) {
        r.emits = true;
        r.reads.add(square.scaled.out);
        folded.add(square.scaled);
      } else if (s.kind === 'eq') {
        eq(s, r, selfUpdate?.temp === s.out ? selfUpdate.target : undefined, addOf.get(s));
      } else if (s.kind === 'assign') {
        const x = s.target;
        if (plan.saved.has(s)) { r.emits = true; r.assigned.add(x); }
        if (active.has(x) && x.type !== 'f64[]') {
          const prev = b[i - 1];
          const value = s.value;
          if (isActive(value) && prev?.kind === 'eq' && prev.out === value.v && uses.get(value.v) === 1 &&
              prev.args.some((a) => a.kind === 'var' && a.v === x)) {
            nextSelfUpdate = { temp: value.v, target: x };
          } else if (isActive(value) || !(s.decl && top)) r.emits = true;
        }
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
          if (active.has(s.array) && isActive(s.value)) { r.reads.add(s.array); adjointRead(s.array, r.reads); }
        }
      } else if (s.kind === 'alloc') {
        if (active.has(s.target) && [...(s.elements ?? []), ...(s.fill ? [s.fill] : [])].some(isActive)) {
          r.emits = true;
          adjointRead(s.target, r.reads);
        }
      } else if (s.kind === 'call') {
        call(s, r);
      } else if (s.kind === 'if') {
        for (const inner of [...block(s.then, false), ...block(s.else, false)]) merge(r, inner);
        if (r.emits) atomVars(s.cond, r.reads);
      } else if (s.kind === 'for') {
        for (const inner of block(s.body, false)) merge(r, inner);
        if (r.emits) { atomVars(s.from, r.reads); atomVars(s.to, r.reads); r.reads.add(s.index); }
      } else if (s.kind === 'while') {
        for (const inner of [...block(s.pre, false), ...block(s.body, false)]) merge(r, inner);
      }
      selfUpdate = nextSelfUpdate;
      parts.push({ s, index: i, r });
    }
    if (!top) makeAvailable(b, parts);
    // snapshots of arrays are popped back into them (scalars are assigned: no read)
    for (const p of parts) {
      const snaps = plan.snapshots.get(p.s);
      if (!snaps) continue;
      p.r.emits = true;
      for (const v of snaps) if (isArrayType(v.type)) p.r.reads.add(v);
      else p.r.assigned.add(v);
    }
    for (const p of parts) {
      if (!p.r.emits) continue;
      for (const v of p.r.reads) readers.set(v, (readers.get(v) ?? new Set()).add(p.s));
      for (const v of p.r.elements) elementReaders.set(v, (elementReaders.get(v) ?? new Set()).add(p.s));
    }
    return parts.map((p) => p.r);
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
      atomVars(a, r.reads);
      if (w) { atomVars(w.offset, r.reads); atomVars(w.length, r.reads); }
      // (the vjp is passed the array: it reads its elements)
      if (a.kind === 'var' && isArrayType(a.v.type)) r.elements.add(a.v);
      if (s.callee.params[i]?.array && isActive(a)) adjointRead(a.v, r.reads);
    });
  };

  /**
   * The temporaries of a nested block its statements' reverse reads, given their values just
   * before their last use (in reverse order): recomputed from their operands where those are
   * unchanged since (and the chain is not costly in a loop), else taped. Recomputing reads the
   * operands; taping reads nothing.
   */
  const makeAvailable = (b: Block, parts: { s: Stmt; index: number; r: StmtReads }[]) => {
    const local = new Map<Var, { def: Eq | Call | Stmt & { kind: 'alloc' }; index: number }>();
    b.forEach((s, index) => {
      if (s.kind === 'eq') local.set(s.out, { def: s, index });
      if (s.kind === 'call' && s.out) local.set(s.out, { def: s, index });
      if (s.kind === 'alloc') local.set(s.target, { def: s, index });
    });
    const available = new Set<Var>();
    const inLoop = facts.loopBlocks.has(b);
    const rebound = new Set(b.flatMap((s) => (s.kind === 'alloc' && s.target.mutable ? [s.target] : [])));
    for (const p of parts) {
      if (!p.r.emits) continue;
      const referenced = new Set([...p.r.reads, ...p.r.referenced]);
      for (const v of p.r.assigned) if (rebound.has(v)) referenced.add(v);
      const needed = [...referenced].filter((v) => local.has(v) && !available.has(v));
      if (needed.length === 0) continue;
      const recompute: Eq[] = [];
      const visit = (n: Var): boolean => {
        const { def, index } = local.get(n)!;
        if (def.kind !== 'eq') return false;
        const overwritten = new Set<Var>();
        const ofLength = def.prim === 'length';
        for (let j = index + 1; j <= p.index; j++) {
          for (const w of ofLength ? facts.lengthWritesOf(b[j]!) : facts.writesOf(b[j]!)) for (const a of aliases.get(w) ?? [w]) overwritten.add(a);
        }
        for (const a of def.args) {
          if (a.kind !== 'var') continue;
          if (overwritten.has(a.v)) return false;
          if (a.v.mutable && !isArrayType(a.v.type) && !plan.restoredVars.has(a.v)) return false;
          if (local.has(a.v) && !available.has(a.v) && !recompute.some((e) => e.out === a.v)) {
            if (!visit(a.v)) return false;
          }
        }
        if (def.prim === 'load') {
          const array = (def.args[0] as { v: Var }).v;
          if (overwritten.has(array) || plan.snapshotVars.has(array)) return false;
        }
        recompute.push(def);
        return true;
      };
      for (const n of needed.sort((x, y) => local.get(x)!.index - local.get(y)!.index)) {
        if (available.has(n)) continue;
        const copied = copiedAllocation(local, n, b, p.index, aliases, facts.writesOf);
        if (copied) {
          available.add(copied);
          p.r.reads.add(copied);
          available.add(n);
          continue;
        }
        const mark = recompute.length;
        if (visit(n) && !((inLoop || facts.tapesAnyway) && recompute.slice(mark).some((e) => isCostly(e.prim)))) {
          for (const e of recompute.slice(mark)) {
            for (const a of e.args) atomVars(a, p.r.reads);
            if (e.prim === 'load') atomVars(e.args[0], p.r.elements);
            available.add(e.out);
          }
        } else {
          recompute.length = mark;
          available.add(n);
        }
      }
    }
  };

  block(fn.body, true);
  return { readers, elementReaders };
}

/** Whether the self partial of a self-update `x = f(x, …)` is the constant 1 (its reverse leaves x_b as it is). */
function isOne(s: Eq, x: Var, partials: readonly TExpr[]): boolean {
  // (summed as the sweep sums the partials of an argument that appears more than once)
  const self = s.args.flatMap((a, i) => (a.kind === 'var' && a.v === x ? [partials[i]!] : [])).reduce((sum, p) => add(sum, p));
  return self.k === 'num' && self.value === 1;
}

/**
 * `n = copy w` in this block, where `w` is an array this block allocates and no statement
 * between the copy and the part at `upTo` writes `w`: `w` (as BackwardSweep.copiedAllocation).
 */
function copiedAllocation(local: Map<Var, { def: Stmt; index: number }>, n: Var, block: Block, upTo: number, aliases: Map<Var, ReadonlySet<Var>>,
  writesOf: (s: Stmt) => ReadonlySet<Var>): Var | undefined {
  const def = local.get(n);
  const eq = def?.def;
  if (!def || eq?.kind !== 'eq' || eq.prim !== 'copy' || eq.out.type !== 'f64[]' || eq.out.mutable) return undefined;
  const a = eq.args[0];
  if (a?.kind !== 'var' || a.v.type !== 'f64[]' || a.v.mutable || local.get(a.v)?.def.kind !== 'alloc') return undefined;
  for (let j = def.index + 1; j <= upTo; j++) for (const w of writesOf(block[j]!)) if (w === a.v || aliases.get(w)?.has(a.v)) return undefined;
  return a.v;
}


