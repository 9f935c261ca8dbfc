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
 * A call left after inlining (a @noinline helper, a recursion) goes through the callee's vjp:
 * `const t_adj = { x: 0, n: 0 }; const t = g_vjp(…, t_adj); const t_d = t_adj.x * a_d;`
 * (g's value and gradient in one call, the gradient dotted with its arguments' tangents: a
 * recursion of depth d runs d levels). Second order differentiates the same body: the call
 * becomes g_vjp_d, and t's tangent along v is Σ t_adj.k · argₖ's tangent (second/statements.ts),
 * linear in d too. Only functions whose calls return a number,
 * write no array and take no active array, without array parameters with a key in `grad`,
 * without writes to arrays they are given and without `@checkpoint` loops take this form; their
 * split forms (f_fwd, f_rev, for callers that call them in loops) stay reverse mode.
 */
import { type Call, type Func, type Var, isArrayType } from '../ir/types.js';
import { ADJ, SEED, type TExpr, type TStmt, atomExpr, cond, declare, fnCallee, member, mul, name, num, ref, typedElementLoads, use } from '../ir/target.js';
import { runtimeFn } from '../ir/names.js';
import { reads, statements, writes } from '../ir/walk.js';
import { rules } from '../rules/table.js';
import { checkpointedLoops } from '../reverse/checkpoint.js';
import { unrollShortLoops } from '../reverse/unroll.js';
import { TangentSweep } from './sweep.js';

/** The one number parameter the result depends on, when f's vjp may be computed in forward mode (see above). */
export function singleActiveInput(fn: Func, active: ReadonlySet<Var>, hasVjp: (s: Call) => boolean): Var | undefined {
  if (!fn.returnsNumber || !fn.result || fn.writes.length > 0) return undefined;
  const inputs = fn.params.filter((p) => p.differentiable && active.has(p.v) && !reboundFirst(fn, p.v, active));
  if (inputs.length !== 1 || inputs[0]!.v.type !== 'f64') return undefined;
  // (an array parameter with a key in grad gets a zero adjoint that forward mode never touches: fine, but
  // its tangent would have to be an array of zeros; such functions keep reverse mode)
  if (fn.params.some((p) => p.differentiable && isArrayType(p.v.type))) return undefined;
  for (const s of statements(fn.body)) if (s.kind === 'call' && !(vjpCallable(s, active) && hasVjp(s))) return undefined;
  if (checkpointedLoops(fn).length > 0) return undefined;
  return inputs[0]!.v;
}

/**
 * Whether parameter `v`'s value as passed reaches nothing differentiable: at the top level of
 * the body, before any other use, the only reads of it are by piecewise-constant functions
 * (`Math.round(n)`), and then it is overwritten by an inactive value (`n = Math.round(n)`).
 * Its tangent is then zero from there on, whatever the caller's: it is no input of the vjp.
 */
function reboundFirst(fn: Func, v: Var, active: ReadonlySet<Var>): boolean {
  for (const s of fn.body) {
    if (s.kind === 'assign' && s.target === v) return s.value.kind !== 'var' || !active.has(s.value.v);
    const nested = s.kind === 'if' || s.kind === 'for' || s.kind === 'while';
    const touches = nested ? [...statements([s])].some((t) => reads(t).includes(v) || writes(t).has(v)) : reads(s).includes(v) || writes(s).has(v);
    if (!touches) continue;
    if (s.kind === 'eq' && rules[s.prim].kind === 'zero') continue;
    return false;
  }
  return false;
}

/**
 * A call a forward-mode vjp makes through the callee's own vjp (TangentSweep's `vjp` calls):
 * a generated callee's, returning a number, writing no array, with no active array argument.
 */
function vjpCallable(s: Call, active: ReadonlySet<Var>): boolean {
  const c = s.callee;
  if (c.vjp !== 'generated' || c.vjpRuntime || c.specifier === 'tsgrad/runtime') return false;
  if (!s.out || s.out.type !== 'f64' || s.writes.length > 0 || s.windows?.some((w) => w)) return false;
  return s.args.every((a) => a.kind !== 'var' || !active.has(a.v) || !isArrayType(a.v.type));
}

/**
 * The body of f_vjp in forward mode (see above).
 * `keysOf(call)`: the keys of the callee's adj (undefined where it has no vjp, which
 * singleActiveInput has ruled out).
 */
export function forwardVjpBody(fn: Func, active: ReadonlySet<Var>, input: Var, file: string, keysOf: (s: Call) => readonly string[] | undefined): TStmt[] {
  const names = fn.names.clone();
  const sweep = new TangentSweep(fn, active, names, file, (s) => {
    const keys = keysOf(s);
    if (!keys) throw new Error(`internal: '${fn.name}' calls '${s.callee.name}', which has no vjp, in a forward-mode vjp`);
    return { kind: 'vjp', callee: fnCallee(s.callee.name, 'vjp', runtimeFn(s.callee)), keys };
  });
  const key = fn.params.find((p) => p.v === input)!.key;
  const body: TStmt[] = [declare(input.mutable ? 'let' : 'const', sweep.tangent(input), num(1))];
  // (an active parameter overwritten before any differentiable use: its tangent starts at zero)
  for (const p of fn.params) {
    if (p.v !== input && active.has(p.v)) body.push(declare(p.v.mutable ? 'let' : 'const', sweep.tangent(p.v), num(0)));
  }
  body.push(...typedElementLoads(sweep.body()));
  let value: TExpr = atomExpr(fn.result!);
  let tangent: TExpr = sweep.tangentOf(fn.result!) ?? num(0);
  if (fn.absent) {
    value = cond(use(fn.absent.flag), name(fn.absent.value), value);
    if (tangent.k !== 'num') tangent = cond(use(fn.absent.flag), num(0), tangent);
  }
  body.push({ k: 'assign', target: member(ref(ADJ), key), op: '+=', value: mul(ref(SEED), tangent) });
  body.push({ k: 'return', e: value });
  return unrollShortLoops(body);
}
