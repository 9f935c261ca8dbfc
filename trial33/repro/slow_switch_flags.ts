// Finding (slow): a `switch` whose discriminant is read-only inactive data (an op code from an Int32Array) is
// lowered into a chain of per-case flags, and the forward sweep pushes one flag per case per iteration (6 here)
// that the reverse sweep pops, where the case could be recomputed from ops[i] (never written) or taped once.
// Expected: f_vjp within ~3x of f. Actual: see slow_run.ts (about 15-20x in trial33's runs).
export function evalOps(ops: Int32Array, x: Float64Array): number {
  const n = ops.length;
  const val = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const a = i + 1 < n ? val[i + 1] : 1;
    switch (ops[i]) {
      case 0: val[i] = x[i]; break;
      case 1: val[i] = a + x[i]; break;
      case 2: val[i] = a * x[i]; break;
      case 3: val[i] = Math.sin(a); break;
      case 4: val[i] = a - x[i]; break;
      default: val[i] = Math.exp(0.1 * a);
    }
  }
  return val[0];
}
// the same with if/else: for comparison
export function evalOpsIf(ops: Int32Array, x: Float64Array): number {
  const n = ops.length;
  const val = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const a = i + 1 < n ? val[i + 1] : 1;
    const op = ops[i];
    if (op === 0) val[i] = x[i];
    else if (op === 1) val[i] = a + x[i];
    else if (op === 2) val[i] = a * x[i];
    else if (op === 3) val[i] = Math.sin(a);
    else if (op === 4) val[i] = a - x[i];
    else val[i] = Math.exp(0.1 * a);
  }
  return val[0];
}
