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
const H = { dir: 'probes', m: 'hunt' };
specs.push(
  { ...H, f: 'closureInLoop', args: (r) => ({ x: U(r, 0.2, 1), n: 4 }), fixed: ['n'] },
  { ...H, f: 'closureWritesArray', args: (r) => ({ xs: sym(r, 4), k: U(r, -1, 1) }) },
  ...['linear', 'quad', 'cubic'].map((kind) => ({ ...H, label: `switchOnString_${kind}`, f: 'switchOnString', args: (r) => ({ x: U(r, -1, 1), kind }) })),
  { ...H, f: 'recordLoop', args: (r) => ({ x: U(r, -1, 1) }) },
  { ...H, label: 'optionalNullishGiven', f: 'optionalNullish', args: (r) => ({ x: U(r, -1, 1), eps: U(r, 0.1, 0.5) }) },
  { ...H, f: 'reduceNoInit', args: (r) => ({ xs: arr(r, 5, -1, 1), w: U(r, -1, 1) }) },
  { ...H, f: 'atAndEntries', args: (r) => ({ xs: arr(r, 4, -1, 1), k: U(r, 0.2, 1) }) },
  { ...H, f: 'objectDestructure', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...H, f: 'roundingSteps', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }), kinks: true },
  { ...H, f: 'recursiveHorner', args: (r) => ({ cs: sym(r, 5), x: U(r, -1, 1) }) },
  { ...H, f: 'classGetter', args: (r) => ({ w: U(r, 0.5, 2), h: U(r, 0.5, 2), k: U(r, 0.5, 2) }) },
  { ...H, f: 'closureUpdatesCounter', args: (r) => ({ x: U(r, -1, 1) }) },
);
const O = { dir: 'probes', m: 'order' };
specs.push(
  { ...O, f: 'compoundReassigned', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...O, f: 'assignInExpr', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...O, f: 'postIncrementValue', args: (r) => ({ x: U(r, -1, 1) }) },
  { ...O, f: 'incrementIndexReads', args: (r) => ({ xs: sym(r, 6) }) },
  { ...O, f: 'storeIndexOrder', args: (r) => ({ xs: sym(r, 5), k: U(r, -1, 1) }) },
  { ...O, f: 'closureMutatesInCompound', args: (r) => ({ x: U(r, -1, 1) }) },
  { ...O, f: 'tiesOfOneValue', args: (r) => ({ x: U(r, 0.2, 1), y: U(r, 0.2, 1) }) },
  ...[[0.5, -0.5], [-0.5, 0.5], [0.9, 1.5]].map(([a, b], j) => ({ ...O, label: `labelledBlock${j}`, f: 'labelledBlock', args: (r) => ({ x: a + U(r, -0.05, 0.05), y: b + U(r, -0.05, 0.05) }) })),
  { ...O, f: 'compoundElementSideEffect', args: (r) => ({ xs: sym(r, 4), k: U(r, -1, 1) }) },
  { ...O, label: 'logicalSelfReadPos', f: 'logicalSelfRead', args: (r) => ({ x: U(r, 0.2, 1), y: U(r, -1, 1) }) },
  { ...O, label: 'logicalSelfReadNeg', f: 'logicalSelfRead', args: (r) => ({ x: U(r, -1, -0.2), y: U(r, -1, 1) }) },
  { ...O, f: 'chainedAssign', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
);
