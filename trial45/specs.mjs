// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: counts and data the differences do not move (numbers among them keep their grad key)
//   kinks: piecewise smooth (min/max/abs/branches): smaller difference steps
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; nohvp: reason hvp is not compared
//   hrel: steps relative to each input's own magnitude
// (Field names follow trial44's specs.mjs, whose check.mjs this trial reuses; the domains are mine.)
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const I = (...xs) => Int32Array.from(xs);
const U8 = (...xs) => Uint8Array.from(xs);
const arr = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));

export const specs = [
  // rl
  { m: 'rl', f: 'softmaxLogProb', args: (r) => ({ w: sym(r, 12), state: sym(r, 4), action: 2, nActions: 3 }), fixed: ['action', 'nActions'] },
  { m: 'rl', f: 'ppoClipped', args: (r) => ({ newLogp: F(8, (_, i) => -1 + 0.3 * Math.sin(i) + U(r, -0.4, 0.4)), oldLogp: F(8, (_, i) => -1 + 0.3 * Math.sin(i)), adv: sym(r, 8), eps: 0.2 }), kinks: true },
  { m: 'rl', f: 'tdLambdaLoss', args: (r) => ({ values: sym(r, 9), rewards: sym(r, 8), gamma: U(r, 0.9, 0.99), lambda: U(r, 0.5, 0.95) }) },
  { m: 'rl', f: 'gaePolicyLoss', args: (r) => ({ logp: F(10, () => U(r, -2, -0.1)), values: sym(r, 11), rewards: sym(r, 10), dones: U8(0, 0, 0, 1, 0, 0, 0, 0, 1, 0), gamma: U(r, 0.9, 0.99), lam: U(r, 0.8, 0.97) }) },
  { m: 'rl', f: 'policyEntropy', args: (r) => ({ logits: arr(r, 5, -2, 2), temperature: U(r, 0.5, 2) }) },
  { m: 'rl', f: 'dqnHuber', args: (r) => ({ q: sym(r, 12, 2), qNext: sym(r, 12, 2), actions: I(0, 2, 1, 1), rewards: sym(r, 4), gamma: U(r, 0.9, 0.99), nA: 3 }), fixed: ['nA'], kinks: true },
  { m: 'rl', f: 'softValueIteration', args: (r) => ({ reward: sym(r, 5), gamma: U(r, 0.8, 0.95), alpha: U(r, 0.3, 1), sweeps: 15 }), fixed: ['sweeps'] },
  // seq
  { m: 'seq', f: 'crfNll', args: (r) => ({ emissions: sym(r, 15, 2), transitions: sym(r, 9), tags: I(0, 2, 2, 1, 0), nTags: 3 }), fixed: ['nTags'] },
  { m: 'seq', f: 'ctcLoss', args: (r) => { const T = 6, C = 4, lp = new Float64Array(T * C); for (let t = 0; t < T; t++) { const z = F(C, () => U(r, -2, 2)); const m = Math.log(z.reduce((s, x) => s + Math.exp(x), 0)); for (let c = 0; c < C; c++) lp[t * C + c] = z[c] - m; } return { logProbs: lp, labels: I(1, 3, 3), nClasses: C }; }, fixed: ['nClasses'] },
  { m: 'seq', f: 'attentionPool', args: (r) => ({ hidden: sym(r, 20), query: sym(r, 4), target: sym(r, 4, 0.5) }) },
  { m: 'seq', f: 'elmanLoss', args: (r) => ({ wx: sym(r, 3), wh: sym(r, 9, 0.5), wy: sym(r, 3), xs: sym(r, 6), ys: sym(r, 6) }) },
  { m: 'seq', f: 'smoothedSeqXent', args: (r) => ({ logits: sym(r, 20, 2), labels: I(1, -1, 3, 0, 2), vocab: 4, smoothing: U(r, 0.05, 0.2) }), fixed: ['vocab'] },
  { m: 'seq', f: 'positionalEnergy', args: (r) => ({ emb: sym(r, 24), freqScale: U(r, 0.5, 1.5), dim: 6 }), fixed: ['dim'] },
  // recsys
  { m: 'recsys', f: 'fmLogLoss', args: (r) => ({ w0: U(r, -0.5, 0.5), w: sym(r, 5), v: sym(r, 15, 0.5), x: sym(r, 5), label: 1, k: 3 }), fixed: ['label', 'k'] },
  { m: 'recsys', f: 'bprLoss', args: (r) => ({ users: sym(r, 6), items: sym(r, 8), triples: I(0, 0, 1, 1, 2, 3, 2, 1, 0, 0, 3, 2), dim: 2, reg: U(r, 0.01, 0.1) }), fixed: ['dim'] },
  { m: 'recsys', f: 'biasedMf', args: (r) => ({ mu: U(r, 3, 4), bu: sym(r, 3, 0.5), bi: sym(r, 4, 0.5), p: sym(r, 6), q: sym(r, 8), obs: I(0, 0, 0, 2, 1, 1, 1, 3, 2, 0, 2, 2), ratings: F(6, () => U(r, 1, 5)), dim: 2, lambda: U(r, 0.01, 0.1) }), fixed: ['dim'] },
  { m: 'recsys', f: 'implicitMf', args: (r) => ({ p: sym(r, 6), q: sym(r, 8), counts: [0, 3, 0, 1, 2, 0, 0, 5, 0, 0, 4, 0], nUsers: 3, nItems: 4, alpha: U(r, 1, 10) }), fixed: ['counts', 'nUsers', 'nItems'] },
  { m: 'recsys', f: 'softRecall', args: (r) => ({ userVec: sym(r, 3), itemVecs: sym(r, 15), relevant: U8(1, 0, 0, 1, 0), threshold: U(r, -0.5, 0.5), temp: U(r, 0.2, 1) }) },
  { m: 'recsys', f: 'sampledSoftmax', args: (r) => ({ query: sym(r, 3), pos: sym(r, 3), negs: sym(r, 12), negIds: I(5, 17, 230, 999), vocab: 1000 }), fixed: ['vocab'] },
  // finance
  { m: 'finance', f: 'nelsonSiegelFit', args: (r) => ({ b0: U(r, 0.03, 0.05), b1: U(r, -0.03, 0), b2: U(r, -0.01, 0.02), tau: U(r, 1, 3), maturities: Float64Array.of(0.25, 1, 2, 5, 10, 30), rates: F(6, (_, i) => 0.02 + 0.004 * i + U(r, -0.002, 0.002)) }) },
  { m: 'finance', f: 'bondPrice', args: (r) => ({ yieldRate: U(r, 0.02, 0.08), coupon: U(r, 0.03, 0.06), years: U(r, 4.1, 4.4), freq: 2, accrued: U(r, 0.1, 0.9) }), fixed: ['years', 'freq'] },
  { m: 'finance', f: 'yieldFromPrice', args: (r) => ({ price: U(r, 90, 110), coupon: U(r, 0.03, 0.06), n: 7, iters: 6 }), fixed: ['n', 'iters'] },
  { m: 'finance', f: 'modifiedDuration', args: (r) => ({ y: U(r, 0.01, 0.08), coupon: U(r, 0.02, 0.07), n: 10 }), fixed: ['n'] },
  { m: 'finance', f: 'softmaxPortfolio', args: (r) => { const n = 4, A = sym(r, n * n, 0.2), cov = new Float64Array(n * n); for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { let s = i === j ? 0.02 : 0; for (let k = 0; k < n; k++) s += A[i * n + k] * A[j * n + k]; cov[i * n + j] = s; } return { logits: sym(r, n), mu: F(n, () => U(r, 0.02, 0.12)), cov, riskAversion: U(r, 1, 5) }; } },
  { m: 'finance', f: 'kellyGrowth', args: (r) => ({ f: U(r, 0.05, 0.5), returns: [1.2, -1, 0.4], probs: [0.3, 0.3, 0.4] }) },
  { m: 'finance', f: 'totalInterest', args: (r) => ({ principal: U(r, 1e5, 3e5), annualRate: U(r, 0.02, 0.07), years: 30 }), fixed: ['years'], hrel: true },
  // energy
  { m: 'energy', f: 'diodeCurrent', args: (r) => ({ v: U(r, 0.2, 0.55), iph: U(r, 5, 8), logI0: U(r, -22, -20), rs: U(r, 0.005, 0.02), rsh: U(r, 50, 200), ideality: U(r, 1.1, 1.5), tempK: U(r, 290, 310) }), hrel: true },
  { m: 'energy', f: 'maxPower', args: (r) => ({ iph: U(r, 5, 8), logI0: U(r, -22, -20), rs: U(r, 0.005, 0.02), rsh: U(r, 50, 200), vOc: 0.8 }), fixed: ['vOc'], hrel: true, tol: 1e-5, nohvp: 'golden section: the located voltage is piecewise constant in the inputs (40 comparisons), hvp differs from differences of grad' },
  { m: 'energy', f: 'theveninFit', args: (r) => ({ r0: U(r, 0.01, 0.05), r1: U(r, 0.01, 0.03), c1: U(r, 500, 2000), capacityAh: U(r, 2, 3), current: F(12, (_, k) => (k % 4 < 2 ? 2 : -1) + U(r, -0.2, 0.2)), measured: F(12, () => U(r, 3.8, 4.1)), dt: 10 }), hrel: true },
  { m: 'energy', f: 'heatPumpSeasonal', args: (r) => ({ eta: U(r, 0.4, 0.55), supplyC: U(r, 35, 50), hourlyC: F(10, () => U(r, -10, 16)), defrostLoss: U(r, 0.05, 0.2) }), kinks: true },
  { m: 'energy', f: 'weibullEnergy', args: (r) => ({ shape: U(r, 1.8, 2.4), scale: U(r, 6, 9), rated: U(r, 1.5, 3), cutIn: 3.1, ratedSpeed: 12.1, cutOut: 25.1 }), fixed: ['cutIn', 'ratedSpeed', 'cutOut'], hrel: true },
  // colour
  { m: 'colour', f: 'deltaE76', args: (r) => ({ c1: pos(r, 3, 0.1, 0.9), c2: pos(r, 3, 0.1, 0.9) }) },
  { m: 'colour', f: 'paletteDeltaE94', args: (r) => ({ palette: pos(r, 9, 0.1, 0.9), targets: pos(r, 9, 0.1, 0.9) }) },
  { m: 'colour', f: 'reinhardLoss', args: (r) => ({ exposure: U(r, 0.3, 0.8), white: U(r, 2, 4), hdr: F(8, () => Math.exp(U(r, -4, 0.5))), target: pos(r, 8, 0.1, 0.9) }), kinks: true },
  { m: 'colour', f: 'acesMean', args: (r) => ({ exposure: U(r, 0.3, 1.2), hdr: arr(r, 8, 0.01, 2) }), kinks: true },
  { m: 'colour', f: 'gammaBlend', args: (r) => ({ top: pos(r, 6, 0.1, 0.9), bottom: pos(r, 6, 0.1, 0.9), alpha: U(r, 0.2, 0.8) }) },
  { m: 'colour', f: 'hsvRed', args: (r) => ({ h: U(r, 0, 360), s: U(r, 0.2, 0.9), v: U(r, 0.2, 0.9), targetRed: U(r, 0, 1) }), kinks: true },
  // ops
  { m: 'ops', f: 'erlangCWait', args: (r) => ({ lambda: U(r, 8, 12), mu: U(r, 1.5, 2.5), servers: 8 }), fixed: ['servers'] },
  { m: 'ops', f: 'mm1Cost', args: (r) => ({ mu: U(r, 12, 20), lambda: U(r, 5, 10), costPerRate: U(r, 1, 3), waitCost: U(r, 10, 30) }) },
  { m: 'ops', f: 'eoqPalletCost', args: (r) => ({ demand: U(r, 1000, 5000), orderCost: U(r, 50, 150), holdCost: U(r, 2, 6), pallet: 40 }), fixed: ['pallet'], hrel: true, kinks: true },
  { m: 'ops', f: 'newsvendorCost', args: (r) => ({ q: U(r, 80, 120), mean: U(r, 90, 110), sd: U(r, 10, 20), under: U(r, 2, 5), over: U(r, 0.5, 2) }) },
  { m: 'ops', f: 'dewPoint', args: (r) => ({ tempC: U(r, -5, 35), rh: U(r, 20, 95) }) },
  { m: 'ops', f: 'moistEnthalpy', args: (r) => ({ tempC: U(r, -10, 35), rh: U(r, 20, 95), pressureKPa: U(r, 95, 102) }) },
  { m: 'ops', f: 'windChill', args: (r) => ({ tempF: U(r, -20, 45), windMph: U(r, 5, 40) }) },
  { m: 'ops', f: 'heatIndex', args: (r) => ({ t: U(r, 82, 110), rh: U(r, 15, 80) }) },
  // anim
  { m: 'anim', f: 'springOvershoot', args: (r) => ({ stiffness: U(r, 100, 300), damping: U(r, 8, 20), mass: U(r, 0.8, 1.5), from: 0, to: U(r, 80, 120) }), hrel: true, kinks: true },
  { m: 'anim', f: 'cubicBezierEase', args: (r) => ({ x1: U(r, 0.1, 0.5), y1: U(r, 0, 0.3), x2: U(r, 0.5, 0.9), y2: U(r, 0.7, 1), t: U(r, 0.1, 0.9) }) },
  { m: 'anim', f: 'easeFit', args: (r) => ({ ctrl: Float64Array.of(U(r, 0.2, 0.4), U(r, 0, 0.2), U(r, 0.5, 0.7), U(r, 0.8, 1)), times: F(5, (_, i) => 0.1 + 0.18 * i), values: F(5, (_, i) => (0.1 + 0.18 * i) ** 1.5 + U(r, -0.02, 0.02)) }) },
  { m: 'anim', f: 'flingDistance', args: (r) => ({ velocity: U(r, 500, 2000), friction: U(r, 0.9, 0.96), maxScroll: U(r, 100, 400) }), hrel: true, kinks: true, nohvp: 'the loop stops where |v| < 0.05: the trip count is piecewise constant' },
  { m: 'anim', f: 'keyframeValue', args: (r) => ({ times: Float64Array.of(0, 0.3, 0.6, 1), values: sym(r, 4, 10), kinds: I(1, 3, 2), t: U(r, 0.05, 0.95) }), kinks: true },
  { m: 'anim', f: 'smoothDamp', args: (r) => ({ smoothTime: U(r, 0.1, 0.5), targets: F(20, (_, i) => 10 * Math.sin(i / 5) + U(r, -1, 1)), dt: 1 / 60 }) },
  // lang
  // (refused in the trial: conditional destructuring, Number(flag); compile since stop 42)
  { m: 'colour', f: 'contrastRatio', args: (r) => ({ fg: F(3, () => U(r, 0.05, 0.95)), bg: F(3, () => U(r, 0.05, 0.95)) }) },
  { label: 'numberConversionsOn', m: 'lang', f: 'numberConversions', args: (r) => ({ x: U(r, -2, 2), flag: true }), fixed: ['flag'] },
  { label: 'numberConversionsOff', m: 'lang', f: 'numberConversions', args: (r) => ({ x: U(r, -2, 2), flag: false }), fixed: ['flag'] },
  { m: 'lang', f: 'closureCounter', args: (r) => ({ xs: sym(r, 6, 2), k: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'labelledLoops', args: (r) => ({ grid: sym(r, 16), n: 4, limit: U(r, 2, 4) }), fixed: ['n'], kinks: true },
  { label: 'switchMode0', m: 'lang', f: 'switchDefaultMiddle', args: (r) => ({ x: U(r, -1, 1), mode: 0 }), fixed: ['mode'] },
  { label: 'switchMode1', m: 'lang', f: 'switchDefaultMiddle', args: (r) => ({ x: U(r, -1, 1), mode: 1 }), fixed: ['mode'] },
  { label: 'switchMode2', m: 'lang', f: 'switchDefaultMiddle', args: (r) => ({ x: U(r, -1, 1), mode: 2 }), fixed: ['mode'] },
  { label: 'switchMode3', m: 'lang', f: 'switchDefaultMiddle', args: (r) => ({ x: U(r, -1, 1), mode: 3 }), fixed: ['mode'] },
  { m: 'lang', f: 'tableMass', args: (r) => ({ volume: U(r, 0.5, 2), material: ['water', 'steel', 'oak'][Math.floor(3 * r())] }) },
  { m: 'lang', f: 'tuplePairs', args: (r) => ({ xs: sym(r, 5), ys: sym(r, 5) }) },
  { m: 'lang', f: 'fromLengthReduce', args: (r) => ({ w: sym(r, 5), scale: U(r, 0.2, 1) }) },
  { m: 'lang', f: 'staticMembers', args: (r) => ({ heightFt: U(r, 10, 100), mass: U(r, 1, 10) }) },
  { m: 'lang', f: 'namespaceHelpers', args: (r) => ({ lat1: U(r, -1, 1), lat2: U(r, -1, 1), dlon: U(r, -1, 1) }) },
  { m: 'lang', f: 'mutualRecursion', args: (r) => ({ x: U(r, -1, 1), n: 5 }), fixed: ['n'] },
  { m: 'lang', f: 'mathZoo', args: (r) => ({ x: U(r, 0.1, 1), y: U(r, 0.4, 0.9) }), tol: 1e-6 },
  { label: 'ternaryCommaPP', m: 'lang', f: 'ternaryComma', args: (r) => ({ x: U(r, 0.2, 1), y: U(r, 0.2, 1) }) },
  { label: 'ternaryCommaNN', m: 'lang', f: 'ternaryComma', args: (r) => ({ x: U(r, -1, -0.2), y: U(r, -1, -0.2) }) },
  { label: 'logicalShort', m: 'lang', f: 'logicalAssignments', args: (r) => ({ x: U(r, 0.2, 1), y: U(r, 0.2, 1), xs: sym(r, 3) }) },
  { label: 'logicalLong', m: 'lang', f: 'logicalAssignments', args: (r) => ({ x: U(r, 0.2, 1), y: U(r, 0.2, 1), xs: sym(r, 7) }) },
  { m: 'lang', f: 'cursorPrefix', args: (r) => ({ deltas: sym(r, 5), scale: U(r, 0.5, 1.5) }) },
  { m: 'lang', f: 'tupleReturn', args: (r) => ({ pts: arr(r, 8, -1, 1) }) },
];
