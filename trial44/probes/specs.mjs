// The probes' cases for check.mjs --specs probes/specs.mjs (fields as in ../specs.mjs; dir: where the module and its
// generated file live).
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const P = { dir: 'probes', m: 'edges' };

export const specs = [
  // (probes/refused.ts switchTrue: TSG1009 in the trial; compiles since stop 42, one case per clause)
  { dir: 'probes', m: 'refused', f: 'switchTrue', label: 'switchTrueNeg', args: (r) => ({ x: U(r, -2, -0.2) }) },
  { dir: 'probes', m: 'refused', f: 'switchTrue', label: 'switchTrueMid', args: (r) => ({ x: U(r, 0.2, 0.8) }) },
  { dir: 'probes', m: 'refused', f: 'switchTrue', label: 'switchTrueLog', args: (r) => ({ x: U(r, 1.2, 3) }) },
  { ...P, f: 'powRightAssoc', args: (r) => ({ x: U(r, 1.1, 1.5), y: U(r, 1.2, 2), z: U(r, 0.5, 1.5) }) },
  { ...P, f: 'negBaseIntExp', args: (r) => ({ x: U(r, -2, -0.5), k: 3 }), fixed: ['k'] },
  { ...P, label: 'negBaseIntExpEven', f: 'negBaseIntExp', args: (r) => ({ x: U(r, -2, -0.5), k: -2 }), fixed: ['k'] },
  { ...P, f: 'powZeroBase', args: (r) => ({ x: 0, p: U(r, 2, 3) }), fixed: ['x'] },
  { ...P, f: 'floatRemainder', args: (r) => ({ x: U(r, -5.9, -5.1), y: U(r, 1.6, 1.9) }) },
  { ...P, f: 'hypotZeros', args: (r) => ({ x: U(r, -1, 1), a: 0, b: 0 }), fixed: ['a', 'b'] },
  { ...P, f: 'mathZoo', args: (r) => ({ x: U(r, -3, -0.5), y: U(r, 1e-3, 0.1) }), hrel: true },
  { ...P, f: 'twoPointerReverse', args: (r) => ({ a: F(5, () => U(r, 0.5, 1.5)), p: U(r, 1.5, 2.5) }) },
  { ...P, f: 'viewWrite', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...P, f: 'helperWritesWindow', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...P, f: 'findIndexInts', args: (r) => ({ x: sym(r, 4), ids: Int32Array.of(5, 3, 7, 1) }) },
  { ...P, f: 'fillRange', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...P, f: 'entriesLoop', args: (r) => ({ x: sym(r, 5) }) },
  { ...P, f: 'labelledScan', args: (r) => ({ x: sym(r, 5), w: U(r, 0.5, 1.5) }) },
  { ...P, f: 'atan2Origin', args: (r) => ({ x: U(r, -2, -1), y: U(r, 0.1, 0.5) }) },
  { ...P, f: 'optionalChain', args: (r) => ({ x: U(r, 0.5, 2), k: undefined }) },
  { ...P, label: 'optionalChainGiven', f: 'optionalChain', args: (r) => ({ x: U(r, 0.5, 2), k: U(r, 1.2, 2.5) }) },
  { ...P, f: 'overloadsCompatible', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...P, f: 'callsDefault', args: (r) => ({ x: U(r, -1, 1), scale: U(r, 0.5, 2) }) },
  { ...P, f: 'spreadOptions', args: (r) => ({ x: U(r, -1, 1), k: U(r, 0.5, 2) }) },
];

const H = { dir: 'probes', m: 'hunt' };
specs.push(
  { ...H, f: 'doWhileOverwrite', args: (r) => ({ a: F(5, () => U(r, -1, 1)), w: U(r, 0.5, 1.5) }), kinks: true },
  { ...H, f: 'switchInLoop', args: (r) => ({ x: F(9, () => U(r, -1.5, 1.5)), k: U(r, 0.5, 1.5) }), kinks: true },
  { ...H, f: 'rootsInLoop', args: (r) => ({ cs: F(4, () => U(r, 0.5, 2)), d: U(r, -1, 1) }) },
  { ...H, f: 'closureAccumulates', args: (r) => ({ x: sym(r, 5), w: U(r, 0.5, 1.5) }) },
  { ...H, f: 'mapReduceMax', args: (r) => ({ x: sym(r, 6), t: U(r, 0.5, 2) }), kinks: true },
  { ...H, f: 'inPlaceSmooth', args: (r) => ({ x: sym(r, 6), w: U(r, 0.2, 0.8) }) },
  { ...H, f: 'reverseBreak', args: (r) => ({ x: F(8, () => U(r, 0.1, 0.6)), cap: U(r, 3, 5) }), kinks: true },
  { ...H, f: 'oneActive', args: (r) => ({ t: U(r, 0.2, 1.5), n: 7, coeffs: Int32Array.of(1, -2, 3) }), fixed: ['n'], kinks: true },
  { ...H, f: 'float32Scratch', args: (r) => ({ x: sym(r, 5), w: U(r, 0.5, 1.5) }), tol: 2e-3, hvpTol: 2e-3 },
  { ...H, f: 'walkGrid', args: (r) => ({ grid: F(6, (_, i) => i + U(r, -0.2, 0.2)), xs: Float64Array.of(0.5, 1.7, 2.2, 4.4) }), kinks: true },
  { ...H, f: 'sideEffects', args: (r) => ({ x: U(r, 0.5, 1.5), y: U(r, 0.5, 1.5) }) },
  { ...H, label: 'sideEffectsNeg', f: 'sideEffects', args: (r) => ({ x: U(r, -1.5, -0.5), y: U(r, 0.5, 1.5) }) },
  { ...H, f: 'divideConquer', args: (r) => ({ x: sym(r, 8) }) },
);

const H2 = { dir: 'probes', m: 'hunt2' };
specs.push(
  { ...H2, f: 'aliasReturn', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...H2, f: 'aliasLocal', args: (r) => ({ x: sym(r, 4), w: U(r, 0.5, 1.5) }) },
  { ...H2, f: 'chained', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...H2, f: 'pushPop', args: (r) => ({ x: sym(r, 5) }) },
  { ...H2, f: 'fromMapSub', args: (r) => ({ x: sym(r, 5), k: U(r, 0.5, 1.5) }) },
  { ...H2, f: 'shadowing', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...H2, f: 'defaultLength', args: (r) => ({ x: sym(r, 5) }) },
  { ...H2, f: 'throwGuard', args: (r) => ({ x: sym(r, 5), w: U(r, 0.5, 1.5) }) },
  { ...H2, f: 'truncBits', args: (r) => ({ x: U(r, 0.1, 0.3), y: U(r, -1, 1) }), kinks: true },
  { ...H2, f: 'postfixCompound', args: (r) => ({ a: sym(r, 5), w: U(r, 0.5, 1.5) }) },
  { ...H2, f: 'rk2Pendulum', args: (r) => ({ theta: U(r, 0.2, 1), k: U(r, 1, 3), dt: U(r, 0.05, 0.1), steps: 10 }), fixed: ['steps'] },
  { ...H2, f: 'spreadWindowMax', args: (r) => ({ x: sym(r, 6), t: U(r, 0.5, 1.5) }), kinks: true },
  { ...H2, f: 'logicalAssign', args: (r) => ({ x: U(r, 0.5, 1), y: U(r, 0.5, 1) }) },
  { ...H2, f: 'recursiveHorner', args: (r) => ({ c: sym(r, 5), x: U(r, -1, 1) }) },
  { ...H2, f: 'vecChain', args: (r) => ({ ax: U(r, -1, 1), ay: U(r, -1, 1), k: U(r, 0.5, 1.5) }) }
);

const ID = { dir: 'probes', m: 'idioms' };
specs.push(
  { ...ID, f: 'arrayFill', args: (r) => ({ x: sym(r, 5), w: U(r, 0.5, 1.5) }) },
  { ...ID, f: 'whileDecr', args: (r) => ({ x: sym(r, 5), w: U(r, 0.5, 1.5) }) },
  { ...ID, f: 'hoistedInner', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...ID, f: 'reduceNoInit', args: (r) => ({ xs: sym(r, 5) }), kinks: true },
  { ...ID, f: 'reluInPlace', args: (r) => ({ x: sym(r, 6), b: U(r, -0.3, 0.3) }), kinks: true },
  { ...ID, f: 'nestedMin', args: (r) => ({ x: sym(r, 6) }), kinks: true },
  { ...ID, f: 'nanGuard', args: (r) => ({ x: U(r, 1, 2), y: U(r, -1, 0.5) }) },
  { ...ID, label: 'nanGuardNaN', f: 'nanGuard', args: (r) => ({ x: U(r, -1, 0), y: U(r, 0.5, 1) }) }
);
