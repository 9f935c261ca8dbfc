/**
 * What the target code's operations are, for their tangents: the rules table by the callee of a
 * row's value (`Math.exp` → exp) and by operator (`*` → mul), the runtime's kernels with
 * second-order forms, and the array methods whose tangent is the same call on the tangent array.
 */
import { type Callee, type NewCtor, type TExpr, isRef, name } from '../ir/target.js';
import { type Rule, rules } from '../rules/table.js';

export type Smooth = Rule & { kind: 'smooth' };

/** A Math function's, a global's or a runtime helper's key in the tables below (other callees have none). */
const primKey = (c: Callee): string | undefined =>
  c.k === 'math' ? `math ${c.fn}` : c.k === 'global' ? `global ${c.object}.${c.fn}` : c.k === 'helper' ? `helper ${c.fn}` : undefined;
const bySmoothCallee = new Map<string, Smooth>();
const zeroCallees = new Set<string>();
export const byOp: Map<string, Smooth> = new Map();
for (const r of Object.values(rules) as Rule[]) {
  const probe = r.eval([name('$a'), name('$b')]);
  const key = probe.k === 'call' ? primKey(probe.callee) : undefined;
  if (r.kind === 'smooth' && key) bySmoothCallee.set(key, r);
  if (r.kind === 'smooth' && probe.k === 'bin') byOp.set(probe.op, r);
  if (r.kind === 'zero' && key) zeroCallees.add(key);
}
// (a power of two, piecewise constant: withHighWord's partial)
zeroCallees.add(primKey({ k: 'helper', fn: 'f64WithHighWordScale' })!);

/** The rules table's differentiable row whose value calls `c` (`Math.exp` → exp). */
export const ruleOfCallee = (c: Callee): Smooth | undefined => { const k = primKey(c); return k === undefined ? undefined : bySmoothCallee.get(k); };
/** Whether `c` is a row's piecewise constant function (`Math.floor`, `Number.isNaN`): its value has no tangent. */
export const isZeroCallee = (c: Callee): boolean => { const k = primKey(c); return k !== undefined && zeroCallees.has(k); };
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

/** The array a method call works on (`a.fill(v)` → a), its method and its other arguments, for the methods above. */
export function methodTarget(callee: Callee, args: readonly TExpr[]): { object: TExpr; method: string; args: readonly TExpr[] } | undefined {
  return callee.k === 'method' && arrayMethods.has(callee.name) ? { object: args[0]!, method: callee.name, args: args.slice(1) } : undefined;
}

/**
 * The arguments of a call that are values: a method's or a schedule's receiver is not one (the
 * array `xs.pop()` takes from, the schedule `checkpoints.next()` steps).
 */
export const valueArgs = (e: TExpr & { k: 'call' }): readonly TExpr[] =>
  e.callee.k === 'method' || e.callee.k === 'schedule' ? e.args.slice(1) : e.args;

/**
 * The array type of the tangents of an array made with `new ctor(…)`: a Float32Array's are a
 * Float64Array, as f_jvp's and as the adjoints are (f64Zeros): a store into it rounds the value
 * (`Math.fround`, whose derivative is taken as 1), not the tangent, which rounding would cut to
 * single precision in the Hessian-vector product (seed 9104417 #11198).
 */
export const tangentArrayType = (ctor: NewCtor): NewCtor => (ctor === 'Float32Array' ? 'Float64Array' : ctor);

/**
 * Whether `e` is a row's operation whose value is constant where its operands are one value (`x - x`, `x / x`):
 * both operands the same variable, by identity (two variables of one name are two values).
 */
export const sameOperands = (e: TExpr & { k: 'bin' }) =>
  byOp.get(e.op)?.constantOnSameOperands === true && e.l.k === 'name' && e.l.v !== undefined && isRef(e.r, e.l.v);
