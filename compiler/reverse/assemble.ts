/**
 * The body of `f_vjp(...params, adj, seed)` around its sweeps: the arrays f writes kept and
 * given back, the adjoints declared (a parameter's bound from adj, a local's zeroed, the
 * result's seeded), the value f returns taken before the reverse sweep restores what it was
 * read from, the sweeps in order, and the number parameters' adjoints added into adj.
 */
import type { Func, Param, Var } from '../ir/types.js';
import { ADJ, SEED, type TExpr, type TStmt, atomExpr, cond, declare, member, name, num, paramLength, ref, runtime, tape, typedElementLoads, use } from '../ir/target.js';
import { loopWrites } from './checkpoint.js';
import { varsReadOf } from './refs.js';
import type { PlannedTape } from './planning.js';
import type { Sweeps } from './sweeps.js';

/** f_vjp's body, and the parts of it split mode's g_rev takes too. */
export interface VjpBody {
  readonly body: readonly TStmt[];
  /** The adjoints declared before the reverse sweep (after the forward sweep). */
  readonly setup: readonly TStmt[];
  /** The number parameters' adjoints added into adj, after the reverse sweep. */
  readonly finish: readonly TStmt[];
  /** Array parameters' adjoints bound before the forward sweep, which reads them (`let h = x`). */
  readonly early: readonly TStmt[];
  /** The parameters that get a key in adj and grad. */
  readonly gradParams: readonly Param[];
}

export function assembleVjp(fn: Func, active: ReadonlySet<Var>, planned: PlannedTape, sweeps: Sweeps): VjpBody {
  const { backward, forward, reverse, fusedLoop } = sweeps;
  const gradParams = fn.params.filter((p) => p.differentiable);

  // A function that writes into parameter arrays it also reads leaves them as it found them
  // (its caller reruns it from that state); arrays it only writes end up written, as by f.
  const kept = fn.writes.filter((v) => !fn.pureOutputs.includes(v));
  const keep: TStmt[] = kept.map((v) => ({ k: 'expr', e: tape('pushArray', use(v)) }));
  const restore: TStmt[] = [...kept].reverse().map((v) => ({ k: 'expr', e: tape('popArray', use(v)) }));

  // (the adjoint arrays of parameters that local arrays take as another name, `let h = x`, are
  // bound before the forward sweep binds those names: forward.ts reads them by their variables)
  const forwardReads = varsReadOf(forward);
  const early: TStmt[] = [];
  // (element loads in a loop that stores into the same array declared `: number`, as the other
  // forms' are: with noUncheckedIndexedAccess, a constant index's narrowing went round the loop,
  // TS7022; trial49 finding 0)
  const body: TStmt[] = [...keep, ...typedElementLoads(forward)];
  // The value before the reverse sweep restores any variable it was read from (after a fused
  // final loop, which is still forward sweep).
  const { value, valueCopy } = resultValue(fn, planned, sweeps);
  if (fusedLoop.length === 0) body.push(...valueCopy);
  const setup: TStmt[] = [];
  const finish: TStmt[] = [];
  for (const p of fn.params) {
    if (!active.has(p.v)) continue;
    if (!p.differentiable) {
      // (a parameter left out of the gradient, `--wrt a,b` or `grad(f, keys)`, that the function
      // overwrites with active values, `q = q * a + b`: its adjoint is a local, which nothing
      // adds into adj, zero where it comes in; an array's is allocated unless it is another
      // array's, `x = w`)
      const pb = backward.adjoint(p.v);
      if (p.v.type !== 'f64[]') setup.push(declare('let', pb, num(0)));
      else if (!gradParams.some((g) => backward.adjoint(g.v) === pb)) {
        (forwardReads.has(pb) ? early : setup).push(declare('const', pb, runtime('f64Zeros', paramLength(p))));
      }
      continue;
    }
    const pb = backward.adjoint(p.v);
    if (p.v.type === 'f64[]') {
      (forwardReads.has(pb) ? early : setup).push(declare('const', pb, member(ref(ADJ), p.key)));
    } else {
      setup.push(declare('let', pb, num(0)));
      finish.push({ k: 'assign', target: member(ref(ADJ), p.key), op: '+=', value: ref(pb) });
    }
  }
  body.splice(keep.length, 0, ...early);
  // (names of one array share its adjoint array: allocated once, or the parameter's)
  const arrayAdjoints = new Set(gradParams.map((p) => backward.adjoint(p.v)));
  const resultVar = fn.result?.kind === 'var' ? fn.result.v : undefined;
  for (const v of fn.vars) {
    if (v.kind === 'param' || !active.has(v)) continue;
    if (v.type === 'f64[]') {
      if (backward.dynamicArrays || arrayAdjoints.has(backward.adjoint(v))) continue;
      arrayAdjoints.add(backward.adjoint(v));
      const length = member(use(v), 'length');
      setup.push(declare('const', backward.adjoint(v), runtime('f64Zeros', length)));
      continue;
    }
    if (!v.mutable) continue;
    const isResult = v === resultVar;
    setup.push(declare('let', backward.adjoint(v), isResult ? ref(SEED) : num(0)));
  }
  // (the adjoints exist before a fused loop runs)
  if (reverse.length > 0 || setup.length > 0 || fusedLoop.length > 0) {
    body.push(...setup, ...backward.callSites, ...fusedLoop, ...(fusedLoop.length > 0 ? valueCopy : []), ...reverse, ...finish);
  }
  body.push(...restore);
  if (value) body.push({ k: 'return', e: value });
  return { body, setup, finish, early, gradParams };
}

/**
 * What f_vjp returns: f's result, copied into a const (`valueCopy`) where the reverse sweep
 * changes the variable it is read from (restored, snapshotted, a checkpointed loop's state), or
 * where it is `undefined` or `null` at times.
 */
function resultValue(fn: Func, planned: PlannedTape, sweeps: Sweeps): { value?: TExpr; valueCopy: TStmt[] } {
  let value: TExpr | undefined = fn.result && atomExpr(fn.result);
  const resultVar = fn.result?.kind === 'var' ? fn.result.v : undefined;
  const valueCopy: TStmt[] = [];
  // (`undefined` or `null` where the function returns that: nothing flowed from the constant result there)
  if (value && fn.absent) value = cond(use(fn.absent.flag), name(fn.absent.value), value);
  // (a checkpointed loop's reverse recomputes what it writes: its state set back as the loop found it, the rest as the last recomputed iteration left it)
  const checkpointedState = new Set(planned.checkpointed.flatMap(loopWrites));
  const saved = planned.plan.overwrites;
  if (fn.absent || (resultVar && (planned.snapshotted.has(resultVar) || checkpointedState.has(resultVar) ||
      planned.overwrites.some(({ s, v }) => v === resultVar && saved.has(s))))) {
    const n = sweeps.backward.names.local('result', 'result');
    valueCopy.push(declare('const', n, value!));
    value = ref(n);
  }
  return { ...(value ? { value } : {}), valueCopy };
}
