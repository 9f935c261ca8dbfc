/**
 * Forward mode for the vjp of a function of one active number: where the result depends on a
 * single number parameter x (the others are data, integers, or reach it only through
 * piecewise-constant functions such as `Math.round`), the gradient is one directional
 * derivative, `df/dx`, and one tangent sweep computes it beside the value: no tape, no reverse
 * sweep, no second pass over the loops. The body of `f_vjp` is then
 *
 *   const x_d = 1;
 *   …f's code, each statement followed by its tangent (forward/sweep.ts)…
 *   adj.x += seed * result_d;
 *   return result;
 *
 * which is what a person writes for such a function (a polynomial's derivative by Horner beside
 * its value, a continued fraction's by the recurrence of its derivative). Measured on
 * bessel's besselj (four Horner loops and a three-term recurrence behind one x): f_grad 3.3x the
 * function's time by reverse mode, about its time again this way.
 *
 * f_grad calls f_vjp, and f_hvp is the tangent transformation of f_vjp's body (second/): it is
 * forward over forward here, and its gradient is f_grad's, bit for bit, as before.
 *
 * Only functions without calls (after inlining; a call's forward form returns an object, which
 * the second-order forms do not differentiate), without array parameters with a key in `grad`,
 * without writes to arrays they are given and without `@checkpoint` loops take this form; their
 * split forms (f_fwd, f_rev, for callers that call them in loops) stay reverse mode.
 */
import { type Func, type Var, isArrayType } from '../ir/types.js';
import { type TExpr, type TStmt, cond, member, mul, name, num, typedElementLoads } from '../ir/target.js';
import { statements } from '../ir/walk.js';
import { atomExpr } from '../reverse/backward.js';
import { checkpointedLoops } from '../reverse/checkpoint.js';
import { unrollShortLoops } from '../reverse/unroll.js';
import { TangentSweep } from './sweep.js';

/** The one number parameter the result depends on, when f's vjp may be computed in forward mode (see above). */
export function singleActiveInput(fn: Func, active: ReadonlySet<Var>): Var | undefined {
  if (!fn.returnsNumber || !fn.result || fn.writes.length > 0) return undefined;
  const inputs = fn.params.filter((p) => p.differentiable && active.has(p.v));
  if (inputs.length !== 1 || inputs[0]!.v.type !== 'f64') return undefined;
  // (an array parameter with a key in grad gets a zero adjoint that forward mode never touches: fine, but
  // its tangent would have to be an array of zeros; such functions keep reverse mode)
  if (fn.params.some((p) => p.differentiable && isArrayType(p.v.type))) return undefined;
  for (const s of statements(fn.body)) if (s.kind === 'call') return undefined;
  if (checkpointedLoops(fn).length > 0) return undefined;
  return inputs[0]!.v;
}

/** The body of f_vjp in forward mode (see above). */
export function forwardVjpBody(fn: Func, active: ReadonlySet<Var>, input: Var, file: string): TStmt[] {
  const names = fn.names.clone();
  const sweep = new TangentSweep(fn, active, names, file, () => {
    throw new Error(`internal: '${fn.name}' calls a function, and its vjp was to be computed in forward mode`);
  });
  const key = fn.params.find((p) => p.v === input)!.key;
  const body: TStmt[] = [{ k: 'decl', kind: input.mutable ? 'let' : 'const', name: sweep.tangent(input), init: num(1) }];
  body.push(...typedElementLoads(sweep.body()));
  let value: TExpr = atomExpr(fn.result!);
  let tangent: TExpr = sweep.tangentOf(fn.result!) ?? num(0);
  if (fn.absent) {
    value = cond(name(fn.absent.flag.name), name(fn.absent.value), value);
    if (tangent.k !== 'num') tangent = cond(name(fn.absent.flag.name), num(0), tangent);
  }
  body.push({ k: 'assign', target: member(name('adj'), key), op: '+=', value: mul(name('seed'), tangent) });
  body.push({ k: 'return', e: value });
  return unrollShortLoops(body);
}
