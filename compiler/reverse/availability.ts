/**
 * Recompute or tape: how the reverse sweep gives each temporary of a nested block that its
 * statements' reverse reads its value, just before its last use in reverse order. Decided
 * here once, for BackwardSweep (which emits the steps as code) and for TBR's
 * reverse-reads.ts (which reads what the steps read).
 *
 * A temporary is recomputed from its operands when none of them was overwritten since its
 * definition and the chain is cheaper than a push and a pop; otherwise it is pushed in the
 * forward sweep right after that use and popped. Another name for an array this block
 * allocates is that array, popped under its own name (one reference on the tape, not two).
 */
import { type Alloc, type Block, type Call, type Eq, type Stmt, type Var, type While, isArrayType } from '../ir/types.js';
import { isCostly, isDear } from './choices.js';
import type { ExitDecision } from './exits.js';
import { type PathTest, pathTest } from './paths.js';

/** Primitives whose result or partial turns on the exact value of an argument: comparisons, min/max, roundings. */
const COMPARING = new Set<string>(['min', 'max', 'abs', 'sign', 'floor', 'ceil', 'round', 'trunc', 'fround', 'mod', 'copysign',
  'lt', 'le', 'gt', 'ge', 'eq', 'ne', 'truthy', 'isnan', 'isfinite', 'isinteger', 'issafeinteger']);

/** One step of making a part's temporaries available, in the order the sweep emits them. */
export type Step =
  /**
   * `eq` computed again (`const t = …`), its operands available; with `overReciprocal`, a
   * quotient `a / y` computed as `a * y_r` from the reciprocal `y_r = 1 / y` that its own
   * reverse computes later (declared here, reused there: reciprocals.ts).
   */
  | { readonly kind: 'recompute'; readonly eq: Eq; readonly overReciprocal?: true }
  /**
   * `v` pushed after the part's statement in the forward sweep, popped here; or, with `branch`,
   * for an `if` whose reverse reads v in that branch alone: pushed at the end of the branch,
   * popped at the start of its reverse (inBranch).
   */
  | { readonly kind: 'tape'; readonly v: Var; readonly def: Eq | Call | Alloc; readonly branch?: 'then' | 'else' }
  /** `eq` (`t = copy from`) is another name for `from`, available (`const t = from`). */
  | { readonly kind: 'copy'; readonly eq: Eq; readonly from: Var }
  /** `eq`, a decision of `loop`'s iteration known from how the loop ended (exits.ts): `k === at` (`taken`) or `k !== at`. */
  | { readonly kind: 'exit'; readonly eq: Eq; readonly loop: While; readonly flag: Var; readonly taken: boolean }
  /** `eq` (`t = not flag`), the flag's test computed from the paths that set it since its reset in this block (paths.ts). */
  | { readonly kind: 'path'; readonly eq: Eq; readonly test: PathTest };

/** What the choice reads of the function and its plan. */
export interface AvailabilityFacts {
  readonly aliases: ReadonlyMap<Var, ReadonlySet<Var>>;
  /** The blocks a loop repeats (choices.ts loopBlocks). */
  readonly loopBlocks: ReadonlySet<Block>;
  /** The blocks of a final loop the reverse may be fused into (choices.ts mayFuseBlocks): arithmetic there is weighed as outside loops. */
  readonly mayFuse: ReadonlySet<Block>;
  /** The function uses the tape anyway (choices.ts tapesAnyway). */
  readonly tapesAnyway: boolean;
  /** Mutable scalars the plan restores at their overwrites. */
  readonly restoredVars: ReadonlySet<Var>;
  /** Arrays the plan keeps by snapshot (never restored). */
  readonly snapshotVars: ReadonlySet<Var>;
  readonly writesOf: (s: Stmt) => ReadonlySet<Var>;
  /** What changes a length (analyze/writes.ts lengthWrites). */
  readonly lengthWritesOf: (s: Stmt) => ReadonlySet<Var>;
  /** Whether nothing that may run after `load` writes `array` (analyze/writes.ts unwrittenAfter). */
  readonly unwrittenAfter: (load: Eq, array: Var) => boolean;
  /** Whether every assignment to the scalar `v` runs outside loops and before `def` (its value there is its value for the rest of the call). */
  readonly settledBefore: (v: Var, def: Eq) => boolean;
  /** The decisions of loops known from how each loop ended (exits.ts). */
  readonly exits: ReadonlyMap<Var, ExitDecision>;
  /** Whether the reverse of the quotient `eq` computes the reciprocal of its divisor (its row's reciprocal form, choices.ts reverseForms). */
  readonly overReciprocal: (eq: Eq) => boolean;
}

/** A part of a block's reverse: its statement, the statement's index, and the temporaries (of any block) its code reads. */
export interface Needs {
  readonly stmt: Stmt;
  readonly index: number;
  readonly needs: ReadonlySet<Var>;
  /**
   * Of an `if` (its reverse code): what the reverse of each branch's statements reads, where
   * a temporary may be taped in the branch that reads it (inBranch); absent where it may not.
   */
  readonly branches?: { readonly then: ReadonlySet<Var>; readonly else: ReadonlySet<Var> };
}

export interface Availability {
  /** The steps of each part, in the order of `parts`. */
  readonly steps: readonly (readonly Step[])[];
  /** The loads whose values the sweep needs (recomputed or taped), and loads a failed chain reached. */
  readonly neededLoads: ReadonlySet<Eq>;
  /** For an array kept by snapshot, the statements whose reverse reloads elements of it that nothing writes after the load. */
  readonly stableReaders: ReadonlyMap<Var, ReadonlySet<Stmt>>;
}

/**
 * The steps that make the temporaries of `block` that `parts` (its reverse parts, last
 * statement first) need available, part by part: a temporary made available for one part
 * stays available for the parts after it.
 */
export function chooseAvailability(block: Block, parts: readonly Needs[], facts: AvailabilityFacts): Availability {
  const local = new Map<Var, { def: Eq | Call | Alloc; index: number }>();
  block.forEach((s, index) => {
    if (s.kind === 'eq') local.set(s.out, { def: s, index });
    if (s.kind === 'call' && s.out) local.set(s.out, { def: s, index });
    if (s.kind === 'alloc') local.set(s.target, { def: s, index });
  });
  const neededLoads = new Set<Eq>();
  const stableReaders = new Map<Var, Set<Stmt>>();
  const available = new Set<Var>();
  const inLoop = facts.loopBlocks.has(block);
  // (what a value costs to compute again is weighed against a push and a pop in a loop, but
  // against the tape's setup too in one that may not need it: choices.ts isCostly)
  const taping = inLoop && !facts.mayFuse.has(block);
  // A quotient `a / y` in a loop whose own reverse computes `y_r = 1 / y` anyway: computed again
  // as `a * y_r`, that reciprocal declared at the first use instead, it costs the sweep a
  // multiplication, not a division: cheaper than a push and a pop (compute-l2norm's
  // `r = val / t`, taped per element before), and one division fewer where it was computed
  // again anyway. Its operands are the chain's: available and unchanged since the quotient's
  // definition (visit), so the divisor its reverse reads, in this block after the reverse of
  // the statements between them, is the same value. `a * (1 / y)` may differ from `a / y` in
  // the last bit (the one-reciprocal partials already take `a * y_r * y_r` for `out / y`), and
  // where 1 / y overflows (|y| < 2^-1024) it is infinite as those partials are.
  // (Outside loops a quotient is computed again as written: once per call.)
  // Not a quotient whose value reaches a comparison in this block (Math.min's `t16 === t17`, a
  // test, a floor): there the last bit decides a branch or a partial, and the value computed again
  // must be the forward sweep's bit for bit (fuzz seed 15800013 #51: `m = Math.min(m, T[j] * (T[2 -
  // i] / d))`, the argmin's value computed again as `a * d_r` lost its tie with the taped minimum,
  // and the gradient through it).
  const compared = new Set<Var>();
  const reaches = (v: Var): void => {
    const d = local.get(v);
    if (compared.has(v) || !d || d.def.kind !== 'eq') return;
    compared.add(v);
    for (const a of d.def.args) if (a.kind === 'var') reaches(a.v);
  };
  for (const { def } of local.values()) if (def.kind === 'eq' && COMPARING.has(def.prim)) for (const a of def.args) if (a.kind === 'var') reaches(a.v);
  const viaReciprocal = (eq: Eq) => inLoop && eq.prim === 'div' && facts.overReciprocal(eq) && !compared.has(eq.out);
  const costly = (eq: Eq) => !viaReciprocal(eq) && isCostly(eq, taping);
  // (the temporaries of this block that some part's reverse code reads)
  const neededHere = new Set<Var>();
  for (const p of parts) for (const v of p.needs) if (local.has(v)) neededHere.add(v);
  const shared = taping ? sharedCostly(local, neededHere, costly) : new Set<Var>();
  const steps = parts.map((p): Step[] => {
    const out: Step[] = [];
    const needed = [...p.needs].filter((v) => local.has(v) && !available.has(v));
    if (needed.length === 0) return out;
    const recompute: Eq[] = [];
    // (with `cuts`: a costly temporary of this block the chain reads, which some part needs
    // anyway (taped, in a loop), is taped here instead of recomputed, and ends the chain)
    const visit = (n: Var, cuts?: Eq[]): boolean => {
      // Collects the chain of `n` within this block; false when it cannot be recomputed at p.
      const { def, index } = local.get(n)!;
      // a call's result is not recomputed (it may be costly, and it may write arrays); an
      // array is a new object each time
      if (def.kind !== 'eq') return false;
      // (a sort's permutation: a new array too, and a sort dearer than the tape)
      if (def.prim === 'argsort') return false;
      const overwritten = new Set<Var>();
      // an array's length changes only by a push or a new array: writing its elements
      // leaves `y.length` as it was
      const ofLength = def.prim === 'length';
      for (let j = index + 1; j <= p.index; j++) {
        for (const w of ofLength ? facts.lengthWritesOf(block[j]!) : facts.writesOf(block[j]!)) for (const a of facts.aliases.get(w) ?? [w]) overwritten.add(a);
      }
      for (const a of def.args) {
        if (a.kind !== 'var') continue;
        if (overwritten.has(a.v)) return false;
        // Reading a reassigned scalar the sweep does not restore anyway would make the forward
        // sweep save it at every overwrite (an accumulator: once per inner iteration); one
        // push of this value is cheaper.
        // (not one assigned only before the chain and outside loops: a parameter with a default,
        // `dt` of `dt * dt` in clothVerlet's step, taped once per element before)
        if (a.v.mutable && !isArrayType(a.v.type) && !facts.restoredVars.has(a.v) && !facts.settledBefore(a.v, def)) return false;
        if (local.has(a.v) && !available.has(a.v) && !recompute.some((e) => e.out === a.v)) {
          const at = local.get(a.v)!.def;
          if (cuts && at.kind === 'eq' && costly(at) && (neededHere.has(a.v) || shared.has(a.v))) {
            if (!cuts.includes(at)) cuts.push(at);
            continue;
          }
          if (!visit(a.v, cuts)) return false;
        }
      }
      if (def.prim === 'load') {
        const array = (def.args[0] as { v: Var }).v;
        neededLoads.add(def);
        // an array kept by snapshot is not restored: what a load read is taped instead, unless
        // nothing writes the array after the load (the reverse sweep finds it as the load did)
        if (overwritten.has(array) || (facts.snapshotVars.has(array) && !facts.unwrittenAfter(def, array))) return false;
        if (facts.snapshotVars.has(array)) stableReaders.set(array, (stableReaders.get(array) ?? new Set()).add(p.stmt));
      }
      recompute.push(def);
      return true;
    };
    const tapeValue = (v: Var) => {
      const { def } = local.get(v)!;
      if (def.kind === 'eq' && def.prim === 'load') neededLoads.add(def);
      out.push({ kind: 'tape', v, def });
      available.add(v);
    };
    const recomputeChain = (mark: number) => {
      for (const eq of recompute.slice(mark)) {
        out.push({ kind: 'recompute', eq, ...(viaReciprocal(eq) ? { overReciprocal: true as const } : {}) });
        available.add(eq.out);
      }
    };
    for (const n of needed.sort((a, b) => local.get(a)!.index - local.get(b)!.index)) {
      if (available.has(n)) continue;
      // Another name for an array allocated in this block and not rebound since (`t5 = copy
      // m`, a helper's result): the array is popped under its own name, for this part and
      // those before it, and this name is that array (one reference on the tape, not two).
      const copied = copiedAllocation(local, n, block, p.index, facts);
      if (copied) {
        if (!available.has(copied.from)) tapeValue(copied.from);
        out.push({ kind: 'copy', ...copied });
        available.add(n);
        continue;
      }
      const mark = recompute.length;
      // recomputed when that is cheaper than a push and a pop: in a loop, not through exp,
      // tanh, …; outside loops too in a function with loops or calls, which uses the tape
      // anyway (a branch runs once per call: one value on the tape for each costly temporary
      // at most; recursive gamma's base case recomputed a pow and an exp, 10% of its
      // gradient). A function without either keeps off the tape: its setup and write-back
      // cost a small one more than an exp (stable softplus: 22 ns a gradient, 35 taping).
      // A power with a varying exponent is taped everywhere: it costs 60 ns, the tape's
      // setup 3 (tween-functions' easeOutElastic, whose 2 ** (-10 t) sits in a branch, which V8
      // does not reuse from the forward sweep: f_vjp 184 → 123 ns)
      if (visit(n) && !(((inLoop || facts.tapesAnyway) && recompute.slice(mark).some(costly)) || recompute.slice(mark).some(isDear))) {
        recomputeChain(mark);
        continue;
      }
      recompute.length = mark;
      // A decision of a loop that leaves by a flag, known from the iteration's number (exits.ts):
      // no tape (but recomputed where that is cheap: `j === i`, without the loop's end recorded)
      const exit = facts.exits.get(n);
      const def = local.get(n)!.def;
      if (exit && def.kind === 'eq') {
        out.push({ kind: 'exit', eq: def, ...exit });
        available.add(n);
        continue;
      }
      // A jump flag's test (`continue`'s), from the conditions of the paths that set it in this
      // iteration where the reverse can compute them again cheaply (paths.ts): no tape
      const path = inLoop && def.kind === 'eq' ? pathTest(block, def, local.get(n)!.index, p.index, facts) : undefined;
      if (path && def.kind === 'eq' && path.temps.every((t) => available.has(t) || recompute.some((eq) => eq.out === t) || visit(t)) && !recompute.slice(mark).some((eq) => isCostly(eq, taping))) {
        recomputeChain(mark);
        for (const eq of path.inlined.values()) {
          if (eq.prim !== 'load') continue;
          neededLoads.add(eq);
          const array = (eq.args[0] as { v: Var }).v;
          if (facts.snapshotVars.has(array)) stableReaders.set(array, (stableReaders.get(array) ?? new Set()).add(p.stmt));
        }
        out.push({ kind: 'path', eq: def, test: path });
        available.add(n);
        continue;
      }
      recompute.length = mark;
      // In a loop, a chain through costly values that other parts need (taped anyway), or that
      // two or more of the values the parts need are computed from: those are taped here, and
      // n recomputed from them (`1 + e` from the `e = Math.exp(-x)` that the reverse of exp
      // reads; the `j = (i + 1) % n` that a polygon's next vertex's three loads and the three
      // stores of their adjoints index by): one push fewer, or one for several.
      const cuts: Eq[] = [];
      if (inLoop && visit(n, cuts) && cuts.length > 0 && !recompute.slice(mark).some(costly)) {
        for (const eq of cuts.sort((a, b) => local.get(a.out)!.index - local.get(b.out)!.index)) tapeValue(eq.out);
        recomputeChain(mark);
        continue;
      }
      recompute.length = mark;
      tapeValue(n);
    }
    return out;
  });
  return { steps: inBranch(parts, steps), neededLoads, stableReaders };
}

/**
 * The tape steps of an `if`'s part whose temporary only one branch's reverse reads: pushed at
 * the end of that branch in the forward sweep and popped at the start of its reverse, so that
 * a run through the other branch tapes nothing for it (a CRR tree's `cont`, read by the
 * American branch's Math.max and only added into by the European one: two values per node
 * taped, one so). Not a temporary anything else reads where it was popped before the `if`:
 * the `if`'s condition, a recomputation in this part or after it (which reads what is available
 * without needing it), a later part. Numbers only (an array's reference and its adjoint array
 * stay as they were).
 */
function inBranch(parts: readonly Needs[], steps: Step[][]): Step[][] {
  return steps.map((own, i) => {
    const p = parts[i]!;
    const branches = p.branches;
    if (!branches || p.stmt.kind !== 'if' || !own.some((step) => step.kind === 'tape')) return own;
    const cond = p.stmt.cond.kind === 'var' ? p.stmt.cond.v : undefined;
    const readLater = new Set<Var>();
    for (let j = i; j < parts.length; j++) {
      if (j > i) for (const v of parts[j]!.needs) readLater.add(v);
      for (const step of steps[j]!) {
        if (step.kind === 'recompute') for (const a of step.eq.args) { if (a.kind === 'var') readLater.add(a.v); }
        if (step.kind === 'copy') readLater.add(step.from);
      }
    }
    return own.map((step): Step => {
      if (step.kind !== 'tape' || step.v === cond || readLater.has(step.v) || step.v.mutable || isArrayType(step.v.type)) return step;
      const inThen = branches.then.has(step.v);
      const inElse = branches.else.has(step.v);
      return inThen === inElse ? step : { ...step, branch: inThen ? 'then' : 'else' };
    });
  });
}


/**
 * The costly temporaries of a block (costOf > the tape's, choices.ts) that two or more of the
 * temporaries the parts need are computed from, within the block: each taped once, they end
 * the chains of all of them, where each of those would otherwise be taped itself.
 */
function sharedCostly(local: ReadonlyMap<Var, { def: Eq | Call | Alloc; index: number }>, needed: ReadonlySet<Var>, costly: (eq: Eq) => boolean): Set<Var> {
  const reaching = new Map<Var, number>();
  for (const n of needed) {
    const seen = new Set<Var>();
    const walk = (v: Var): void => {
      const def = local.get(v)?.def;
      if (seen.has(v) || def?.kind !== 'eq') return;
      seen.add(v);
      for (const a of def.args) if (a.kind === 'var') walk(a.v);
    };
    walk(n);
    seen.delete(n);
    for (const v of seen) if (costly(local.get(v)!.def as Eq)) reaching.set(v, (reaching.get(v) ?? 0) + 1);
  }
  return new Set([...reaching].filter(([, count]) => count >= 2).map(([v]) => v));
}

/**
 * `n = copy w` in this block, where `w` is an array this block allocates (`w = alloc …`,
 * a `const`) and no statement between the copy and the part at `upTo` writes `w`.
 */
function copiedAllocation(local: ReadonlyMap<Var, { def: Eq | Call | Alloc; index: number }>, n: Var, block: Block, upTo: number,
  facts: AvailabilityFacts): { eq: Eq; from: Var } | undefined {
  const at = local.get(n);
  const eq = at?.def;
  if (!at || eq?.kind !== 'eq' || eq.prim !== 'copy' || eq.out.type !== 'f64[]' || eq.out.mutable) return undefined;
  const a = eq.args[0];
  if (a?.kind !== 'var' || a.v.type !== 'f64[]' || a.v.mutable || local.get(a.v)?.def.kind !== 'alloc') return undefined;
  for (let j = at.index + 1; j <= upTo; j++) for (const w of facts.writesOf(block[j]!)) if (w === a.v || facts.aliases.get(w)?.has(a.v)) return undefined;
  return { eq, from: a.v };
}
