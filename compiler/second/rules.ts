/**
 * What the target code's operations are, for their tangents: the rules table by the callee of a
 * row's value (`Math.exp` → exp) and by operator (`*` → mul), the runtime's kernels with
 * second-order forms, and the array methods whose tangent is the same call on the tangent array.
 */
import { type TExpr, member, name } from '../ir/target.js';
import { type Rule, rules } from '../rules/table.js';

export type Smooth = Rule & { kind: 'smooth' };
/** The rules table by the callee of its value (`Math.exp` → exp) and by binary operator (`*` → mul). */
export const byCallee: Map<string, Smooth> = new Map();
export const zeroCallees = new Set<string>();
export const byOp: Map<string, Smooth> = new Map();
for (const r of Object.values(rules) as Rule[]) {
  const probe = r.eval([name('$a'), name('$b')]);
  if (r.kind === 'smooth' && probe.k === 'call') byCallee.set(probe.callee, r);
  if (r.kind === 'smooth' && probe.k === 'bin') byOp.set(probe.op, r);
  if (r.kind === 'zero' && probe.k === 'call') zeroCallees.add(probe.callee);
}
// (a power of two, piecewise constant: withHighWord's partial)
zeroCallees.add('f64WithHighWordScale');
// (a loop's trip count, for a checkpointed loop's schedule: an integer)
zeroCallees.add('tripCount');
export const arithmetic = new Set(['+', '-', '*', '/', '%', '**']);
export const OUT = '$out';

/**
 * The kernels of tsgrad/runtime with second-order forms (runtime/second.ts): their parameters'
 * keys, and those they write. A call `k(…)` gets its tangent from `k_jvp`, a call `k_vjp(…)`
 * becomes `k_vjp_d(…, tangent, adj, adj_d, seed, seed_d)`.
 */
export const kernels: ReadonlyMap<string, { keys: readonly string[]; writes: readonly string[] }> = new Map([
  ['sum', { keys: ['a'], writes: [] }],
  ['dot', { keys: ['a', 'b'], writes: [] }],
  ['logsumexp', { keys: ['a'], writes: [] }],
  ['sigmoid', { keys: ['x'], writes: [] }],
  ['softmax', { keys: ['a', 'out'], writes: ['out'] }],
  ['matvec', { keys: ['A', 'x', 'out'], writes: ['out'] }],
  ['matmul', { keys: ['A', 'B', 'm', 'k', 'n', 'out'], writes: ['out'] }],
]);

/** Calls on arrays whose tangent is the same call on the tangent array. */
const arrayMethods = new Set(['fill', 'set', 'subarray', 'push']);

/** The array variable a method call works on (`a.fill` → a), or undefined. */
export function methodTarget(callee: string, args: readonly TExpr[]): { object: TExpr; method: string; args: readonly TExpr[] } | undefined {
  if (callee.startsWith('.')) return arrayMethods.has(callee.slice(1)) ? { object: args[0]!, method: callee.slice(1), args: args.slice(1) } : undefined;
  const m = /^([\w$]+(?:\.[\w$]+)*)\.(\w+)$/.exec(callee);
  if (!m || !arrayMethods.has(m[2]!) || m[1] === 'Math') return undefined;
  const parts = m[1]!.split('.');
  let object: TExpr = name(parts[0]!);
  for (const p of parts.slice(1)) object = member(object, p);
  return { object, method: m[2]!, args };
}

/**
 * The array type of the tangents of an array made with `new ctor(…)`: a Float32Array's are a
 * Float64Array, as f_jvp's and as the adjoints are (f64Zeros): a store into it rounds the value
 * (`Math.fround`, whose derivative is taken as 1), not the tangent, which rounding would cut to
 * single precision in the Hessian-vector product (seed 9104417 #11198).
 */
export const tangentArrayType = (ctor: string): string => (ctor === 'Float32Array' ? 'Float64Array' : ctor);

export const sameOperands = (e: TExpr & { k: 'bin' }) => byOp.get(e.op)?.constantOnSameOperands === true && e.l.k === 'name' && e.r.k === 'name' && e.l.name === e.r.name;
