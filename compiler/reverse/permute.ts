/**
 * Array variables that a loop only permutes (issue 13): `[u, v] = [v, u]` or
 * `const t = prev; prev = x; x = next; next = t` at the end of each time step. Each of those
 * rebindings is an overwrite the reverse sweep reads (it needs each step's buffers), so the
 * forward sweep would push the old reference of each variable, and of its adjoint array, at
 * every step, and the reverse sweep pop them all (heatExplicit: four `pushRef` and four
 * `popRef` per step, 4.6x its primal). A permutation loses no binding: its reverse is the
 * inverse permutation, applied to the bindings the reverse sweep has there, which are the
 * ones the forward sweep left after it (the reverse of everything after the run has given
 * them back). That holds when every other rebinding of those variables also gives its
 * binding back; here, when each of them has one other assignment, its declaration in the
 * function's top-level block (a new array), so that between the run and its reverse only
 * such runs rebind them.
 *
 * A run: consecutive statements of one block (not the top level, whose overwrites keep the
 * old value in a const anyway), each `t = copy x` of an array variable or `x = y` of one, the
 * temporaries read by the run only, whose assignments send the set of variables they assign
 * onto itself. Its assignments must all be overwrites the plan saves (plan.overwrites), and
 * the variables either all have adjoint arrays of their own or none.
 *
 * A rotation (issue 13): `prev = cur; cur = nxt` where `nxt` is a `const` array the same block
 * allocates each iteration, read before the run only. The assigned variables hold after the
 * run what they and `nxt` held before it, but for one (`prev`), whose binding the run loses:
 * that one alone is saved (its old reference pushed at its assignment, as any overwrite), and
 * the reverse sweep takes `nxt` back from the variable holding it (`const nxt = cur`) instead
 * of popping it, then applies the inverse moves and pops the lost one; `h = next` alone is one
 * (`h` lost). waveEnergy and smoothPasses pushed and popped six and four references a step,
 * two so.
 *
 * Numbers likewise (issue 13): a shift register `x2 = x1; x1 = x[i]` is a rotation whose fresh
 * value is a `const` number the block computes, `r = Math.exp(-r * r)` a one-move one. Only the
 * lost binding (x2's) is taped; the reverse gives x1 back from x2, and the new value back from
 * the variable holding it where it reads it. Their other binding is their declaration at the top
 * level (`let x1 = 0`); a run of numbers ends at the longest prefix that rotates or permutes (two
 * registers side by side are two runs); integer counters (counters.ts) are left to their own
 * inversion. biquadL1 pushed five numbers a step, four so.
 */
import { type Block, type Func, type Stmt, type Var, isArrayType } from '../ir/types.js';
import { blocksOf, reads, spans, statements } from '../ir/walk.js';
import type { TapePlan, TapeRecord } from './plan.js';

/** A run of rebindings that permutes array variables. */
export interface Permutation {
  /** Its last statement: the reverse sweep applies the inverse there (it reverses that one first). */
  readonly last: Stmt;
  /** After the run each `target` holds what `source` held before it (a bijection of the assigned variables). */
  readonly moves: readonly { readonly target: Var; readonly source: Var }[];
  /** A rotation's array allocated in the loop's block (the source of one move), and the variable whose binding the run loses. */
  readonly fresh?: Var;
  readonly lost?: Var;
  /** Whether the reverse sweep reads `fresh` (it has a tape step, which the rotation replaces). */
  readonly freshNeeded?: boolean;
}

/** The assignments of the function's permuting runs, each with its run; none where a loop is checkpointed. */
export function permutations(fn: Func, plan: TapePlan, record: TapeRecord): Map<Stmt, Permutation> {
  const out = new Map<Stmt, Permutation>();
  const all = [...statements(fn.body)];
  if (all.some((s) => s.kind === 'for' && s.checkpoint)) return out;
  // every statement that binds each variable, and every statement that reads it
  const binders = new Map<Var, Stmt[]>();
  const readers = new Map<Var, Stmt[]>();
  const bind = (v: Var | undefined, s: Stmt) => { if (v) binders.set(v, [...binders.get(v) ?? [], s]); };
  for (const s of all) {
    if (s.kind === 'eq') bind(s.out, s);
    else if (s.kind === 'assign' || s.kind === 'alloc') bind(s.target, s);
    else if (s.kind === 'call') bind(s.out, s);
    for (const v of reads(s)) readers.set(v, [...readers.get(v) ?? [], s]);
  }
  const topLevel = new Set<Stmt>(fn.body);
  const runs: Run[] = [];
  const where = spans(fn.body);
  const visit = (block: Block, top: boolean): void => {
    let i = 0;
    while (i < block.length) {
      const run = top ? undefined : runAt(block, i, (f) => freshHere(f, block, i));
      if (run) { runs.push(run); i += run.stmts.length; continue; }
      for (const inner of blocksOf(block[i]!)) visit(inner, false);
      i++;
    }
  };
  visit(fn.body, true);
  // each run by its own facts: temporaries read by it alone, assignments the plan saves (not in consts), shadows all or none
  const poppedAfter = new Set<Run>();
  let kept = runs.filter((run) => {
    const inRun = new Set(run.stmts);
    const temps = run.stmts.flatMap((s) => (s.kind === 'eq' ? [s.out] : []));
    if (temps.some((t) => (readers.get(t) ?? []).some((r) => !inRun.has(r)) || (binders.get(t) ?? []).length !== 1)) return false;
    if (!run.stmts.every((s) => s.kind !== 'assign' || (plan.overwrites.has(s) && !record.saved.has(s)))) return false;
    // (an integer counter's steps are inverted, not popped: counters.ts)
    const counters = plan.counters;
    if (counters && run.moves.some((m) => counters.flags.has(m.target) || counters.proven.has(m.target))) return false;
    const shadowed = run.moves.filter((m) => record.shadows.has(m.target)).length;
    if (run.fresh) {
      // (taped in a branch of an if, availability.ts inBranch: not popped where the run's reverse could read it)
      if ([...record.available.values()].some((steps) => steps.some((step) => step.kind === 'tape' && step.branch && step.v === run.fresh))) return false;
      const first = where.get(run.stmts[0]!)!.start;
      const after = (at: Stmt) => !inRun.has(at) && (where.get(at)?.start ?? first) >= first;
      const tapedAfter = [...record.available].some(([at, steps]) => after(at) && steps.some((step) => step.kind === 'tape' && step.v === run.fresh));
      if (!isArrayType(run.fresh.type)) {
        // (a number may be read after the run: where the reverse of a reader after it pops it,
        // under its own name, that value serves the reverse of what reads it before the run too)
        if (tapedAfter) poppedAfter.add(run);
        return true;
      }
      // (the fresh array: read before the run only, its adjoint array carried as the others')
      if ((readers.get(run.fresh) ?? []).some((r) => after(r))) return false;
      // (nor does the reverse of a statement after the run take it from the tape, under another name)
      if (tapedAfter) return false;
      if (record.shadows.has(run.fresh) !== (shadowed > 0)) return false;
    }
    return shadowed === 0 || shadowed === run.moves.length;
  });
  // then together: each variable a kept run moves is bound otherwise only by its declaration, a
  // new array at the top level (a run that moves one that is not is dropped, until none is)
  for (let changed = true; changed;) {
    const inKept = new Set(kept.flatMap((run) => run.stmts));
    const clean = (v: Var) => {
      const others = (binders.get(v) ?? []).filter((s) => !inKept.has(s));
      const decl = others[0];
      return v.kind !== 'param' && others.length === 1 && topLevel.has(decl!)
        && (isArrayType(v.type) ? decl!.kind === 'alloc' : decl!.kind === 'assign' && decl.decl);
    };
    const next = kept.filter((run) => run.moves.every((m) => clean(m.target)));
    changed = next.length !== kept.length;
    kept = next;
  }
  // (a fresh array the reverse sweep reads has a tape step: the rotation gives it instead)
  const taped = new Set<Var>();
  for (const steps of record.available.values()) for (const step of steps) if (step.kind === 'tape') taped.add(step.v);
  for (const run of kept) {
    const p: Permutation = { last: run.stmts[run.stmts.length - 1]!, moves: run.moves,
      ...(run.fresh ? { fresh: run.fresh, lost: run.lost!, freshNeeded: taped.has(run.fresh) && !poppedAfter.has(run) } : {}) };
    for (const s of run.stmts) if (s.kind === 'assign') out.set(s, p);
  }
  return out;
}

interface Run {
  stmts: Stmt[];
  moves: { target: Var; source: Var }[];
  fresh?: Var;
  lost?: Var;
}

/** Whether `f` is a `const` array allocated in `block` before `at`, or a `const` number computed there (a shift register's new value). */
function freshHere(f: Var, block: Block, at: number): boolean {
  if (f.mutable || f.kind === 'param') return false;
  if (!isArrayType(f.type)) return f.type === 'f64' && block.slice(0, at).some((s) => s.kind === 'eq' && s.out === f);
  return block.slice(0, at).some((s) => s.kind === 'alloc' && s.target === f);
}

/**
 * The run of array rebindings starting at `block[at]` that permutes what it assigns, or
 * rotates it (one source a fresh array, `isFresh`, one assigned variable's binding lost), if any.
 */
function runAt(block: Block, at: number, isFresh: (f: Var) => boolean): Run | undefined {
  // (arrays, or numbers: `x2 = x1; x1 = x[i]`, a shift register, is a rotation of numbers)
  const first = block[at]!;
  const arrays = first.kind === 'assign' ? isArrayType(first.target.type) : first.kind === 'eq' && isArrayType(first.out.type);
  const kind = (v: Var) => (arrays ? isArrayType(v.type) : v.type === 'f64');
  let end = at;
  for (; end < block.length; end++) {
    const s = block[end]!;
    const copy = s.kind === 'eq' && s.prim === 'copy' && kind(s.out) && !s.out.mutable && s.args[0]?.kind === 'var' && kind(s.args[0].v);
    const move = s.kind === 'assign' && !s.decl && s.target.mutable && kind(s.target) && s.value.kind === 'var' && kind(s.value.v);
    if (!copy && !move) break;
  }
  // (the run ends at its last assignment: copies after it belong to the next; numbers' runs
  // may end sooner, `x2 = x1; x1 = x[i]; y2 = y1; y1 = y` being two shift registers)
  for (let last = end - 1; last >= at; last--) {
    if (block[last]!.kind !== 'assign') continue;
    const run = runOf(block.slice(at, last + 1), isFresh);
    if (run || arrays) return run;
  }
  return undefined;
}

/** The run of rebindings `stmts` (copies and assignments, the last an assignment), if it permutes or rotates what it assigns. */
function runOf(stmts: Stmt[], isFresh: (f: Var) => boolean): Run | undefined {
  // what each variable holds, as the variable that held it before the run
  const holds = new Map<Var, Var>();
  const holding = (v: Var) => holds.get(v) ?? v;
  const assigned: Var[] = [];
  for (const s of stmts) {
    if (s.kind === 'eq' && s.args[0]?.kind === 'var') holds.set(s.out, holding(s.args[0].v));
    else if (s.kind === 'assign' && s.value.kind === 'var') {
      holds.set(s.target, holding(s.value.v));
      if (!assigned.includes(s.target)) assigned.push(s.target);
    }
  }
  if (assigned.length === 0) return undefined;
  const sources = assigned.map(holding);
  const moves = assigned.map((target, i) => ({ target, source: sources[i]! }));
  if (new Set(sources).size !== assigned.length || sources.some((v, i) => v === assigned[i])) return undefined;
  // a bijection of the assigned variables that moves them all (no `x = x`, no binding lost)
  const outside = sources.filter((v) => !assigned.includes(v));
  if (outside.length === 0) return assigned.length >= 2 ? { stmts, moves } : undefined;
  // or a rotation: one source a fresh array, one binding lost, each variable assigned once
  const lost = assigned.filter((v) => !sources.includes(v));
  if (outside.length !== 1 || lost.length !== 1 || !isFresh(outside[0]!)) return undefined;
  if (stmts.filter((s) => s.kind === 'assign').length !== assigned.length) return undefined;
  return { stmts, moves, fresh: outside[0]!, lost: lost[0]! };
}
