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
import type { For, Func, Stmt, Var } from '../ir/types.js';
import { isArrayType } from '../ir/types.js';
import { type TExpr, type TStmt, add, bin, call, index, mapNested, member, mul, name, num, runtime, typedElementLoads } from '../ir/target.js';
import type { Names } from '../ir/names.js';
import { spans, statements } from '../ir/walk.js';
import { DiagnosticError } from '../diagnostics.js';
import { atomExpr } from './backward.js';

/** The revolve actions as runtime/revolve.ts numbers them. */
const ADVANCE = 1;
const TAKESHOT = 2;
const RESTORE = 3;
const YOUTURN = 5;

export interface CheckpointOptions {
  /** Bytes the snapshots of a loop without `snapshots=` may take (0: the runtime's default count). */
  readonly tapeBudget?: number;
}

/** The loops to checkpoint, refusing those nested in another loop (an inlined helper's, say). */
export function checkpointedLoops(fn: Func): For[] {
  const where = spans(fn.body);
  const out: For[] = [];
  for (const s of statements(fn.body)) {
    if (s.kind !== 'for' || !s.checkpoint) continue;
    if (where.get(s)!.loops.length > 0) {
      throw new DiagnosticError({
        code: 'TSG1009', file: '', line: s.loc.line, column: s.loc.column, length: 3,
        message: `the loop marked @checkpoint${s.loc.fn ? ` in '${s.loc.fn}'` : ''} runs inside another loop here: only a loop that runs once per call can be checkpointed`,
        hint: `keep '${s.loc.fn ?? fn.name}' from being inlined into a loop (tag it @noinline), or remove @checkpoint`,
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
}, names: Names, options: CheckpointOptions): { forward: TStmt[]; reverse: TStmt[]; decls: TStmt[] } {
  let fwd = [...forward];
  let rev = [...reverse];
  const decls: TStmt[] = [];
  for (const s of loops) {
    const taped = sweeps.taped.get(s);
    const reversed = sweeps.reversed.get(s);
    const primal = sweeps.primal.get(s);
    // (nothing to reverse: the loop is inactive, and its forward code pushes nothing)
    if (!taped || !reversed || !primal) continue;
    const ck = names.fresh('checkpoints', true);
    decls.push({ k: 'decl', kind: 'const', name: ck, init: runtime('revolve') });
    const loop = new Loop(s, ck, names, options, fn.pureOutputs);
    const untaped = typedElementLoads(bodyOf(primal), 'all');
    fwd = replace(fwd, taped, loop.forward(untaped));
    rev = replace(rev, reversed, loop.reverse(bodyOf(taped), bodyOf(reversed), untaped));
  }
  return { forward: fwd, reverse: rev, decls };
}

const bodyOf = (t: TStmt): readonly TStmt[] => {
  if (t.k !== 'for') throw new Error('checkpointing expects a counted loop');
  return t.body;
};

/** `code` with the statement `target` (at any depth) replaced by `by`. */
function replace(code: readonly TStmt[], target: TStmt, by: readonly TStmt[]): TStmt[] {
  const out: TStmt[] = [];
  for (const t of code) {
    if (t === target) out.push(...by);
    else out.push(mapNested(t, (b) => replace(b, target, by)));
  }
  return out;
}

/** The state of loop `s`: what its body writes that outlives an iteration, scalars first. */
export function loopState(s: For): Var[] {
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

class Loop {
  private readonly state: Var[];
  private readonly scalars: Var[];
  private readonly arrays: Var[];

  /**
   * Arrays of the state the function only writes (its outputs): the reverse sweep never reads
   * them, and they end as the loop left them, not as it found them.
   */
  private readonly outputs: ReadonlySet<Var>;
  private readonly others: ReadonlySet<Var>;

  constructor(private readonly s: For, private readonly ck: string, private readonly names: Names,
    private readonly options: CheckpointOptions, pureOutputs: readonly Var[]) {
    this.state = loopState(s);
    this.scalars = this.state.filter((v) => !isArrayType(v.type));
    this.arrays = this.state.filter((v) => isArrayType(v.type));
    this.outputs = new Set(this.arrays.filter((v) => pureOutputs.includes(v)));
    this.others = new Set(this.state.filter((v) => !this.outputs.has(v)));
  }

  private get schedule(): TExpr { return name(this.ck); }

  /** Doubles in a snapshot: one per scalar, and each array's elements. */
  private stateSize(): TExpr {
    const lengths = this.arrays.map((a) => member(name(a.name), 'length'));
    return [...(this.scalars.length > 0 || lengths.length === 0 ? [num(this.scalars.length)] : []), ...lengths].reduce((n, l) => add(n, l));
  }

  /** The offset of each array's elements in a snapshot row. */
  private offsets(): TExpr[] {
    const out: TExpr[] = [];
    let at: TExpr = num(this.scalars.length);
    for (const a of this.arrays) {
      out.push(at);
      at = add(at, member(name(a.name), 'length'));
    }
    return out;
  }

  /** Saves the state (or the part `only`) in snapshot `slot`. */
  private save(slot: TExpr, only?: ReadonlySet<Var>): TStmt[] {
    const row = this.names.fresh('row', true);
    const offsets = this.offsets();
    const kept = (v: Var) => !only || only.has(v);
    return [
      { k: 'decl', kind: 'const', name: row, init: call(`${this.ck}.snapshot`, slot) },
      ...this.scalars.flatMap((v, i): TStmt[] => (kept(v) ? [{
        k: 'assign', target: index(name(row), num(i)), op: '=',
        value: v.type === 'bool' ? { k: 'cond', test: name(v.name), then: num(1), else: num(0) } : name(v.name),
      }] : [])),
      ...this.arrays.flatMap((a, i): TStmt[] => (kept(a) ? [{ k: 'expr', e: runtime('saveArray', name(a.name), name(row), offsets[i]!) }] : [])),
    ];
  }

  /** Sets the state (or the part `only`) from snapshot `slot`. */
  private restore(slot: TExpr, only?: ReadonlySet<Var>): TStmt[] {
    const row = this.names.fresh('row', true);
    const offsets = this.offsets();
    const kept = (v: Var) => !only || only.has(v);
    return [
      { k: 'decl', kind: 'const', name: row, init: call(`${this.ck}.snapshot`, slot) },
      ...this.scalars.flatMap((v, i): TStmt[] => (kept(v) ? [{
        k: 'assign', target: name(v.name), op: '=',
        value: v.type === 'bool' ? bin('!==', index(name(row), num(i)), num(0)) : index(name(row), num(i)),
      }] : [])),
      ...this.arrays.flatMap((a, i): TStmt[] => (kept(a) ? [{ k: 'expr', e: runtime('restore', name(a.name), name(row), offsets[i]!) }] : [])),
    ];
  }

  /** The loop's index at iteration `j` (counted from 0). */
  private indexAt(j: TExpr): TStmt {
    const { from, step } = this.s;
    const offset = step === 1 ? j : mul(j, num(step));
    const init = from.kind === 'const' && from.value === 0 ? offset : add(atomExpr(from), offset);
    return { k: 'decl', kind: 'const', name: this.s.index.name, init };
  }

  /** Runs iterations `ck.from` … `ck.to − 1` untaped. */
  private advance(primal: readonly TStmt[]): TStmt {
    const j = this.names.fresh('j', true);
    return {
      k: 'for', init: { k: 'decl', kind: 'let', name: j, init: member(this.schedule, 'from') },
      test: bin('<', name(j), member(this.schedule, 'to')), update: { k: 'update', name: j, op: '+=', by: 1 },
      body: [this.indexAt(name(j)), ...primal],
    };
  }

  /** Iteration `j` taped, then reversed (each in a scope of its own: both may declare a temporary). */
  private turn(j: TExpr, taped: readonly TStmt[], reversed: readonly TStmt[]): TStmt[] {
    return [this.indexAt(j), { k: 'block', body: taped }, { k: 'block', body: reversed }];
  }

  private action(): { act: string; decl: TStmt } {
    const act = this.names.fresh('action', true);
    return { act, decl: { k: 'decl', kind: 'const', name: act, init: call(`${this.ck}.next`) } };
  }

  forward(primal: readonly TStmt[]): TStmt[] {
    const { s } = this;
    const snapshots = s.checkpoint?.snapshots ?? 0;
    const budget = snapshots > 0 ? 0 : this.options.tapeBudget ?? 0;
    const steps = runtime('tripCount', atomExpr(s.from), atomExpr(s.to), num(s.step), { k: 'bool', value: s.inclusive });
    const { act, decl } = this.action();
    const is = (a: number) => bin('===', name(act), num(a));
    return [
      { k: 'comment', text: `checkpointed (revolve): ${s.loc.text} runs untaped to its end, its state saved in snapshots` },
      { k: 'expr', e: call(`${this.ck}.start`, steps, this.stateSize(), num(snapshots), num(budget)) },
      {
        k: 'loop', body: [
          decl,
          { k: 'if', test: is(ADVANCE), then: [this.advance(primal)], else: [
            { k: 'if', test: is(TAKESHOT), then: this.save(member(this.schedule, 'slot')), else: [{ k: 'break' }] },
          ] },
        ],
      },
      ...(this.outputs.size > 0 ? this.save(member(this.schedule, 'final'), this.outputs) : []),
    ];
  }

  reverse(taped: readonly TStmt[], reversed: readonly TStmt[], primal: readonly TStmt[]): TStmt[] {
    const { act, decl } = this.action();
    const is = (a: number) => bin('===', name(act), num(a));
    const steps = member(this.schedule, 'steps');
    return [
      { k: 'comment', text: `reverse of the checkpointed ${this.s.loc.text}: each iteration from the last, reached again from a snapshot, taped and reversed` },
      {
        k: 'loop', body: [
          decl,
          { k: 'if', test: is(YOUTURN), then: this.turn(member(this.schedule, 'step'), taped, reversed), else: [
            { k: 'if', test: is(RESTORE), then: this.restore(member(this.schedule, 'slot')), else: [
              { k: 'if', test: is(ADVANCE), then: [this.advance(primal)], else: [
                { k: 'if', test: is(TAKESHOT), then: this.save(member(this.schedule, 'slot')), else: [{ k: 'break' }] },
              ] },
            ] },
          ] },
        ],
      },
      // the state as the loop found it, for the reverse of what came before (the outputs as it left them)
      { k: 'if', test: bin('>', steps, num(0)), then: [
        ...this.restore(num(0), this.others),
        ...(this.outputs.size > 0 ? this.restore(member(this.schedule, 'final'), this.outputs) : []),
      ], else: [] },
      // (its storage serves the next call)
      { k: 'expr', e: call(`${this.ck}.release`) },
    ];
  }
}
