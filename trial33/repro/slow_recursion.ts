// Finding (slow, noisy): a recursive evaluator of an expression tree in heap layout (op codes in an Int32Array,
// a switch per node) has f_vjp at 6-30x f (trial33 recursive.ts exprTree: rounds 30.7/6.9/29.8; isolated 6.2x),
// where the same tree evaluated by a loop over a scratch array runs at 1.8-4x. Each node costs a call of
// evalNode_fwd/_rev (split mode: the recursion) whose own fixed cost dominates a node's few flops.
// Expected: within ~3-4x of f, as trial32's recursive helpers. Actual: see slow_run.ts.
function node(i: number, ops: Int32Array, x: Float64Array): number {
  switch (ops[i]) {
    case 0: return x[i % x.length];
    case 1: return node(2 * i + 1, ops, x) + node(2 * i + 2, ops, x);
    case 2: return node(2 * i + 1, ops, x) * node(2 * i + 2, ops, x);
    default: return Math.sin(node(2 * i + 1, ops, x));
  }
}
export function evalTree(ops: Int32Array, x: Float64Array): number {
  return node(0, ops, x);
}
export function evalTreeLoop(ops: Int32Array, x: Float64Array): number {
  const v = new Float64Array(ops.length);
  for (let i = ops.length - 1; i >= 0; i--) {
    const l = 2 * i + 1 < ops.length ? v[2 * i + 1] : 0;
    const r = 2 * i + 2 < ops.length ? v[2 * i + 2] : 0;
    switch (ops[i]) {
      case 0: v[i] = x[i % x.length]; break;
      case 1: v[i] = l + r; break;
      case 2: v[i] = l * r; break;
      default: v[i] = Math.sin(l);
    }
  }
  return v[0];
}
