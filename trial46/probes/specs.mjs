// The edge probes' cases (probes/edges.ts), checked by check.mjs --specs ./probes/specs.mjs; format as ../specs.mjs.
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const arr = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
const P = { dir: 'probes', m: 'edges' };

export const specs = [
  { ...P, f: 'subarrayAlias', args: (r) => ({ xs: sym(r, 6), k: U(r, -1, 1) }) },
  { ...P, label: 'negativeBasePowNeg', f: 'negativeBasePow', args: (r) => ({ x: U(r, -2, -0.5), k: 3 }), fixed: ['k'] },
  { ...P, label: 'negativeBasePowPos', f: 'negativeBasePow', args: (r) => ({ x: U(r, 0.5, 2), k: U(r, 1, 3) }) },
  { ...P, f: 'bitTruncation', args: (r) => ({ x: U(r, 0.03, 0.97) + Math.floor(3 * r()) / 10, y: U(r, 0.1, 0.9) }), kinks: true },
  { ...P, label: 'assignInConditionHi', f: 'assignInCondition', args: (r) => ({ x: U(r, 0.6, 1), y: U(r, -1, 1) }) },
  { ...P, label: 'assignInConditionLo', f: 'assignInCondition', args: (r) => ({ x: U(r, -1, 0.4), y: U(r, -1, 1) }) },
  ...[-0.8, 0, 0.8].map((c) => ({ ...P, label: `switchTrue${c}`, f: 'switchTrue', args: (r) => ({ x: c + U(r, -0.15, 0.15) }) })),
  { ...P, f: 'shortCircuitSideEffect', args: (r) => ({ xs: sym(r, 7), t: U(r, -0.3, 0.3) }), kinks: true },
  { ...P, f: 'mapWithSideEffect', args: (r) => ({ xs: arr(r, 5, -1, 1), k: U(r, 0.5, 2) }) },
  { ...P, f: 'reduceRightFraction', args: (r) => ({ xs: arr(r, 5, 1, 3) }) },
  { ...P, f: 'forEachReturn', args: (r) => ({ xs: arr(r, 7, -1, 1), t: U(r, -0.3, 0.3) }), kinks: true },
  { ...P, f: 'classInPlace', args: (r) => ({ x0: U(r, -1, 1), v0: U(r, -1, 1), k: U(r, 0.5, 2) }) },
  { ...P, f: 'float32Scratch', args: (r) => ({ xs: sym(r, 5), k: U(r, 0.5, 2) }), tol: 1e-4, hvpTol: 1e-3 },
  { ...P, f: 'defaultFromEarlier', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { ...P, f: 'compoundPowMod', args: (r) => ({ x: U(r, 0.5, 1.5), k: U(r, 1, 3), m: U(r, 1.2, 2) }), kinks: true },
  { ...P, f: 'recursiveTreeFill', args: (r) => ({ v: U(r, 0.5, 1.5), decay: U(r, 0.5, 0.9) }) },
  { ...P, f: 'vectorChain', args: (r) => ({ x: U(r, 0.5, 1), y: U(r, -1, 1), k: U(r, 0.1, 0.5) }) },
  { ...P, f: 'slidingMaxSumIndexed', args: (r) => ({ xs: sym(r, 9), w: 3 }), fixed: ['w'], kinks: true },
  { ...P, f: 'queueWithHead', args: (r) => ({ xs: sym(r, 7), a: U(r, 0.2, 0.8) }) },
  { ...P, f: 'reverseLoopFill', args: (r) => ({ xs: sym(r, 6), v: U(r, -1, 1) }) },
  { ...P, f: 'spliceByLoop', args: (r) => ({ xs: arr(r, 6, -1, 1), y: U(r, -1, 1) }) },
];
const H = { dir: 'probes', m: 'hunt' };
specs.push(
  { ...H, label: 'signedZeroMinNeg', f: 'signedZeroMin', args: (r) => ({ x: U(r, -2, -0.5), y: U(r, -1, 1) }) },
  { ...H, label: 'signedZeroMinPos', f: 'signedZeroMin', args: (r) => ({ x: U(r, 0.5, 2), y: U(r, -1, 1) }) },
  { ...H, f: 'powForms', args: (r) => ({ xs: F(5, () => U(r, 0.5, 3)), k: U(r, 0.5, 2.5) }) },
  { ...H, f: 'crossModuleHill', args: (r) => ({ c: U(r, 0.5, 5), ec50: U(r, 1, 4) }) },
  { ...H, f: 'closureOverRebound', args: (r) => ({ xs: sym(r, 3), k: U(r, -1, 1) }) },
  { ...H, f: 'activeLoopBound', args: (r) => ({ x: U(r, 2.1, 2.9), y: U(r, -1, 1) }) },
  { ...H, label: 'maxWithNaNGuardNaN', f: 'maxWithNaNGuard', args: (r) => ({ x: U(r, 0.2, 0.8), y: U(r, -1, 1) }) },
  { ...H, label: 'maxWithNaNGuardNum', f: 'maxWithNaNGuard', args: (r) => ({ x: U(r, 2, 3), y: U(r, -1, 0.5) }) },
  { ...H, f: 'inlinedEarlyReturn', args: (r) => ({ xs: sym(r, 6), t: U(r, -0.5, 0) }), kinks: true },
  { ...H, label: 'helperSideEffectsFlag1', f: 'helperSideEffects', args: (r) => ({ u0: sym(r, 7), w: U(r, 0.5, 0.9), flag: 1 }), fixed: ['flag'], kinks: true },
  { ...H, label: 'helperSideEffectsFlag0', f: 'helperSideEffects', args: (r) => ({ u0: sym(r, 7), w: U(r, 0.5, 0.9), flag: 0 }), fixed: ['flag'], kinks: true },
  { ...H, f: 'nestedClosures', args: (r) => ({ x: U(r, -0.5, 0.5), n: 4 }), fixed: ['n'] },
  { ...H, label: 'hoistedLocalPos', f: 'hoistedLocal', args: (r) => ({ x: U(r, -1, 1), y: U(r, 0.2, 1) }) },
  { ...H, label: 'hoistedLocalNeg', f: 'hoistedLocal', args: (r) => ({ x: U(r, -0.1, 0.1), y: U(r, -1, -0.5) }) },
  { ...H, f: 'returnFromNested', args: (r) => ({ grid: sym(r, 16), n: 4, limit: U(r, 0.5, 1.5) }), fixed: ['n'], kinks: true },
  ...[[0, 3, 1, 0, 3, 2, 0], [1, 0, 0, 3, 1, 0, 0]].map((codes, k) => ({ ...H, label: `switchBreakOuter${k}`, f: 'switchBreakOuter', args: (r) => ({ xs: sym(r, 7), codes: Int32Array.from(codes) }) })),
  { ...H, f: 'recursiveObjectArg', args: (r) => ({ a: U(r, -1, 0), b: U(r, 0.5, 1.5), k: U(r, 1, 3) }) },
  { ...H, f: 'setWithOffsetCopy', args: (r) => ({ xs: sym(r, 4), k: U(r, -1, 1) }) },
);
const O = { dir: 'probes', m: 'order' };
specs.push(
  { ...O, f: 'leftReadBeforeHelper', args: (r) => ({ xs: sym(r, 2), k: U(r, 0.5, 1.5) }) },
  { ...O, f: 'leftReadBeforeClosure', args: (r) => ({ x: U(r, -1, 1), k: U(r, 0.5, 1.5) }) },
  { ...O, f: 'assignInsideExpression', args: (r) => ({ x: U(r, -1, 1) }) },
  { ...O, f: 'objectReadBeforeHelper', args: (r) => ({ v0: U(r, -1, 1), f: U(r, -1, 1) }) },
  { ...O, f: 'argumentOrder', args: (r) => ({ x: U(r, -1, 1), k: U(r, 0.5, 1.5) }) },
  { ...O, label: 'conditionSideEffectHi', f: 'conditionSideEffect', args: (r) => ({ x: U(r, 1.2, 2), k: U(r, 1, 1.5) }) },
  { ...O, label: 'conditionSideEffectLo', f: 'conditionSideEffect', args: (r) => ({ x: U(r, 0.1, 0.5), k: U(r, 0.5, 1) }) },
  { ...O, f: 'elementCompoundHelper', args: (r) => ({ xs: sym(r, 2), k: U(r, 0.5, 1.5) }) },
  { ...O, label: 'comparisonOrderUp', f: 'comparisonOrder', args: (r) => ({ xs: Float64Array.of(U(r, 0.2, 0.5), U(r, -1, 1)), k: U(r, 1.1, 1.5) }) },
  { ...O, label: 'comparisonOrderDown', f: 'comparisonOrder', args: (r) => ({ xs: Float64Array.of(U(r, 2, 3), U(r, -1, 1)), k: U(r, 0.2, 0.5) }) },
);
// the @checkpoint copies of src/fluid.ts, game.ts, pharm.ts: each case with the domain of its original in ../specs.mjs
const { specs: mainSpecs } = await import('../specs.mjs');
const CK = { lbmShearEnergy: 'ckpt_fluid', vortexPairDrift: 'ckpt_fluid', channelFlowRate: 'ckpt_fluid', ropeSag: 'ckpt_game', boxDropEnergy: 'ckpt_game', effectCompartmentAuc: 'ckpt_pharm' };
for (const [f, m] of Object.entries(CK)) specs.push({ ...mainSpecs.find((s) => s.f === f), dir: 'probes', m, label: `${f}Ckpt` });
const C = { dir: 'probes', m: 'classes' };
specs.push(
  // (fieldFromParams: refused since tsgrad's ES2022 class-field order, TSG1002: f is NaN; listed among run.mjs's probe diagnostics)
  { ...C, f: 'inheritanceChain', args: (r) => ({ s: U(r, 0.5, 2), w: U(r, 1, 2), h: U(r, 1, 2) }) },
);
const R = { dir: 'probes', m: 'registered' };
specs.push(
  { ...R, f: 'doseToTargets', args: (r) => ({ emax: U(r, 80, 100), ec50: U(r, 1, 4), n: U(r, 1, 2), targets: F(4, () => U(r, 20, 70)), doses: F(4, () => U(r, 0.5, 5)) }), nojvp: 'TSG2004 and TSG2005 (info): a registered derivative has no forward or second-order form', nohvp: 'TSG2005' },
);
specs.push({ ...C, f: 'methodControlFlow', args: (r) => ({ a: U(r, 0.2, 0.8), s0: U(r, -1, 1), xs: F(8, () => U(r, -2, 2)), t: U(r, 0, 0.5) }), kinks: true });
