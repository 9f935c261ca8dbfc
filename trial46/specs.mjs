// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: counts and data the differences do not move (numbers among them keep their grad key)
//   kinks: piecewise smooth (min/max/abs/branches): smaller difference steps
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; nohvp: reason hvp is not compared
//   hrel: steps relative to each input's own magnitude
// (Field names follow trial45's specs.mjs, whose check.mjs this trial reuses; the domains are mine.)
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const I = (...xs) => Int32Array.from(xs);
const arr = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
// unit-ish directions in the upper hemisphere, k of them, 3 numbers each
const upper = (r, k) => F(3 * k, (_, i) => (i % 3 === 2 ? U(r, 0.6, 1) : U(r, -0.5, 0.5)));

export const specs = [
  // brdf
  { m: 'brdf', f: 'ggxD', args: (r) => ({ nh: U(r, 0.2, 1), alpha: U(r, 0.1, 0.8) }) },
  { m: 'brdf', f: 'smithG1', args: (r) => ({ nv: U(r, 0.1, 1), alpha: U(r, 0.1, 0.8) }) },
  { m: 'brdf', f: 'fresnelSchlick', args: (r) => ({ cosTheta: U(r, 0.05, 0.95), f0: U(r, 0.02, 0.9) }) },
  { m: 'brdf', f: 'cookTorrance', args: (r) => ({ light: upper(r, 1), view: upper(r, 1), roughness: U(r, 0.3, 0.8), f0: U(r, 0.02, 0.1), kd: U(r, 0.2, 0.8) }) },
  { m: 'brdf', f: 'brdfFitLoss', args: (r) => ({ params: Float64Array.of(U(r, 0.3, 0.7), U(r, 0.02, 0.1), U(r, 0.3, 0.7)), dirs: upper(r, 10), measured: pos(r, 5, 0.05, 1) }) },
  { m: 'brdf', f: 'orenNayar', args: (r) => ({ sigma: U(r, 0.1, 0.5), thetaI: U(r, 0.1, 1.2), thetaR: U(r, 0.1, 1.2), phiDiff: U(r, -1, 1), albedo: U(r, 0.3, 0.9) }), kinks: true },
  { m: 'brdf', f: 'directionalAlbedo', args: (r) => ({ roughness: U(r, 0.3, 0.8), f0: U(r, 0.02, 0.2), thetaV: U(r, 0.1, 1), nTheta: 8, nPhi: 12 }), fixed: ['nTheta', 'nPhi'], kinks: true },
  { m: 'brdf', f: 'sphereRenderLoss', args: (r) => ({ roughness: U(r, 0.3, 0.7), f0: U(r, 0.02, 0.1), kd: U(r, 0.3, 0.8), lightAz: U(r, 0, 6.28), target: pos(r, 36, 0, 1), size: 6 }), fixed: ['size'], kinks: true },
  { m: 'brdf', f: 'layeredMean', args: (r) => ({ roughness: U(r, 0.3, 0.8), f0: U(r, 0.02, 0.2), kd: U(r, 0.3, 0.8), lights: upper(r, 4) }) },
  // contrast
  { m: 'contrast', f: 'infoNce', args: (r) => ({ anchors: sym(r, 12), positives: sym(r, 12), d: 3, temperature: U(r, 0.1, 0.5) }), fixed: ['d'] },
  { m: 'contrast', f: 'ntXent', args: (r) => ({ views: sym(r, 12), d: 3, temperature: U(r, 0.1, 0.5) }), fixed: ['d'] },
  { m: 'contrast', f: 'supCon', args: (r) => ({ features: sym(r, 18), labels: I(0, 1, 0, 1, 2, 2), d: 3, temperature: U(r, 0.1, 0.5) }), fixed: ['d'] },
  { m: 'contrast', f: 'listNet', args: (r) => ({ scores: arr(r, 5, -2, 2), relevance: arr(r, 5, 0, 3) }) },
  { m: 'contrast', f: 'lambdaRankLoss', args: (r) => ({ scores: sym(r, 6, 2), rel: I(2, 0, 1, 3, 0, 1) }) },
  { m: 'contrast', f: 'wasserstein1d', args: (r) => ({ xs: sym(r, 6), ys: sym(r, 6) }) },
  { m: 'contrast', f: 'histogramW1', args: (r) => ({ p: pos(r, 8), q: pos(r, 8), spacing: U(r, 0.5, 1.5) }) },
  { m: 'contrast', f: 'centerLoss', args: (r) => ({ features: sym(r, 12), labels: I(0, 1, 1, 0), centers: sym(r, 6), d: 3 }), fixed: ['d'] },
  { m: 'contrast', f: 'barlowTwins', args: (r) => ({ za: sym(r, 15), zb: sym(r, 15), d: 3, lambda: U(r, 0.005, 0.05) }), fixed: ['d'] },
  // curves
  { m: 'curves', f: 'bezierFitLoss', args: (r) => ({ ctrl: sym(r, 8), ts: F(6, (_, i) => (i + 0.5) / 6 + U(r, -0.03, 0.03)), px: sym(r, 6), py: sym(r, 6) }) },
  { m: 'curves', f: 'bezierLengthPenalty', args: (r) => ({ p: sym(r, 8, 2), wanted: U(r, 2, 4), tol: U(r, 1e-3, 1e-2) }), kinks: true },
  { m: 'curves', f: 'adaptivePolylineError', args: (r) => ({ a: U(r, 0.5, 1.5), b: U(r, 1, 3), c: U(r, -0.5, 0.5), tol: U(r, 0.01, 0.05) }), kinks: true },
  { m: 'curves', f: 'kochPerimeter', args: (r) => ({ len: U(r, 1, 2), angle: U(r, 0.2, 1.2), level: 3 }), fixed: ['level'] },
  { m: 'curves', f: 'divideConquerEnergy', args: (r) => ({ xs: F(8, (_, i) => i * 0.5 + U(r, -0.2, 0.2)), eps: U(r, 0.01, 0.1) }) },
  { m: 'curves', f: 'chaikinPerimeter', args: (r) => ({ pts: F(10, (_, i) => (i % 2 ? Math.sin : Math.cos)((2 * Math.PI * (i >> 1)) / 5) * U(r, 0.8, 1.2)), levels: 3, w: U(r, 0.15, 0.35) }), fixed: ['levels'] },
  { m: 'curves', f: 'annuityFactor', args: (r) => ({ rate: U(r, 0.01, 0.1), periods: 12 }), fixed: ['periods'] },
  // epi
  { m: 'epi', f: 'ageR0', args: (r) => ({ beta: U(r, 0.02, 0.05), gamma: U(r, 0.1, 0.3), contacts: pos(r, 9, 2, 10), pop: pos(r, 3, 1e5, 5e5) }), hrel: true },
  { m: 'epi', f: 'ageSirAttackRate', args: (r) => ({ beta: U(r, 0.02, 0.05), gamma: U(r, 0.1, 0.3), contacts: pos(r, 9, 2, 10), pop: pos(r, 3, 1e5, 5e5), seed: U(r, 0.5, 2), days: 60 }), fixed: ['days'], hrel: true },
  { m: 'epi', f: 'finalSizeByAge', args: (r) => ({ r0Scale: U(r, 1.5, 3), contacts: pos(r, 9), pop: pos(r, 3, 1, 3), susceptibility: pos(r, 3, 0.5, 1) }) },
  { m: 'epi', f: 'vaccineAllocationReff', args: (r) => ({ logits: sym(r, 3), doses: U(r, 0.2, 0.8), beta: U(r, 0.02, 0.05), gamma: U(r, 0.1, 0.3), contacts: pos(r, 9, 2, 10), pop: pos(r, 3, 1, 2) }) },
  { m: 'epi', f: 'levinsFit', args: (r) => ({ c: U(r, 0.3, 0.6), e: U(r, 0.1, 0.2), p0: U(r, 0.1, 0.3), observed: pos(r, 8, 0.3, 0.6), dtYears: U(r, 0.5, 1.5) }) },
  { m: 'epi', f: 'hanskiOccupancy', args: (r) => ({ alpha: U(r, 0.5, 1.5), b: U(r, 0.3, 0.7), ext: U(r, 0.05, 0.15), xs: sym(r, 5, 2), ys: sym(r, 5, 2), areas: pos(r, 5, 0.5, 2), years: 10 }), fixed: ['years'] },
  { m: 'epi', f: 'gravitySirPeak', args: (r) => ({ beta: U(r, 0.3, 0.5), gamma: U(r, 0.1, 0.2), kappa: U(r, 1e-5, 3e-5), distExp: U(r, 1.5, 2), pops: pos(r, 4, 1e5, 1e6), dist: pos(r, 16, 10, 100), days: 80 }), fixed: ['days'], hrel: true, kinks: true },
  // fluid
  { m: 'fluid', f: 'lbmDiffusionLoss', args: (r) => ({ rho0: pos(r, 8), tau: U(r, 0.6, 1.5), steps: 10, target: pos(r, 8) }), fixed: ['steps'] },
  { m: 'fluid', f: 'lbmShearEnergy', args: (r) => ({ ux0: sym(r, 12, 0.05), tau: U(r, 0.7, 1.2), force: U(r, 1e-4, 1e-3), nx: 4, ny: 3, steps: 3 }), fixed: ['nx', 'ny', 'steps'] },
  { m: 'fluid', f: 'shallowWaterEnergy', args: (r) => ({ h0: pos(r, 8, 0.8, 1.2), g: U(r, 9, 10), dx: U(r, 0.9, 1.1), dt: U(r, 0.04, 0.06), steps: 10 }), fixed: ['steps'], kinks: true },
  { m: 'fluid', f: 'damBreakFit', args: (r) => ({ hLeft: U(r, 1.5, 2), hRight: U(r, 0.5, 1), g: U(r, 9, 10), gauge: 10, observed: pos(r, 6, 0.8, 1.6) }), fixed: ['gauge'], kinks: true },
  { m: 'fluid', f: 'vortexPairDrift', args: (r) => ({ xs: Float64Array.of(U(r, -1.2, -0.8), U(r, 0.8, 1.2), U(r, -0.2, 0.2)), ys: Float64Array.of(U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, 0.8, 1.2)), gammas: pos(r, 3), dt: 0.05, steps: 20, tx: U(r, -1, 1), ty: U(r, -1, 1) }), fixed: ['steps'] },
  { m: 'fluid', f: 'channelFlowRate', args: (r) => ({ gradP: U(r, 1, 3), mu: U(r, 0.5, 2), width: U(r, 0.5, 1.5), cells: 8, sweeps: 50 }), fixed: ['cells', 'sweeps'] },
  // game
  { m: 'game', f: 'ropeSag', args: (r) => ({ restLen: U(r, 1.1, 1.5), span: U(r, 0.8, 1), gravity: U(r, 8, 10), damping: U(r, 0.95, 0.99), frames: 30 }), fixed: ['frames'] },
  { m: 'game', f: 'boxDropEnergy', args: (r) => ({ h0: U(r, 0.3, 0.4), spin: U(r, -1, 1), k: U(r, 2000, 4000), c: U(r, 10, 30), mu: U(r, 0.3, 0.6), steps: 120 }), fixed: ['steps'], hrel: true, kinks: true },
  { m: 'game', f: 'aimBySecant', args: (r) => ({ speed: U(r, 25, 30), drag: U(r, 0.005, 0.01), target: U(r, 30, 50) }), hrel: true, kinks: true },
  { m: 'game', f: 'boidsStep', args: (r) => ({ px: sym(r, 5, 2), py: sym(r, 5, 2), vx: sym(r, 5), vy: sym(r, 5), wCoh: U(r, 0.01, 0.05), wSep: U(r, 0.01, 0.05), wAli: U(r, 0.1, 0.5) }) },
  { m: 'game', f: 'jumpArc', args: (r) => ({ jumpSpeed: U(r, 5, 8), gUp: U(r, 15, 25), gDown: U(r, 30, 45), releaseT: U(r, 0.1, 0.2), runSpeed: U(r, 3, 6) }), kinks: true },
  // pharm
  { m: 'pharm', f: 'hillResponse', args: (r) => ({ c: U(r, 0.1, 10), e0: U(r, 0, 10), emax: U(r, 50, 100), ec50: U(r, 1, 5), n: U(r, 0.8, 2.5) }), hrel: true },
  { m: 'pharm', f: 'emaxFitLoss', args: (r) => ({ params: Float64Array.of(U(r, 0, 5), U(r, 80, 100), U(r, 0, 1.5), U(r, 1, 2)), conc: F(8, (_, i) => 0.1 * 2 ** i), resp: pos(r, 8, 0, 100) }) },
  { m: 'pharm', f: 'fourPlNll', args: (r) => ({ bottom: U(r, 0, 5), top: U(r, 90, 100), logIc50: U(r, -1, 1), slope: U(r, 0.8, 1.5), logDose: F(8, (_, i) => -2 + 0.5 * i), y: pos(r, 8, 10, 90), cv: U(r, 0.05, 0.15) }) },
  { m: 'pharm', f: 'blissExcess', args: (r) => ({ ec50A: U(r, 1, 3), nA: U(r, 1, 2), ec50B: U(r, 1, 3), nB: U(r, 1, 2), dosesA: pos(r, 3, 0.5, 5), dosesB: pos(r, 3, 0.5, 5), observed: pos(r, 9, 0, 1) }) },
  { m: 'pharm', f: 'combinationIndex', args: (r) => ({ ca: U(r, 0.5, 2), cb: U(r, 0.5, 2), e: U(r, 0.3, 0.7), ec50A: U(r, 1, 3), nA: U(r, 1, 2), ec50B: U(r, 1, 3), nB: U(r, 1, 2) }) },
  { m: 'pharm', f: 'effectCompartmentAuc', args: (r) => ({ dose: U(r, 100, 200), ka: U(r, 0.5, 1.5), ke: U(r, 0.1, 0.3), vd: U(r, 20, 50), ke0: U(r, 0.2, 1), emax: U(r, 50, 100), ec50: U(r, 0.5, 2), hours: 12 }), fixed: ['hours'], hrel: true },
  { m: 'pharm', f: 'operationalModel', args: (r) => ({ pA: U(r, 5, 8), logTau: U(r, -0.5, 1), pKA: U(r, 5, 7), em: U(r, 50, 100), n: U(r, 0.8, 1.5) }) },
  { m: 'pharm', f: 'concForEffect', args: (r) => ({ target: U(r, 20, 40), e0: U(r, 0, 5), emax: U(r, 50, 100), ec50: U(r, 1, 5), n: U(r, 1, 2) }) },
  { m: 'pharm', f: 'regimenMeanEffect', args: (r) => ({ dose: U(r, 50, 100), tauH: U(r, 6, 12), ke: U(r, 0.1, 0.2), vd: U(r, 20, 40), ec50: U(r, 1, 3), toxic: U(r, 30, 50), doses: 5 }), fixed: ['doses'], hrel: true },
  { label: 'regimenToxicStop', m: 'pharm', f: 'regimenMeanEffect', args: (r) => { const dose = U(r, 50, 100), vd = U(r, 20, 40); return { dose, tauH: U(r, 6, 12), ke: U(r, 0.1, 0.2), vd, ec50: U(r, 1, 3), toxic: (1.04 * dose) / vd, doses: 5 }; }, fixed: ['doses'], hrel: true },
  { m: 'pharm', f: 'populationHillMap', args: (r) => ({ theta: U(r, 2, 5), omega: U(r, 0.2, 0.5), etas: sym(r, 4, 0.3), conc: pos(r, 12, 0.5, 10), resp: pos(r, 12, 10, 90), perSubject: 3 }), fixed: ['perSubject'] },
  // lang
  { m: 'lang', f: 'bubbleSwapTop', args: (r) => ({ xs: sym(r, 6) }) },
  { m: 'lang', f: 'entriesEarlyExit', args: (r) => ({ xs: pos(r, 8), cap: U(r, 3, 6) }), kinks: true },
  { m: 'lang', f: 'springClassEnergy', args: (r) => ({ mass: U(r, 1, 2), period: U(r, 0.5, 2), rest: U(r, 0, 1), x: U(r, 1, 2) }) },
  { m: 'lang', f: 'nullishPastEnd', args: (r) => ({ xs: arr(r, 5, -1, 1), t: U(r, -0.5, 0.5) }), kinks: true },
  { m: 'lang', f: 'rebindUntil', args: (r) => ({ x0: U(r, 0.2, 0.8), r: U(r, 1.5, 2.5) }), tol: 1e-4, hvpTol: 1e-3 },
  { m: 'lang', f: 'softplusScaled', args: (r) => ({ x: U(r, -2, 2), beta: U(r, 0.5, 3) }) },
  { m: 'lang', f: 'numberStatics', args: (r) => ({ x: U(r, 0.5, 2), y: U(r, 0.5, 1) }) },
  { m: 'lang', f: 'fillThenMap', args: (r) => ({ a: U(r, -1, 1), n: 5 }), fixed: ['n'] },
  { m: 'lang', f: 'objectStateLoop', args: (r) => ({ forces: sym(r, 10), k: U(r, 0.5, 2) }) },
];
