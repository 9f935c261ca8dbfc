// FINDING (slow): recursive calls inside a `switch` case that returns are differentiated in joint mode ("joint mode
// (its result may go unused, and its vjp is then skipped): node_vjp runs node again"), while the same function
// written with `if (…) return …;` gets split mode (_fwd/_rev). Joint mode re-runs each subtree in every level's reverse
// sweep, so f_vjp / f grows with the depth of the tree (trial34's spnLogLik: 12x, its loop twin 2.6x).
// Expected: the switch and the if-chain differentiated alike, f_vjp within ~3x of f. Measured by slow_run.ts.
function lse(l: number, r: number): number {
  const m = Math.max(l, r);
  return m + Math.log(Math.exp(l - m) + Math.exp(r - m));
}

/** Node k of a tree in heap layout: kind 0 a leaf holding x[k], 1 a soft maximum of its children, 2 their sum. */
function nodeSwitch(k: number, kind: Int32Array, x: Float64Array): number {
  switch (kind[k]) {
    case 0:
      return x[k];
    case 1:
      return lse(nodeSwitch(2 * k + 1, kind, x), nodeSwitch(2 * k + 2, kind, x));
    default:
      return nodeSwitch(2 * k + 1, kind, x) + nodeSwitch(2 * k + 2, kind, x);
  }
}
export function treeSwitch(kind: Int32Array, x: Float64Array): number {
  return nodeSwitch(0, kind, x);
}

function nodeIf(k: number, kind: Int32Array, x: Float64Array): number {
  if (kind[k] === 0) return x[k];
  if (kind[k] === 1) return lse(nodeIf(2 * k + 1, kind, x), nodeIf(2 * k + 2, kind, x));
  return nodeIf(2 * k + 1, kind, x) + nodeIf(2 * k + 2, kind, x);
}
export function treeIf(kind: Int32Array, x: Float64Array): number {
  return nodeIf(0, kind, x);
}
