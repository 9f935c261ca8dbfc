// The edge probes' cases (probes/edges.ts), checked by check.mjs --specs ./probes/specs.mjs; format as ../specs.mjs.
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const arr = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
const P = { dir: 'probes', m: 'edges' };

export const specs = [
  { ...P, f: 'closureLateBinding', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  ...[0, 1, 2, 3].map((mode) => ({ ...P, label: `switchFallFromDefault${mode}`, f: 'switchFallFromDefault', args: (r) => ({ x: U(r, -1, 1), mode }), fixed: ['mode'] })),
  { ...P, label: 'twoIndexLoopOdd', f: 'twoIndexLoop', args: (r) => ({ xs: sym(r, 7) }) },
  { ...P, label: 'twoIndexLoopEven', f: 'twoIndexLoop', args: (r) => ({ xs: sym(r, 6) }) },
  { ...P, f: 'spreadMax', args: (r) => ({ xs: sym(r, 5) }), kinks: true },
  { ...P, label: 'negativeRootsNeg', f: 'negativeRoots', args: (r) => ({ x: U(r, -2, -0.3) }) },
  { ...P, label: 'negativeRootsPos', f: 'negativeRoots', args: (r) => ({ x: U(r, 0.3, 1) }) },
  { ...P, f: 'remainderSigns', args: (r) => ({ x: U(r, -3, 3), y: U(r, 0.4, 1) * (r() < 0.5 ? -1 : 1) }), kinks: true },
  { ...P, f: 'closureInReduce', args: (r) => ({ xs: arr(r, 6, -1, 1), t: U(r, -0.3, 0.3) }), kinks: true },
  ...[-0.8, -0.3, 0.3, 0.8].map((c) => ({ ...P, label: `nestedTernaryComma${c}`, f: 'nestedTernaryComma', args: (r) => ({ x: c + U(r, -0.1, 0.1) }) })),
  { ...P, f: 'smallArgs', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...P, f: 'numberOfExpr', args: (r) => ({ xs: arr(r, 2, -1, 1), k: U(r, -1, 1) }) },
  { ...P, f: 'labelledWhile', args: (r) => ({ xs: sym(r, 8), cap: U(r, 0.5, 1.5) }), kinks: true },
  { ...P, f: 'froundSum', args: (r) => ({ xs: sym(r, 5) }), tol: 1e-4, hvpTol: 1e-3 },
  { ...P, f: 'closureFactory', args: (r) => ({ x: U(r, -1, 1), k: U(r, -1, 1) }) },
];
