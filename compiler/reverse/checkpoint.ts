/**
 * Binomial checkpointing of loops marked `@checkpoint` (Griewank & Walther's revolve): the loop
 * is a chain of iterations, each a function of the state the previous one left (the variables
 * and arrays its body writes). Instead of taping every iteration, the forward sweep runs the
 * loop untaped and saves the state in a few snapshots where the schedule (runtime/revolve.ts)
 * says; the reverse sweep, for each iteration from the last, restores the nearest snapshot,
 * runs forward untaped to that iteration, runs it taped and reverses it at once. The tape then
 * holds one iteration, and memory is the snapshots × the state.
 *
 * Built from what the two sweeps made of the loop as a plain counted loop: the forward sweep's
 * taped body and the reverse sweep's reversed body (both recorded by statement), and the body
 * without tape (a forward sweep with an empty plan). Only the loop's own code is replaced.
 */
import type { Atom, Block, For, Func, Stmt, Var } from '../ir/types.js';
import { isArrayType } from '../ir/types.js';
import { type LocalVar, type TExpr, type TStmt, add, atomExpr, bin, declare, index, mapStmts, member, mul, num, primal, ref, runtime, scheduleCall, stmtHas, typedElementLoads, unnamed, update, use } from '../ir/target.js';
import { reads, spans, statements } from '../ir/walk.js';
import { DiagnosticError } from '../diagnostics.js';

/** The revolve actions as runtime/revolve.ts numbers them. */
const ADVANCE = 1;
const TAKESHOT = 2;
const RESTORE = 3;
const FIRSTURN = 4;
const YOUTURN = 5;
const REVERSE = 7;

export interface CheckpointOptions {
  /** Bytes the snapshots of a loop without `snapshots=` may take (0: the runtime's default count). */
  readonly tapeBudget?: number;
}

/** The function a statement inlined from another is from, as the source names it. */
function helperName(s: For): string {
  return s.loc.helper ?? s.loc.fn ?? '';
}

/** The loops to checkpoint, refusing those nested in another loop (an inlined helper's, say). */
export function checkpointedLoops(fn: Func): For[] {
  const where = spans(fn.body);
  const out: For[] = [];
  for (const s of statements(fn.body)) {
    if (s.kind !== 'for' || !s.checkpoint) continue;
    if (where.get(s)!.loops.length > 0) {
      throw new DiagnosticError({
        // (a helper's loop inlined from another module is at its line in that module's file)
        code: 'TSG1009', file: s.loc.file ?? '', line: s.loc.line, column: s.loc.column, length: 3,
        // (named as the source names it: `step`, not the number `step.a` of the object it
        // returns that the inlined copy computes; such a helper is always inlined, as tsgrad
        // reads its numbers only so: @noinline would refuse its calls, TSG2002)
        message: s.loc.fn
          ? `the loop marked @checkpoint in '${helperName(s)}' runs inside a loop of '${fn.name}', which calls '${helperName(s)}' there (tsgrad inlines it): only a loop that runs once per call of the function being differentiated can be checkpointed`
          : `the loop marked @checkpoint runs inside another loop here: only a loop that runs once per call can be checkpointed`,
        hint: s.loc.helper
          ? `remove @checkpoint from the loop in '${s.loc.helper}' ('${s.loc.helper}' returns an object, so tsgrad always inlines it), or put @checkpoint on the loop of '${fn.name}' that calls it instead`
          : `keep '${s.loc.fn ?? fn.name}' from being inlined into a loop (tag it @noinline), or remove @checkpoint`,
      });
    }
    out.push(s);
  }
  return out;
}

/**
 * The forward and reverse code with each checkpointed loop's code replaced, and the declarations
 * of their schedules (first in the function: the two sweeps of a loop inside an `if` share it).
 */
export function checkpoint(fn: Func, loops: readonly For[], forward: readonly TStmt[], reverse: readonly TStmt[], sweeps: {
  taped: ReadonlyMap<Stmt, TStmt>; reversed: ReadonlyMap<Stmt, TStmt>; primal: ReadonlyMap<Stmt, TStmt>;
}, options: CheckpointOptions): { forward: TStmt[]; reverse: TStmt[]; decls: TStmt[] } {
  let fwd = [...forward];
  let rev = [...reverse];
  const decls: TStmt[] = [];
  for (const s of loops) {
    const taped = sweeps.taped.get(s);
    const reversed = sweeps.reversed.get(s);
    const primal = sweeps.primal.get(s);
    // (nothing to reverse: the loop is inactive, and its forward code pushes nothing)
    if (!taped || !reversed || !primal) continue;
    const ck = unnamed('checkpoints', 'schedule');
    decls.push(declare('const', ck, runtime('revolve')));
    // (an iteration that tapes an array whole tapes as much as the array's length, which the
    // body's size does not bound: blocks of one iteration)
    const block = bodyOf(taped).some((t) => stmtHas(t, (e) => e.k === 'tape' && e.op === 'pushArray')) ? 1 : blockSize(s);
    const loop = new Loop(s, ck, options, fn, block);
    const untaped = typedElementLoads(bodyOf(primal), 'all');
    // (the taped block, inside the schedule's loop in both sweeps: its loads typed as the untaped
    // copy's, or tsc infers a load's type from the store after it, TS7022)
    const tapedBody = typedElementLoads(bodyOf(taped), 'all');
    fwd = replace(fwd, taped, loop.forward(untaped, tapedBody));
    rev = replace(rev, reversed, loop.reverse(tapedBody, bodyOf(reversed), untaped));
  }
  return { forward: fwd, reverse: rev, decls };
}

const bodyOf = (t: TStmt): readonly TStmt[] => {
  if (t.k !== 'for') throw new Error('checkpointing expects a counted loop');
  return t.body;
};

/** `code` with the statement `target` (at any depth) replaced by `by`. */
function replace(code: readonly TStmt[], target: TStmt, by: readonly TStmt[]): TStmt[] {
  return [...mapStmts(code, (t) => (t === target ? by : t))];
}

/** What loop `s`'s body writes that outlives an iteration, scalars first: what its state is taken from. */
export function loopWrites(s: For): Var[] {
  const inside = new Set<Var>([s.index]);
  for (const t of statements(s.body)) {
    if (t.kind === 'eq') inside.add(t.out);
    if (t.kind === 'call' && t.out) inside.add(t.out);
    if (t.kind === 'for') inside.add(t.index);
  }
  const scalars: Var[] = [];
  const arrays: Var[] = [];
  const add = (v: Var) => {
    if (inside.has(v)) return;
    const list = isArrayType(v.type) ? arrays : scalars;
    if (!list.includes(v)) list.push(v);
  };
  for (const t of statements(s.body)) {
    if (t.kind === 'assign' && t.target.mutable) add(t.target);
    if (t.kind === 'store' || t.kind === 'fill') add(t.array);
    if (t.kind === 'call') for (const i of t.writes) { const a = t.args[i]; if (a?.kind === 'var') add(a.v); }
  }
  return [...scalars, ...arrays];
}

/**
 * The state of loop `s` in `fn` (scalars first): of what its body writes, what an iteration may
 * read before it writes it (its live-in: the next iteration, recomputed from a snapshot, needs
 * it), and what the code before the loop reads (its reverse runs after the loop's, which leaves
 * the state as the loop found it and the rest as the last recomputed iteration left it). What
 * code after the loop reads needs no snapshot: the forward sweep runs every iteration to the
 * loop's end before it, and that code's reverse runs before the loop's. The arrays the function
 * only writes (its outputs) are not state: it never reads them (they are kept in the row `final`).
 *
 * Left out, only where proven: a variable or array the body writes before any read on every
 * path (RK4's stage arrays `k1`…`k4`, `tmp`). The proof is by element: an array counts as written
 * once `fill` wrote it, once constant stores cover its constant length, or after a counted loop
 * from 0 by 1 over its whole length that stores at the loop's index, unconditionally, at the top
 * of its body; a load at an index written before (the same constant, or the same index or
 * constant temporary) is no read of the old contents. Only a local array allocated once and
 * never given another name, and a local scalar, can be left out; anything else is state.
 */
export function loopState(fn: Func, s: For): Var[] {
  const outputs = new Set(fn.pureOutputs);
  const written = loopWrites(s).filter((v) => !outputs.has(v));
  const candidates = droppable(fn, s, written);
  const live = liveIn(fn, s, candidates);
  return written.filter((v) => !candidates.has(v) || live.has(v));
}

/** The arrays the function only writes that loop `s` writes: the row `final` keeps them as the loop leaves them. */
export function loopOutputs(fn: Func, s: For): Var[] {
  return loopWrites(s).filter((v) => isArrayType(v.type) && fn.pureOutputs.includes(v));
}

/**
 * Of `written`, what may be left out of the state if the body writes it before reading it: local
 * scalars, and local arrays allocated once and never given another name (with their lengths, for
 * typed arrays), that no statement before the loop reads.
 */
function droppable(fn: Func, s: For, written: readonly Var[]): Map<Var, Atom | undefined> {
  const where = spans(fn.body);
  const at = where.get(s)!.start;
  const before = new Set<Var>();
  const binders = new Map<Var, Stmt[]>();
  const aliased = new Set<Var>();
  for (const t of statements(fn.body)) {
    if (where.get(t)!.start < at) {
      // (a store or fill writes the array, a length reads no element)
      const read: readonly Atom[] = t.kind === 'store' ? [t.index, t.value] : t.kind === 'fill' ? [t.value]
        : t.kind === 'eq' && t.prim === 'length' ? [] : reads(t).map((v): Atom => ({ kind: 'var', v }));
      for (const a of read) if (a.kind === 'var') before.add(a.v);
    }
    const bound = t.kind === 'alloc' || t.kind === 'assign' ? t.target : t.kind === 'eq' ? t.out : t.kind === 'call' ? t.out : undefined;
    if (bound) binders.set(bound, [...(binders.get(bound) ?? []), t]);
    if (t.kind === 'assign' && t.value.kind === 'var' && isArrayType(t.value.v.type)) aliased.add(t.value.v);
    if (t.kind === 'eq' && isArrayType(t.out.type)) for (const a of t.args) if (a.kind === 'var') aliased.add(a.v);
  }
  const out = new Map<Var, Atom | undefined>();
  for (const v of written) {
    if (v.kind === 'param' || before.has(v)) continue;
    if (!isArrayType(v.type)) {
      out.set(v, undefined);
      continue;
    }
    const b = binders.get(v) ?? [];
    const alloc = b[0];
    if (b.length !== 1 || alloc?.kind !== 'alloc' || aliased.has(v)) continue;
    // (a typed array keeps the length it was made with; a plain array grows by a store past its
    // end or a push, so only `fill` is known to write all of it)
    out.set(v, alloc.ctor === 'Array' ? undefined : alloc.length);
  }
  return out;
}

/** What an iteration of `s` writes before it reads, so far on every path: whole variables and arrays, and array elements by index. */
interface Written {
  readonly whole: Set<Var>;
  /** Per array, the indices stored at: a constant's value, or a variable that keeps its value (a temporary, a loop's index). */
  readonly elements: Map<Var, Set<number | string | boolean | Var>>;
}

const copy = (w: Written): Written => ({ whole: new Set(w.whole), elements: new Map([...w.elements].map(([a, e]) => [a, new Set(e)])) });

/** What both branches wrote. */
function both(a: Written, b: Written): Written {
  const whole = new Set([...a.whole].filter((v) => b.whole.has(v)));
  const elements = new Map<Var, Set<number | string | boolean | Var>>();
  for (const [v, e] of a.elements) {
    const f = b.elements.get(v);
    if (f) elements.set(v, new Set([...e].filter((k) => f.has(k))));
  }
  return { whole, elements };
}

/** Of `candidates` (with their lengths, for arrays), those an iteration of `s` may read before writing them. */
function liveIn(fn: Func, s: For, candidates: ReadonlyMap<Var, Atom | undefined>): Set<Var> {
  const live = new Set<Var>();
  const indices = new Set<Var>([s.index]);
  // (`length a`: which array a variable is the length of; arrays something pushes onto change length)
  const lengthOf = new Map<Var, Var>();
  const pushed = new Set<Var>();
  for (const t of statements(fn.body)) {
    if (t.kind === 'for') indices.add(t.index);
    if (t.kind === 'eq' && t.prim === 'length' && t.args[0]?.kind === 'var' && !t.out.mutable) lengthOf.set(t.out, t.args[0].v);
    if (t.kind === 'push') pushed.add(t.array);
  }
  const key = (a: Atom): number | string | boolean | Var | undefined =>
    a.kind === 'const' ? a.value : !a.v.mutable || indices.has(a.v) ? a.v : undefined;
  const scalar = (a: Atom, w: Written) => {
    if (a.kind === 'var' && candidates.has(a.v) && !isArrayType(a.v.type) && !w.whole.has(a.v)) live.add(a.v);
  };
  const whole = (a: Atom, w: Written) => {
    if (a.kind === 'var' && candidates.has(a.v) && !w.whole.has(a.v)) live.add(a.v);
  };
  const read = (a: Atom, w: Written) => (a.kind === 'var' && isArrayType(a.v.type) ? whole(a, w) : scalar(a, w));
  /** Whether a loop `for (i = 0; i < to; i++)` runs over every index of an array of length `length`. */
  const covers = (t: For, length: Atom | undefined): boolean => {
    if (!length || t.from.kind !== 'const' || t.from.value !== 0 || t.step !== 1) return false;
    if (t.to.kind === 'const') return length.kind === 'const' && typeof t.to.value === 'number' && (t.inclusive ? t.to.value + 1 : t.to.value) >= (length.value as number);
    if (t.inclusive || length.kind !== 'var') return false;
    if (t.to.v === length.v && !length.v.mutable) return true;
    const a = lengthOf.get(t.to.v);
    return a !== undefined && a === lengthOf.get(length.v) && !pushed.has(a);
  };
  const store = (array: Var, index: Atom, w: Written) => {
    if (!candidates.has(array) || w.whole.has(array)) return;
    const k = key(index);
    if (k === undefined) return;
    const e = w.elements.get(array) ?? new Set();
    e.add(k);
    w.elements.set(array, e);
    const length = candidates.get(array);
    if (length?.kind !== 'const' || typeof length.value !== 'number') return;
    for (let i = 0; i < length.value; i++) if (!e.has(i)) return;
    w.whole.add(array);
  };
  const block = (b: Block, w: Written): Written => {
    for (const t of b) w = stmt(t, w);
    return w;
  };
  const stmt = (t: Stmt, w: Written): Written => {
    switch (t.kind) {
      case 'eq':
        if (t.prim === 'load') {
          const [a, i] = t.args;
          scalar(i!, w);
          if (a!.kind === 'var' && candidates.has(a!.v) && !w.whole.has(a!.v)) {
            const k = key(i!);
            if (k === undefined || !w.elements.get(a!.v)?.has(k)) live.add(a!.v);
          }
        } else if (t.prim !== 'length') {
          for (const a of t.args) read(a, w);
        }
        return w;
      case 'assign':
        read(t.value, w);
        if (candidates.has(t.target) && !isArrayType(t.target.type)) w.whole.add(t.target);
        return w;
      case 'store':
        scalar(t.index, w);
        scalar(t.value, w);
        store(t.array, t.index, w);
        return w;
      case 'fill':
        scalar(t.value, w);
        if (candidates.has(t.array)) w.whole.add(t.array);
        return w;
      case 'push':
        read(t.value, w);
        whole({ kind: 'var', v: t.array }, w);
        return w;
      case 'alloc':
        for (const a of [t.length, ...(t.fill ? [t.fill] : []), ...(t.elements ?? [])]) read(a, w);
        return w;
      case 'call':
        // (an array the callee only writes is not read; nor is it known to be written whole)
        t.args.forEach((a, i) => { if (!(a.kind === 'var' && isArrayType(a.v.type) && t.pure.includes(i))) read(a, w); });
        for (const win of t.windows ?? []) if (win) { scalar(win.offset, w); scalar(win.length, w); }
        return w;
      case 'if': {
        scalar(t.cond, w);
        return both(block(t.then, copy(w)), block(t.else, copy(w)));
      }
      case 'for': {
        scalar(t.from, w);
        scalar(t.to, w);
        // (each run of the body: what it writes before it reads, after what came before the loop)
        block(t.body, copy(w));
        for (const u of t.body) {
          if (u.kind === 'store' && u.index.kind === 'var' && u.index.v === t.index && candidates.has(u.array) && covers(t, candidates.get(u.array))) w.whole.add(u.array);
        }
        return w;
      }
      case 'while': {
        const inner = block(t.pre, copy(w));
        scalar(t.cond, inner);
        block(t.body, inner);
        return w;
      }
      case 'throw':
        for (const m of t.message ?? []) if (typeof m !== 'string') read(m, w);
        return w;
      case 'log':
        for (const m of t.args.flat()) if (typeof m !== 'string') read(m, w);
        return w;
    }
  };
  block(s.body, { whole: new Set(), elements: new Map() });
  return live;
}

/**
 * The most statements of the loop's body a block of iterations runs (its iterations × the
 * body's), and the most iterations a block holds (see `blockSize`).
 */
const BLOCK_STATEMENTS = 4096;
const MAX_BLOCK = 256;

/**
 * How many consecutive iterations of loop `s` the schedule takes as one step (a block): a
 * snapshot per block, and each block run taped and reversed as a whole, so that the schedule's
 * work per step (an action handed out, a snapshot saved and restored: ~30 ns a step) is spread
 * over the iterations of a block when the body is a few flops. A block runs up to
 * BLOCK_STATEMENTS of the body's statements (at most MAX_BLOCK iterations): its tape, a value
 * or two per statement, is tens of KiB at most (RK4's block of 31 steps: 3.9 KiB). A body whose cost is unknown at compile time (a loop with bounds known only at
 * run time, a call that is not inlined, a `fill`) is not cheap, and its tape may be large:
 * blocks of one iteration (as for a body whose forward sweep tapes an array whole: `checkpoint`).
 */
export function blockSize(s: For): number {
  const cost = bodyCost(s.body);
  if (cost === undefined) return 1;
  return Math.max(1, Math.min(MAX_BLOCK, Math.floor(BLOCK_STATEMENTS / Math.max(1, cost))));
}

/** The most statements a run of `b` executes (an `if` its longer branch), or undefined when that is not known at compile time. */
function bodyCost(b: Block): number | undefined {
  let n = 0;
  for (const t of b) {
    switch (t.kind) {
      case 'if': {
        const [a, e] = [bodyCost(t.then), bodyCost(t.else)];
        if (a === undefined || e === undefined) return undefined;
        n += 1 + Math.max(a, e);
        break;
      }
      case 'for': {
        if (t.from.kind !== 'const' || t.to.kind !== 'const' || typeof t.from.value !== 'number' || typeof t.to.value !== 'number') return undefined;
        const body = bodyCost(t.body);
        if (body === undefined) return undefined;
        const d = (t.to.value - t.from.value) / t.step;
        const trips = Math.max(0, t.inclusive ? Math.floor(d) + 1 : Math.ceil(d));
        n += 1 + trips * body;
        break;
      }
      case 'while': case 'call': case 'fill': case 'push': case 'alloc':
        return undefined;
      default:
        n++;
    }
  }
  return n;
}

/** Where variables sit in a row of the storage: scalars first, one double each, then each array's elements. */
class Layout {
  readonly scalars: readonly Var[];
  readonly arrays: readonly Var[];

  constructor(vars: readonly Var[]) {
    this.scalars = vars.filter((v) => !isArrayType(v.type));
    this.arrays = vars.filter((v) => isArrayType(v.type));
  }

  get empty(): boolean {
    return this.scalars.length === 0 && this.arrays.length === 0;
  }

  /** Doubles in a row: one per scalar, and each array's elements. */
  size(): TExpr {
    const lengths = this.arrays.map((a) => member(use(a), 'length'));
    return [...(this.scalars.length > 0 || lengths.length === 0 ? [num(this.scalars.length)] : []), ...lengths].reduce((n, l) => add(n, l));
  }

  /** The offset of each array's elements from the row's start. */
  offsets(): TExpr[] {
    const out: TExpr[] = [];
    let at: TExpr = num(this.scalars.length);
    for (const a of this.arrays) {
      out.push(at);
      const length = member(use(a), 'length');
      at = at.k === 'num' && at.value === 0 ? length : add(at, length);
    }
    return out;
  }
}

/** `at + offset` (`at` for a zero offset). */
/** The bounds of a turn's block of iterations, `from` and `to` (Loop.bounds). */
interface Bounds { readonly lo: LocalVar; readonly hi: LocalVar }

const plus = (at: LocalVar, offset: TExpr): TExpr => (offset.k === 'num' && offset.value === 0 ? ref(at) : add(ref(at), offset));

class Loop {
  /** What a snapshot keeps (loopState). */
  private readonly state: Layout;
  /**
   * Arrays the function only writes (its outputs): the reverse sweep never reads them, and they
   * end as the loop left them, not as it found them (the row `final` keeps them).
   */
  private readonly outputs: Layout;

  /** `block`: iterations per step of the schedule (`blockSize`). */
  constructor(private readonly s: For, private readonly ck: LocalVar,
    private readonly options: CheckpointOptions, fn: Func, private readonly block: number) {
    this.state = new Layout(loopState(fn, s));
    this.outputs = new Layout(loopOutputs(fn, s));
  }

  private get schedule(): TExpr { return ref(this.ck); }

  /** Saves the variables of `layout` in the row of snapshot `slot`. */
  private save(slot: TExpr, layout: Layout): TStmt[] {
    if (layout.empty) return [];
    const row = unnamed('row', 'row');
    const at = unnamed('at', 'int');
    const offsets = layout.offsets();
    return [
      declare('const', row, scheduleCall('snapshot', this.schedule, slot)),
      declare('const', at, scheduleCall('offset', this.schedule, slot)),
      ...layout.scalars.map((v, i): TStmt => ({
        k: 'assign', target: index(ref(row), plus(at, num(i))), op: '=',
        value: v.type === 'bool' ? { k: 'cond', test: use(v), then: num(1), else: num(0) } : use(v),
      })),
      ...layout.arrays.map((a, i): TStmt => ({ k: 'expr', e: runtime('saveArray', use(a), ref(row), plus(at, offsets[i]!)) })),
    ];
  }

  /** Sets the variables of `layout` from the row of snapshot `slot`. */
  private restore(slot: TExpr, layout: Layout): TStmt[] {
    if (layout.empty) return [];
    const row = unnamed('row', 'row');
    const at = unnamed('at', 'int');
    const offsets = layout.offsets();
    return [
      declare('const', row, scheduleCall('snapshot', this.schedule, slot)),
      declare('const', at, scheduleCall('offset', this.schedule, slot)),
      ...layout.scalars.map((v, i): TStmt => ({
        k: 'assign', target: use(v), op: '=',
        value: v.type === 'bool' ? bin('!==', index(ref(row), plus(at, num(i))), num(0)) : index(ref(row), plus(at, num(i))),
      })),
      ...layout.arrays.map((a, i): TStmt => ({ k: 'expr', e: runtime('restore', use(a), ref(row), plus(at, offsets[i]!)) })),
    ];
  }

  /** The loop's index at iteration `j` (counted from 0). */
  private indexAt(j: TExpr): TStmt {
    const { from, step } = this.s;
    const offset = step === 1 ? j : mul(j, num(step));
    const init = from.kind === 'const' && from.value === 0 ? offset : add(atomExpr(from), offset);
    return declare('const', primal(this.s.index), init);
  }

  /** Runs iterations `ck.from` … `ck.to − 1` untaped. */
  private advance(primal: readonly TStmt[]): TStmt {
    const j = unnamed('j', 'int');
    return {
      k: 'for', init: declare('let', j, member(this.schedule, 'from')),
      test: bin('<', ref(j), member(this.schedule, 'to')), update: update(j, '+=', 1),
      body: [this.indexAt(ref(j)), ...primal],
    };
  }

  /**
   * The iterations of the turn taped: iteration `ck.step`, or with blocks of iterations,
   * `ck.from` … `ck.to − 1` (their bounds in `lo` and `hi`).
   */
  private taped(taped: readonly TStmt[], bounds: Bounds | undefined): TStmt[] {
    if (!bounds) return [{ k: 'block', body: [this.indexAt(member(this.schedule, 'step')), ...taped] }];
    const { lo, hi } = bounds;
    const j = unnamed('j', 'int');
    return [{
      k: 'for', init: declare('let', j, ref(lo)), test: bin('<', ref(j), ref(hi)),
      update: update(j, '+=', 1), body: [this.indexAt(ref(j)), ...taped], trips: bin('-', ref(hi), ref(lo)),
    }];
  }

  /** The iterations of the turn reversed, from the last (see `taped`). */
  private reversed(reversed: readonly TStmt[], bounds: Bounds | undefined): TStmt[] {
    // (the reversed body in a block of its own, marked: promote.ts sums an adjoint's additions
    // there in a local over the whole schedule, as over the plain loop; at the top level of the
    // loop over the block it would sum them per block, and the gradient would no longer be the
    // plain loop's bit for bit)
    if (!bounds) return [{ k: 'block', body: [this.indexAt(member(this.schedule, 'step')), ...reversed], iteration: true }];
    const { lo, hi } = bounds;
    const j = unnamed('j', 'int');
    return [{
      k: 'for', init: declare('let', j, bin('-', ref(hi), num(1))), test: bin('>=', ref(j), ref(lo)),
      update: update(j, '-=', 1), body: [this.indexAt(ref(j)), { k: 'block', body: reversed, iteration: true }],
    }];
  }

  /** The bounds of the turn's block, `const from = ck.from, to = ck.to` (none with blocks of one iteration). */
  private bounds(): { bounds?: Bounds; decls: TStmt[] } {
    if (this.block === 1) return { decls: [] };
    const [lo, hi] = [unnamed('from', 'int'), unnamed('to', 'int')];
    return {
      bounds: { lo, hi }, decls: [
        declare('const', lo, member(this.schedule, 'from')),
        declare('const', hi, member(this.schedule, 'to')),
      ],
    };
  }

  private action(): { act: LocalVar; decl: TStmt } {
    const act = unnamed('action', 'int');
    return { act, decl: declare('const', act, scheduleCall('next', this.schedule)) };
  }

  /**
   * The forward sweep's schedule: the loop untaped to its last iteration (or block), its state
   * saved in snapshots where the schedule says; that last one (FIRSTURN) taped, to the loop's end.
   */
  forward(primal: readonly TStmt[], taped: readonly TStmt[]): TStmt[] {
    const { s } = this;
    const snapshots = s.checkpoint?.snapshots ?? 0;
    const budget = snapshots > 0 ? 0 : this.options.tapeBudget ?? 0;
    const steps = runtime('tripCount', atomExpr(s.from), atomExpr(s.to), num(s.step), { k: 'bool', value: s.inclusive });
    const { act, decl } = this.action();
    const is = (a: number) => bin('===', ref(act), num(a));
    const { bounds, decls } = this.bounds();
    return [
      { k: 'comment', text: `checkpointed (revolve): ${s.loc.text} runs untaped, its state saved in snapshots, and its last ${this.block === 1 ? 'iteration' : 'block of iterations'} taped` },
      {
        k: 'expr', e: scheduleCall('start', this.schedule, steps, this.state.size(), num(snapshots), num(budget),
          ...(this.outputs.empty && this.block === 1 ? [] : [this.outputs.empty ? num(0) : this.outputs.size()]), ...(this.block === 1 ? [] : [num(this.block)])),
      },
      {
        k: 'loop', body: [
          decl,
          { k: 'if', test: is(ADVANCE), then: [this.advance(primal)], else: [
            { k: 'if', test: is(TAKESHOT), then: this.save(member(this.schedule, 'slot'), this.state), else: [
              { k: 'if', test: is(FIRSTURN), then: [...decls, ...this.taped(taped, bounds)], else: [] },
              { k: 'break' },
            ] },
          ] },
        ],
      },
      ...this.save(member(this.schedule, 'final'), this.outputs),
    ];
  }

  reverse(taped: readonly TStmt[], reversed: readonly TStmt[], primal: readonly TStmt[]): TStmt[] {
    const { act, decl } = this.action();
    const is = (a: number) => bin('===', ref(act), num(a));
    const steps = member(this.schedule, 'steps');
    const { bounds, decls } = this.bounds();
    return [
      { k: 'comment', text: `reverse of the checkpointed ${this.s.loc.text}: each ${this.block === 1 ? 'iteration' : 'block of iterations'} from the last, reached again from a snapshot, taped and reversed (the last, taped by the forward sweep, reversed)` },
      {
        k: 'loop', body: [
          decl,
          { k: 'if', test: bin('||', is(YOUTURN), is(REVERSE)), then: [
            ...decls,
            { k: 'if', test: is(YOUTURN), then: this.taped(taped, bounds), else: [] },
            ...this.reversed(reversed, bounds),
          ], else: [
            { k: 'if', test: is(RESTORE), then: this.restore(member(this.schedule, 'slot'), this.state), else: [
              { k: 'if', test: is(ADVANCE), then: [this.advance(primal)], else: [
                { k: 'if', test: is(TAKESHOT), then: this.save(member(this.schedule, 'slot'), this.state), else: [{ k: 'break' }] },
              ] },
            ] },
          ] },
        ],
      },
      // the state as the loop found it, for the reverse of what came before (the outputs as it left them)
      ...(this.state.empty && this.outputs.empty ? [] : [{ k: 'if', test: bin('>', steps, num(0)), then: [
        ...this.restore(num(0), this.state),
        ...this.restore(member(this.schedule, 'final'), this.outputs),
      ], else: [] } satisfies TStmt]),
      // (its storage serves the next call)
      { k: 'expr', e: scheduleCall('release', this.schedule) },
    ];
  }
}
