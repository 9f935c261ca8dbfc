/**
 * The state of the tangent transformation of one function, which the files of this folder share.
 */
import type { AdjointFunction, Import } from '../reverse/index.js';
import { type Callee, type LocalVar, type TExpr, type TStmt, type TVar, type UnnamedVar, unnamed } from '../ir/target.js';
import type { Var } from '../ir/types.js';
import type { SecondForm, GeneratedCall, CalledFunction, SecondNeed } from './types.js';
import { kernels } from './rules.js';

/**
 * What the tangent transformation of one function keeps: which variables carry tangents
 * (activity.ts) and their tangents, the tape's buffers, a checkpointed loop's schedules and rows, the
 * runtime's kernels it calls, and the callees' forms it needs. The transformation's ideas (the
 * files beside this one) are functions of it; Builder (builder.ts) ties them together.
 */
export abstract class TangentState {
  /** The variables that carry tangents, by identity (TVar: a name that is none, `undefined` or a catch's error, carries none). */
  readonly active = new Set<TVar>();
  /** Their tangents, made without a name (LocalRole `dual`): the naming step names them (second/index.ts). */
  readonly tangents = new Map<TVar, UnnamedVar>();
  /** Variables that hold the tape's buffer (`stack`). */
  readonly stacks = new Set<TVar>();
  /** A checkpointed loop's schedule (`checkpoints = revolve()`), and its snapshots' rows. */
  readonly schedules = new Set<TVar>();
  readonly rows = new Set<TVar>();

  /** The generated callees' forms it calls (beside their imports, for another module's). */
  readonly needs: SecondNeed[] = [];
  readonly imports: Import[] = [];

  constructor(readonly f: AdjointFunction, readonly form: SecondForm, readonly calls: ReadonlyMap<string, CalledFunction>,
    readonly restored: readonly (readonly [Var, LocalVar])[] = [],
    /** The variables of f that may hold a sentinel's infinity (analyze/reached.ts mayBeNonFinite): partials reading them, or anything derived from them, guard a zero tangent. */
    readonly nonFinite: ReadonlySet<Var> = new Set()) {}

  /**
   * The runtime's kernel a call calls (its value, or with `vjp` its vjp): the runtime's `sum`
   * the reverse sweep calls itself, or a kernel of tsgrad/runtime the source calls.
   */
  kernelCall(c: Callee): { kernel: string; vjp: boolean } | undefined {
    if (c.k === 'helper') return kernels.has(c.fn) ? { kernel: c.fn, vjp: false } : undefined;
    if (c.k !== 'fn' || !c.runtime || c.d || (c.form !== 'primal' && c.form !== 'vjp') || !kernels.has(c.name)) return undefined;
    return { kernel: c.name, vjp: c.form === 'vjp' };
  }

  /** The schedule a call of a schedule's `snapshot` (`checkpoints.snapshot(i)`) is of: its rows hold a checkpointed loop's state. */
  snapshotOf(e: TExpr): TVar | undefined {
    if (e.k !== 'call' || e.callee.k !== 'schedule' || e.callee.op !== 'snapshot') return undefined;
    const s = e.args[0];
    return s?.k === 'name' && s.v && this.schedules.has(s.v) ? s.v : undefined;
  }

  /** The generated callee's form that `c` calls, if it calls one. */
  generated(c: Callee): GeneratedCall | undefined {
    if (c.k !== 'fn' || c.d || c.form === 'jvp') return undefined;
    const g = this.calls.get(c.name);
    return g?.kind === 'generated' ? { ...g, form: c.form } : undefined;
  }

  /** Whether `c` calls a test (a function of the program returning a boolean): its value has no tangent. */
  isTest(c: Callee): boolean {
    return c.k === 'fn' && c.form === 'primal' && !c.d && this.calls.get(c.name)?.kind === 'test';
  }

  /** Whether `v` carries a tangent. */
  isActiveVar(v: TVar | undefined): v is TVar {
    return v !== undefined && this.active.has(v);
  }

  /** `v`'s tangent (`x_d`, `x_b_d`), made the first time it is asked for. */
  tangent(v: TVar): UnnamedVar {
    let t = this.tangents.get(v);
    if (!t) this.tangents.set(v, t = unnamed(`${v.name}_d`, 'dual'));
    return t;
  }

  /** The value and the tangent of `e` (tangents.ts). */
  abstract dual(e: TExpr, pre: TStmt[], out?: TVar): { value: TExpr; tangent: TExpr | undefined; usesOut?: boolean };
}
