/**
 * The reverse form of each statement, decided once from the trace and its activity (no plan):
 * the facts BackwardSweep emits code for and TBR's reverse-reads.ts reads to know what that code
 * reads. A statement without a form here is reversed by its kind.
 *
 * - An increment `a[i] = a[i] + e` (rewrites.ts): its load passes nothing, its addition passes
 *   nothing to the load (`passThrough`), its store leaves a_b[i] as it is.
 * - A scaled square `k·a·a` (rewrites.ts): one `2·k·a` step, its factor `k·a` folded in.
 * - A self-update `x = f(x, …)` (`t = f(x, …); x = t`, t used once): the assignment hands
 *   nothing on, the equation adds into x_b directly (`target`) and scales it by its own partial.
 * - A quotient by an active divisor: partials over one reciprocal (the rules table's
 *   `reciprocal` form, rules/table.ts), out read where it is at hand (outAtHand).
 *
 * Also here, the function's facts both read: how many adjoint contributions each temporary
 * gets, which blocks a loop repeats, whether the function uses the tape anyway.
 */
import { type Atom, type Block, type Call, type Eq, type Func, type Stmt, type Var } from '../ir/types.js';
import { rules } from '../rules/table.js';
import { blocksOf, isLoop, statements, walk } from '../ir/walk.js';
import { type RewriteFacts, incrementsOf, scaledSquaresOf } from './rewrites.js';

export type ReverseForm =
  /** Nothing of its own: an increment's load, a scaled square's factor (added with its product). */
  | { readonly kind: 'folded' }
  /** `u = v * a` with `v = k * a`: a's adjoint gets `u_b * (v + v)`. */
  | { readonly kind: 'scaledSquare'; readonly scaled: Eq; readonly x: Var }
  /**
   * An equation by its rule. `target`: the variable of a self-update, whose adjoint is the
   * output's; `passThrough`: an increment's load output, which gets nothing; `reciprocal`: its
   * partials over one reciprocal (the row's `reciprocal` form).
   */
  | { readonly kind: 'eq'; readonly target?: Var; readonly passThrough?: Var; readonly reciprocal: boolean; readonly inverts?: Stmt }
  /**
   * `x = t` of a self-update: finished at t's equation. `inverse`: t is `1 / x`, whose partial
   * −x² the assignment's reverse can take from x's new value where it does not restore x
   * (inverts, below: the equation's form names this assignment).
   */
  | { readonly kind: 'selfUpdate'; readonly temp: Var; readonly inverse?: true }
  /** `a[i] = u` of an increment: the element's adjoint is not cleared. */
  | { readonly kind: 'increment' };

/** The reverse forms of a block's statements (its nested blocks' not included). */
export function reverseForms(block: Block, facts: RewriteFacts): Map<Stmt, ReverseForm> {
  const { active, useCount } = facts;
  const isActive = (a: Atom | undefined): a is { kind: 'var'; v: Var } => a?.kind === 'var' && active.has(a.v);
  const increments = incrementsOf(block, facts);
  const squares = scaledSquaresOf(block, facts);
  const skipped = new Set<Eq>([...increments.values()].map((x) => x.load));
  const addOf = new Map([...increments.values()].map((x) => [x.add, x.load.out] as const));
  const out = new Map<Stmt, ReverseForm>();
  const folded = new Set<Eq>();
  let selfUpdate: { temp: Var; target: Var; assign: Stmt } | undefined;
  for (let i = block.length - 1; i >= 0; i--) {
    const s = block[i]!;
    let next: typeof selfUpdate;
    if (s.kind === 'eq') {
      const square = squares.get(s);
      if (skipped.has(s) || folded.has(s)) out.set(s, { kind: 'folded' });
      else if (square && selfUpdate?.temp !== s.out && !addOf.has(s)) {
        out.set(s, { kind: 'scaledSquare', ...square });
        folded.add(square.scaled);
      } else {
        const target = selfUpdate?.temp === s.out ? selfUpdate.target : undefined;
        const passThrough = addOf.get(s);
        const r = rules[s.prim];
        const divisor = r.kind === 'smooth' && r.reciprocal ? s.args[r.reciprocal.of] : undefined;
        const reciprocal = active.has(s.out) && s.out.type !== 'f64[]' && isActive(divisor) && divisor.v !== passThrough;
        const inverts = target && reciprocal && isInverse(s, target) ? selfUpdate!.assign : undefined;
        out.set(s, { kind: 'eq', reciprocal, ...(target ? { target } : {}), ...(passThrough ? { passThrough } : {}), ...(inverts ? { inverts } : {}) });
      }
    } else if (s.kind === 'assign') {
      const x = s.target;
      const prev = block[i - 1];
      const value = s.value;
      if (active.has(x) && x.type !== 'f64[]' && isActive(value) && prev?.kind === 'eq' && prev.out === value.v && useCount(value.v) === 1 &&
          prev.args.some((a) => a.kind === 'var' && a.v === x)) {
        next = { temp: value.v, target: x, assign: s };
        out.set(s, { kind: 'selfUpdate', temp: value.v, ...(isInverse(prev, x) ? { inverse: true as const } : {}) });
      }
    } else if (s.kind === 'store' && increments.has(s)) out.set(s, { kind: 'increment' });
    selfUpdate = next;
  }
  return out;
}

/** Whether `e` is `1 / x`. */
const isInverse = (e: Eq, x: Var) => e.prim === 'div' && e.args[0]?.kind === 'const' && e.args[0].value === 1 && e.args[1]?.kind === 'var' && e.args[1].v === x;

/**
 * Where `x = 1 / x` takes its partial from x's new value (`x_b = -(x_b * (x * x))` at the
 * assignment's reverse, which then restores nothing): where the plan does not save the
 * assignment, nor keeps x by snapshot. 1 / x_old is x_new exactly (one rounded division both
 * ways), so the gradient is the same bit for bit; x_old, read by nothing else, is not taped.
 * TBR (analyze/tbr.ts) counts the assignment as reading x's value after it: the next write of x
 * is then saved, so x holds that value again when the sweep reaches the assignment.
 */
export function invertsFromNewValue(assign: Stmt, x: Var, plan: { readonly saved: ReadonlySet<Stmt>; readonly snapshotVars: ReadonlySet<Var> }): boolean {
  return !plan.saved.has(assign) && !plan.snapshotVars.has(x);
}

/**
 * Whether a quotient's reciprocal partials read its output rather than recompute −a·r: where
 * it is at hand (a top-level constant), or where the numerator is a mutable variable the
 * sweep does not restore anyway (reading it would make the forward sweep save it at its
 * overwrites: out, at worst taped, is).
 */
export function outAtHand(s: Eq, topLevel: ReadonlySet<Var>, restored: ReadonlySet<Var>): boolean {
  const a = s.args[0]!;
  return (topLevel.has(s.out) && !s.out.mutable) || (a.kind === 'var' && a.v.mutable && !restored.has(a.v));
}

/** Whether a call's reverse has anything to do: an output of it is active. */
export function callActive(s: Call, active: ReadonlySet<Var>): boolean {
  return (s.out !== undefined && active.has(s.out)) || s.writes.some((i) => { const a = s.args[i]; return a?.kind === 'var' && active.has(a.v); });
}

/** How many adjoint contributions a temporary receives, and whether one comes from a block nested deeper than its definition. */
export interface Uses { readonly count: number; readonly nested: boolean }

/**
 * The temporaries of `fn` (defined by an equation or a call's result) with the adjoint
 * contributions each gets: one per active use by a statement whose reverse passes its
 * adjoint on, and one for the returned value's seed.
 */
export function adjointUses(fn: Func, active: ReadonlySet<Var>): Map<Var, Uses> {
  const depthOf = new Map<Var, number>();
  walk(fn.body, {
    enter: (s, at) => {
      if (s.kind === 'eq') depthOf.set(s.out, at.around.length);
      if (s.kind === 'call' && s.out) depthOf.set(s.out, at.around.length);
    },
  });
  const uses = new Map<Var, { count: number; nested: boolean }>();
  const isActive = (a: Atom) => a.kind === 'var' && active.has(a.v);
  walk(fn.body, {
    enter: (s, at) => {
      const depth = at.around.length;
      const use = (a: Atom, contributes: boolean) => {
        if (!contributes || a.kind !== 'var' || !depthOf.has(a.v)) return;
        const u = uses.get(a.v) ?? { count: 0, nested: false };
        u.count++;
        if (depth > depthOf.get(a.v)!) u.nested = true;
        uses.set(a.v, u);
      };
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
    },
  });
  // the returned value gets the seed: one more contribution to its adjoint
  const r = fn.result;
  if (r?.kind === 'var' && depthOf.has(r.v) && active.has(r.v)) {
    const u = uses.get(r.v) ?? { count: 0, nested: false };
    uses.set(r.v, { ...u, count: u.count + 1 });
  }
  return uses;
}

/** The blocks that run once per iteration of some loop. */
export function loopBlocks(fn: Func): Set<Block> {
  const out = new Set<Block>();
  // (the blocks of a loop, and every block nested in one, empty ones too)
  walk(fn.body, { enter: (s, at) => { if (isLoop(s) || at.loops.length > 0) for (const b of blocksOf(s)) out.add(b); } });
  return out;
}

/**
 * The blocks of a final counted loop into whose iterations the reverse sweep may be fused
 * (fusion.ts: the function ends with it, and returns a variable): there the forward body's
 * values are at hand to the iteration's reverse, and one the reverse computes again is one
 * in a branch, for which a tape would bring its setup into a loop that had none (trial36's
 * inhibitionNll, a quotient in each arm: 2.5x → 3.6x its primal when taped).
 */
export function mayFuseBlocks(fn: Func): Set<Block> {
  const last = fn.body[fn.body.length - 1];
  const out = new Set<Block>();
  if (last?.kind !== 'for' || last.checkpoint || fn.result?.kind !== 'var' || !fn.result.v.mutable) return out;
  walk([last], { enter: (s) => { for (const b of blocksOf(s)) out.add(b); } });
  return out;
}

/** The temporaries of the function's top-level block: `const`s in the reverse sweep's scope. */
export function topLevelTemps(fn: Func): Set<Var> {
  return new Set(fn.body.flatMap((s) => (s.kind === 'eq' ? [s.out] : [])));
}

/**
 * The function has a loop or a call: its gradient uses the tape anyway, so that costly
 * values are taped outside loops too (availability.ts).
 */
export function tapesAnyway(fn: Func): boolean {
  return [...statements(fn.body)].some((s) => s.kind === 'for' || s.kind === 'while' || s.kind === 'call');
}

/**
 * What an elementary operation costs, in additions (a latency-bound chain of them in V8 on
 * x86-64): what the recompute-or-tape choice (availability.ts) weighs. An addition, a
 * multiplication, a comparison or a load is 1 (a square, `d ** 2`, is a multiplication);
 * a division ~5 (13–20 cycles of latency against 4), a remainder 3; a square root ~6 (15–20);
 * exp, log, the trigonometric functions (the rules table's `costly` rows) ~40, and a power
 * with a varying exponent (`a ** b`, a call of ~60 ns) ~100.
 */
export function costOf(eq: Pick<Eq, 'prim' | 'args'>): number {
  const rule = rules[eq.prim];
  if (eq.prim === 'pow') return eq.args[1]?.kind === 'const' ? (eq.args[1].value === 2 ? 1 : COSTLY) : DEAR;
  // (by a constant power of two V8 multiplies: `i * (i + 1) / 2`, gmm's triangular index)
  if (eq.prim === 'div') return eq.args[1]?.kind === 'const' && typeof eq.args[1].value === 'number' && powerOfTwo(eq.args[1].value) ? 1 : 5;
  // (on integers, which V8 speculates: an idiv, dearer than a multiplication, but its result
  // an index the tape would hold as a double, converted back and checked at each pop)
  if (eq.prim === 'mod') return 3;
  if (eq.prim === 'sqrt') return 6;
  return rule.kind === 'smooth' && rule.costly === true ? COSTLY : 1;
}
const COSTLY = 40;
const powerOfTwo = (c: number) => c !== 0 && Number.isFinite(c) && Math.abs(c) === 2 ** Math.round(Math.log2(Math.abs(c)));
const DEAR = 100;

/**
 * A push in the forward sweep and a pop in the reverse, in the units of costOf: 1.11 µs per
 * 1,000 against 0.53 for a square (measured), about 2 multiplications, and a little memory
 * traffic besides: 3. Outside loops, where a value is computed again once per call, a use of
 * the tape there may also bring its setup and its syncs around the calls (`tape.top = top`
 * and back, recursive series's one division taped: 10 more lines of code): 10.
 */
export const TAPE_COST = 3;
export const ONCE_TAPE_COST = 10;

/**
 * Values that the reverse sweep tapes rather than computes again: those dearer than a push in
 * the forward sweep and a pop in the reverse (costOf > TAPE_COST in a loop, ONCE_TAPE_COST
 * outside): in a loop a square root or a division (trial36's biotSavartLocal computed two
 * roots and a quotient again per element, 4.4x its primal) and, anywhere, an exponential, a
 * logarithm, a trigonometric function (the LSTM gradient went from 2.7x to 1.8x its primal).
 * Chains of additions, multiplications and loads (index computations above all) are still
 * computed again: each costs less than the tape.
 */
export function isCostly(eq: Pick<Eq, 'prim' | 'args'>, inLoop = true): boolean {
  return costOf(eq) > (inLoop ? TAPE_COST : ONCE_TAPE_COST);
}

/** A power with a varying exponent (`a ** b`, `Math.pow(a, b)`): dearer to compute again than any use of the tape, anywhere. */
export function isDear(eq: Pick<Eq, 'prim' | 'args'>): boolean {
  return costOf(eq) >= DEAR;
}
