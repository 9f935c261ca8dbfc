/**
 * Literal arrays read only at constant indices, replaced by their elements (scalar
 * replacement). A helper that returns a pair, inlined into its caller, leaves
 * `made = [a, b]; t = made; x = t[0]; y = t[1]`: an array allocated for nothing but carrying
 * two numbers. In the primal V8 removes it (escape analysis); in the gradient it did not: the
 * array and its adjoint (`f64Zeros(2)`) were allocated, both references pushed on the tape so
 * that the reverse sweep could read the elements back and add into the adjoint (trial27
 * `sirvCumulative`: four such pairs per RK4 step, 6.4x its primal; trial28's `toPolar`,
 * `minmax`). Here `x = copy a`, `y = copy b`, and the array is gone: the same values, the same
 * derivatives (the adjoint of `t[0]` flows to `a` as it flowed through `made_b[0]`).
 *
 * Only where nothing can tell: the array is a `const` (one binding: `made`, and names that
 * copy it), a literal `[…]` or `new Float64Array([…])` of numbers, whose elements are
 * constants or variables (one assigned again is copied where the literal was, so that the
 * reads get the value the literal took: trial29's `const [da, db] = rhs(th, om, k)` in an
 * Euler loop that then does `om += …`, f_vjp 3-5x the function before, 1.7x after); every
 * use of it is a load at a constant index within its length, its `length`, or another `const`
 * name for it. Not one it writes, passes to a call, returns, logs, pushes to, or rebinds.
 */
import type { Atom, Block, Eq, Func, Stmt, Var } from './types.js';
import { mapBlock, reads, statements } from './walk.js';

/** `fn` with such arrays replaced by their elements (`fn` itself when there is none). */
export function scalarTuples(fn: Func): Func {
  const candidates = new Map<Var, readonly Atom[]>();
  const allocs = new Map<Var, Stmt>();
  for (const s of statements(fn.body)) {
    if (s.kind !== 'alloc' || !s.elements || s.target.mutable || s.target.type !== 'f64[]') continue;
    if (s.ctor !== 'Array' && s.ctor !== 'Float64Array') continue;
    if (s.length.kind !== 'const' || s.length.value !== s.elements.length) continue;
    const number = (a: Atom) => (a.kind === 'const' ? typeof a.value === 'number' : a.v.type === 'f64' || a.v.type === 'int');
    if (s.elements.every(number)) { candidates.set(s.target, s.elements); allocs.set(s.target, s); }
  }
  if (candidates.size === 0) return fn;
  // (each name of a candidate: the candidate itself, `t = copy made`, and so on)
  const root = new Map<Var, Var>([...candidates.keys()].map((v) => [v, v]));
  const rejected = new Set<Var>();
  const isIndex = (a: Atom | undefined, n: number) => a?.kind === 'const' && typeof a.value === 'number' && Number.isInteger(a.value) && a.value >= 0 && a.value < n;
  // (`n = length t; for (j = 0; j < n; j++) { x = t[j]; out[j] = x }`: a copy of the whole array into
  // another, element by element, as a helper's out-parameter form copies a returned array into `out`)
  const lengthOf = new Map<Var, Var>();
  type CopyLoop = { from: Var; into: Var; load: Stmt; store: Stmt; value: Var };
  const copyLoops = new Map<Var, CopyLoop>();
  const copyLoop = (s: Stmt): CopyLoop | undefined => {
    if (s.kind !== 'for' || s.checkpoint || s.step !== 1 || s.inclusive || s.from.kind !== 'const' || s.from.value !== 0 || s.body.length !== 2) return undefined;
    const [load, store] = s.body;
    if (load?.kind !== 'eq' || load.prim !== 'load' || load.args[0]?.kind !== 'var' || load.args[1]?.kind !== 'var' || load.args[1].v !== s.index) return undefined;
    const from = load.args[0].v;
    const r = root.get(from);
    if (!r || store?.kind !== 'store' || root.has(store.array) || store.index.kind !== 'var' || store.index.v !== s.index || store.value.kind !== 'var' || store.value.v !== load.out) return undefined;
    const n = candidates.get(r)!.length;
    const to = s.to;
    const whole = to.kind === 'const' ? to.value === n : root.get(lengthOf.get(to.v)!) === r;
    return whole ? { from, into: store.array, load, store, value: load.out } : undefined;
  };
  const loopLoads = new Set<Stmt>();
  for (const s of statements(fn.body)) {
    if (s.kind === 'eq' && s.prim === 'length' && s.args[0]?.kind === 'var' && root.has(s.args[0].v)) lengthOf.set(s.out, s.args[0].v);
    const loop = copyLoop(s);
    if (loop && s.kind === 'for') {
      copyLoops.set(s.index, loop);
      loopLoads.add(loop.load);
      continue;
    }
    if (loopLoads.has(s)) continue;
    if (s.kind === 'eq' && s.prim === 'copy' && s.args[0]?.kind === 'var' && root.has(s.args[0].v)) {
      if (s.out.mutable || s.out.type !== 'f64[]') rejected.add(root.get(s.args[0].v)!);
      else root.set(s.out, root.get(s.args[0].v)!);
      continue;
    }
    if (s.kind === 'alloc' && candidates.has(s.target)) continue;
    const r = reads(s).filter((v) => root.has(v));
    if (r.length === 0) continue;
    const fine = s.kind === 'eq' && ((s.prim === 'load' && s.args[0]?.kind === 'var' && root.has(s.args[0].v) && r.length === 1
      && isIndex(s.args[1], candidates.get(root.get(s.args[0].v)!)!.length)) || (s.prim === 'length' && r.length === 1));
    if (!fine) for (const v of r) rejected.add(root.get(v)!);
  }
  // (an array the function returns, or assigns to a variable, is not one of these)
  for (const s of statements(fn.body)) if (s.kind === 'assign' && s.value.kind === 'var' && root.has(s.value.v)) rejected.add(root.get(s.value.v)!);
  if (fn.result?.kind === 'var' && root.has(fn.result.v)) rejected.add(root.get(fn.result.v)!);
  for (const [v, r] of root) if (rejected.has(r)) root.delete(v);
  if (root.size === 0) return fn;
  // an element that is a variable assigned again (`[om, …]` in a loop that then does `om += …`)
  // is copied where the literal was, into a constant: the value the array took
  const vars = fn.vars.filter((v) => !root.has(v));
  const held = new Map<Var, Atom[]>();
  const copies = new Map<Var, Stmt[]>();
  for (const [v, elements] of candidates) {
    if (!root.has(v)) continue;
    const code: Stmt[] = [];
    held.set(v, elements.map((a, i) => {
      if (a.kind !== 'var' || !a.v.mutable) return a;
      const c = fn.names.variable(`${v.name}_${i}`, a.v.type, 'temp', false, true);
      vars.push(c);
      code.push({ kind: 'eq', out: c, prim: 'copy', args: [a], loc: allocs.get(v)!.loc });
      return { kind: 'var', v: c };
    }));
    copies.set(v, code);
  }
  // (the loop's value, read nowhere else but in the store)
  for (const [index, loop] of copyLoops) {
    if (!root.has(loop.from) || [...statements(fn.body)].some((t) => t !== loop.store && reads(t).includes(loop.value))) copyLoops.delete(index);
  }
  const gone = new Set<Var>([...copyLoops].flatMap(([index, loop]) => [index, loop.value]));
  const body = mapBlock(fn.body, (s: Stmt): Stmt | readonly Stmt[] => {
    if (s.kind === 'alloc' && root.has(s.target)) return copies.get(s.target) ?? [];
    const loop = s.kind === 'for' ? copyLoops.get(s.index) : undefined;
    if (loop) {
      return held.get(root.get(loop.from)!)!.map((value, i): Stmt => ({ kind: 'store', array: loop.into, index: { kind: 'const', value: i }, value, loc: s.loc }));
    }
    if (loopLoads.has(s)) return s;
    if (s.kind !== 'eq' || s.args[0]?.kind !== 'var' || !root.has(s.args[0].v)) return s;
    const elements = held.get(root.get(s.args[0].v)!)!;
    if (s.prim === 'copy') return [];
    const value: Atom = s.prim === 'length' ? { kind: 'const', value: elements.length } : elements[(s.args[1] as { value: number }).value]!;
    const eq: Eq = { kind: 'eq', out: s.out, prim: 'copy', args: [value], loc: s.loc };
    return eq;
  });
  return { ...fn, body: body as Block, vars: vars.filter((v) => !gone.has(v)) };
}
