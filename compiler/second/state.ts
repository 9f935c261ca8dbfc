/**
 * The state of the tangent transformation of one function, which the files of this folder share.
 */
import type { AdjointFunction, Import } from '../reverse/index.js';
import type { TExpr, TStmt } from '../ir/target.js';
import type { SecondForm, GeneratedCall, CalledName, SecondNeed } from './types.js';
import { kernels } from './rules.js';

/**
 * What the tangent transformation of one function keeps: which names carry tangents (activity.ts)
 * and their tangents' names, the tape's buffers, a checkpointed loop's schedules and rows, the
 * runtime's kernels it calls, and the callees' forms it needs. The transformation's ideas (the
 * files beside this one) are functions of it; Builder (builder.ts) ties them together.
 */
export abstract class TangentState {
  readonly active = new Set<string>();
  readonly tangents = new Map<string, string>();
  /** Names that hold the tape's buffer (`stack`). */
  readonly stacks = new Set<string>();
  /** A checkpointed loop's schedule (`checkpoints = revolve()`), and the names of its snapshots' rows. */
  readonly schedules = new Set<string>();
  readonly rows = new Set<string>();

  /** The runtime's kernels this function calls (by the names it imports), and their vjps. */
  readonly kernelCalls = new Map<string, { kernel: string; vjp: boolean }>();
  /** The generated callees' forms it calls (beside their imports, for another module's). */
  readonly needs: SecondNeed[] = [];
  readonly imports: Import[] = [];

  constructor(readonly f: AdjointFunction, readonly fresh: (base: string) => string,
    readonly form: SecondForm, readonly calls: ReadonlyMap<string, CalledName>, readonly restored: readonly (readonly [string, string])[] = []) {
    for (const i of f.imports) {
      if (i.from !== 'runtime' && (i.from === 'source' || i.from.specifier !== 'tsgrad/runtime')) continue;
      const kernel = i.name.replace(/_vjp$/, '');
      if (kernels.has(kernel)) this.kernelCalls.set(i.name, { kernel, vjp: i.name !== kernel });
    }
  }

  /** Whether `callee` is a schedule's `snapshot` (`checkpoints.snapshot`), whose rows hold a checkpointed loop's state. */
  snapshotOf(callee: string): string | undefined {
    const m = /^([\w$]+)\.snapshot$/.exec(callee);
    return m && this.schedules.has(m[1]!) ? m[1] : undefined;
  }

  /** The generated callee's form that `callee` names, if it names one. */
  generated(callee: string): GeneratedCall | undefined {
    const c = this.calls.get(callee);
    return c?.kind === 'generated' ? c : undefined;
  }

  tangent(n: string): string {
    let t = this.tangents.get(n);
    if (!t) this.tangents.set(n, t = this.fresh(`${n}_d`));
    return t;
  }

  /** The value and the tangent of `e` (tangents.ts). */
  abstract dual(e: TExpr, pre: TStmt[], out?: string): { value: TExpr; tangent: TExpr | undefined; usesOut?: boolean };
}
