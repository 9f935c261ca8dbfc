// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: counts and data the differences do not move; kinks: piecewise smooth, smaller steps;
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; hrel: steps relative to each input's magnitude
// (Field names follow trial45/trial46's specs.mjs, whose check.mjs this trial reuses; the domains are mine.)
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const I = (...xs) => Int32Array.from(xs);
const arr = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
// a zigzag chain of n atoms, bond ~1, with jitter
const chain = (r, n) => F(3 * n, (_, i) => { const a = Math.floor(i / 3), k = i % 3; return (k === 0 ? a * 0.8 : k === 1 ? (a % 2) * 0.6 : 0.3 * Math.sin(a)) + U(r, -0.05, 0.05); });
// a 3×3×3 lattice of spacing 1.1 in a periodic box of 3.3, jittered
const lattice = (r) => F(81, (_, i) => { const a = Math.floor(i / 3), k = i % 3; const c = k === 0 ? a % 3 : k === 1 ? Math.floor(a / 3) % 3 : Math.floor(a / 9); return 1.1 * c + U(r, -0.08, 0.08); });

export const specs = [
  // seismo
  { m: 'seismo', f: 'verticalTravelTime', args: (r) => ({ h: pos(r, 4, 0.5, 2), v: pos(r, 4, 1.5, 6) }) },
  { m: 'seismo', f: 'firstArrival', args: (r) => ({ x: U(r, 0.5, 20), h: U(r, 0.5, 2), v1: U(r, 1, 2), v2: U(r, 3, 5) }), kinks: true },
  { m: 'seismo', f: 'vspMisfit', args: (r) => ({ slowness: pos(r, 4, 0.2, 0.6), bottoms: Float64Array.of(1, 2, 3), depths: Float64Array.of(0.3, 0.7, 1.25, 1.6, 2.4, 2.8, 3.5, 4.2), picks: pos(r, 8, 0.1, 1.5), smooth: U(r, 0.1, 1) }), fixed: ['bottoms', 'depths'], kinks: true },
  { m: 'seismo', f: 'hypocentreLoss', args: (r) => ({ src: Float64Array.of(U(r, -1, 1), U(r, -1, 1), U(r, -8, -4)), t0: U(r, 0, 0.5), stations: F(15, (_, i) => (i % 3 === 2 ? 0 : U(r, -10, 10))), arrivals: pos(r, 5, 1, 3), vp: U(r, 4, 6) }) },
  { m: 'seismo', f: 'rickerFit', args: (r) => ({ amp: U(r, 0.5, 2), delay: U(r, 0.1, 0.2), f0: U(r, 5, 15), trace: sym(r, 30), dt: 0.01 }), fixed: ['dt'] },
  { m: 'seismo', f: 'localMagnitude', args: (r) => ({ amps: pos(r, 5, 0.1, 10), dists: pos(r, 5, 10, 100), a: U(r, 1, 1.2), b: U(r, 0.001, 0.003), c: U(r, -2.5, -2) }) },
  { m: 'seismo', f: 'rayOffset', args: (r) => ({ p: U(r, 0.1, 0.3), h: pos(r, 4, 0.5, 2), v: pos(r, 4, 1.5, 3) }), kinks: true },
  // hydro
  { m: 'hydro', f: 'greenAmptF', args: (r) => ({ K: U(r, 0.5, 2), psi: U(r, 5, 15), dtheta: U(r, 0.2, 0.4), t: U(r, 0.5, 3) }) },
  { m: 'hydro', f: 'greenAmptRunoff', args: (r) => ({ K: U(r, 0.5, 2), psi: U(r, 5, 15), dtheta: U(r, 0.2, 0.4), rain: pos(r, 10, 0.5, 5), dt: 0.1 }), fixed: ['dt'], kinks: true },
  { m: 'hydro', f: 'routePeak', args: (r) => ({ inflow: pos(r, 20, 1, 10), area: U(r, 50, 100), weirC: U(r, 2, 5), crest: U(r, 0.5, 1), dt: 0.5 }), fixed: ['dt'], kinks: true },
  { m: 'hydro', f: 'nashCascadeLoss', args: (r) => ({ k: U(r, 2, 5), rain: pos(r, 12, 0, 2), obs: pos(r, 12, 0, 1), n: 3, dt: 0.5 }), fixed: ['n', 'dt'] },
  { m: 'hydro', f: 'manningQ', args: (r) => ({ depth: U(r, 0.5, 2), bottom: U(r, 1, 4), sideSlope: U(r, 0.5, 2), n: U(r, 0.02, 0.05), slope: U(r, 1e-4, 1e-3) }), hrel: true },
  { m: 'hydro', f: 'normalDepth', args: (r) => ({ Q: U(r, 5, 20), bottom: U(r, 1, 4), sideSlope: U(r, 0.5, 2), n: U(r, 0.02, 0.05), slope: U(r, 1e-4, 1e-3) }), hrel: true, tol: 1e-5 },
  { m: 'hydro', f: 'scsRunoff', args: (r) => ({ cn: U(r, 60, 90), storms: arr(r, 5, 20, 120), lambda: U(r, 0.1, 0.3) }), kinks: true },
  // orbit
  { m: 'orbit', f: 'orbitRadius', args: (r) => ({ a: U(r, 0.8, 3), e: U(r, 0, 0.6), M0: U(r, 0, 6), t: U(r, 0, 400) }) },
  { m: 'orbit', f: 'longitudeFit', args: (r) => ({ el: Float64Array.of(U(r, 0.8, 2), U(r, 0.05, 0.4), U(r, 0, 6), U(r, 0, 6)), ts: pos(r, 6, 0, 300), lon: sym(r, 6, 3) }) },
  { m: 'orbit', f: 'periodSum', args: (r) => ({ a: U(r, 0.5, 5), a2: U(r, 0.5, 5) }) },
  { m: 'orbit', f: 'leapfrogEnergy', args: (r) => ({ x0: U(r, 0.9, 1.1), vy0: U(r, 0.015, 0.02), dt: U(r, 1, 2), steps: 50 }), fixed: ['steps'] },
  { m: 'orbit', f: 'transitLoss', args: (r) => ({ k: U(r, 0.05, 0.15), b: U(r, 0, 0.7), tc: U(r, -0.1, 0.1), dur: U(r, 0.2, 0.4), ts: F(20, (_, i) => -0.5 + i / 19), flux: pos(r, 20, 0.98, 1) }), fixed: ['ts'], kinks: true },
  { m: 'orbit', f: 'j2Accel', args: (r) => ({ s: U(r, 0.5, 2), r: U(r, 1, 3) }) },
  // ratings
  { m: 'ratings', f: 'glicko2Rating', args: (r) => ({ rating: U(r, 1400, 1600), rd: U(r, 50, 350), sigma: U(r, 0.05, 0.07), oppR: pos(r, 3, 1300, 1800), oppRd: pos(r, 3, 30, 300), scores: Float64Array.of(1, 0, 0.5), tau: 0.5 }), fixed: ['scores', 'tau'], hrel: true, tol: 1e-5, kinks: true },
  { m: 'ratings', f: 'eloLogLoss', args: (r) => ({ init: pos(r, 4, 1400, 1600), home: I(0, 1, 2, 3, 0, 2), away: I(1, 2, 3, 0, 2, 1), result: Float64Array.of(1, 0, 1, 1, 0, 0.5), K: U(r, 10, 30), hfa: U(r, 0, 80) }), fixed: ['result'], hrel: true },
  { m: 'ratings', f: 'bradleyTerryNll', args: (r) => ({ s: sym(r, 4), winners: I(0, 1, 2, 3, 0, 2, 1), losers: I(1, 2, 3, 0, 2, 1, 3), ridge: U(r, 0.01, 0.1) }) },
  { m: 'ratings', f: 'masseyLoss', args: (r) => ({ margins: sym(r, 6, 10), home: I(0, 1, 2, 3, 0, 2), away: I(1, 2, 3, 0, 2, 1), teams: 4, target: sym(r, 4, 3), ridge: U(r, 0.1, 1) }), fixed: ['teams'], tol: 1e-5 },
  { m: 'ratings', f: 'expectedScore', args: (r) => ({ r1: U(r, 1300, 1700), rd1: U(r, 30, 300), r2: U(r, 1300, 1700), rd2: U(r, 30, 300) }), hrel: true },
  // actuarial
  { m: 'actuarial', f: 'annuityDue', args: (r) => ({ A: U(r, 1e-4, 5e-4), B: U(r, 2e-5, 6e-5), c: U(r, 1.08, 1.12), x: 40 + Math.floor(20 * r()), i: U(r, 0.02, 0.06) }), fixed: ['x'], hrel: true },
  { m: 'actuarial', f: 'termInsurance', args: (r) => ({ A: U(r, 1e-4, 5e-4), B: U(r, 2e-5, 6e-5), c: U(r, 1.08, 1.12), x: 40 + Math.floor(20 * r()), n: 20, i: U(r, 0.02, 0.06) }), fixed: ['x', 'n'], hrel: true },
  { m: 'actuarial', f: 'endowmentPremium', args: (r) => ({ A: U(r, 1e-4, 5e-4), B: U(r, 2e-5, 6e-5), c: U(r, 1.08, 1.12), x: 30 + Math.floor(20 * r()), n: 25, i: U(r, 0.02, 0.06) }), fixed: ['x', 'n'], hrel: true },
  { m: 'actuarial', f: 'thieleReserve', args: (r) => ({ mu: pos(r, 20, 0.005, 0.05), premium: U(r, 0.01, 0.03), benefit: U(r, 0.5, 1.5), delta: U(r, 0.02, 0.05), dt: 1 }), fixed: ['dt'] },
  { m: 'actuarial', f: 'makehamPoissonNll', args: (r) => ({ logA: Math.log(U(r, 1e-4, 4e-4)), logB: Math.log(U(r, 2e-5, 5e-5)), logC1: Math.log(U(r, 0.08, 0.12)), deaths: pos(r, 10, 1, 30), exposure: pos(r, 10, 500, 1500), age0: 50 }), fixed: ['age0'] },
  { m: 'actuarial', f: 'jointLifeAnnuity', args: (r) => ({ A: U(r, 1e-4, 5e-4), B: U(r, 2e-5, 6e-5), c: U(r, 1.08, 1.12), x: 60, y: 57, i: U(r, 0.02, 0.06), n: 30 }), fixed: ['x', 'y', 'n'], hrel: true },
  // power
  { m: 'power', f: 'dcFlowCongestion', args: (r) => ({ x: pos(r, 5, 0.05, 0.2), from: I(0, 0, 1, 1, 2), to: I(1, 2, 2, 3, 3), inj: Float64Array.of(0, U(r, -1, 1), U(r, -1, 1), U(r, -1, 1)), rating: pos(r, 5, 0.5, 1.5), buses: 4 }), fixed: ['from', 'to', 'buses'] },
  { m: 'power', f: 'dispatchCost', args: (r) => ({ p: pos(r, 3, 50, 150), coef: F(15, (_, i) => [U(r, 50, 100), U(r, 10, 20), U(r, 0.01, 0.05), U(r, 40, 70), U(r, 120, 160)][i % 5]), demand: U(r, 200, 400), w: U(r, 1, 10) }), kinks: true },
  { m: 'power', f: 'lambdaDispatch', args: (r) => ({ b: pos(r, 3, 10, 20), c: pos(r, 3, 0.01, 0.05), pmax: pos(r, 3, 100, 200), demand: U(r, 150, 300) }), kinks: true },
  { m: 'power', f: 'feederLosses', args: (r) => ({ loads: pos(r, 5, 0.1, 1), r: pos(r, 5, 0.01, 0.1), v: U(r, 0.9, 1.1) }) },
  { m: 'power', f: 'frequencyNadir', args: (r) => ({ H: U(r, 3, 6), D: U(r, 0.5, 1.5), R: U(r, 0.03, 0.06), Tg: U(r, 0.3, 0.6), dP: U(r, 0.05, 0.15), dt: 0.01, steps: 400 }), fixed: ['dt', 'steps'], hrel: true },
  { m: 'power', f: 'receivedPower', args: (r) => ({ vs: U(r, 0.95, 1.05), vr: U(r, 0.9, 1), delta: U(r, 0, 0.5), R: U(r, 0.01, 0.1), X: U(r, 0.1, 0.5) }) },
  // molmech
  { m: 'molmech', f: 'ljEnergy', args: (r) => ({ pos: lattice(r), eps: U(r, 0.5, 1.5), sigma: U(r, 0.9, 1.0), rc: U(r, 1.5, 1.6), box: 3.3 }), fixed: ['box'], kinks: true },
  { m: 'molmech', f: 'bondedEnergy', args: (r) => ({ pos: chain(r, 5), r0: U(r, 0.9, 1.1), theta0: U(r, 1.8, 2.0), kb: U(r, 100, 300), ka: U(r, 20, 60) }) },
  { m: 'molmech', f: 'torsionEnergy', args: (r) => ({ pos: chain(r, 6), k: U(r, 0.5, 2) }) },
  { m: 'molmech', f: 'morseRelaxed', args: (r) => ({ x0: F(5, (_, i) => i * 1.0 + U(r, -0.1, 0.1)), De: U(r, 1, 2), a: U(r, 1, 2), re: U(r, 0.9, 1.1), lr: U(r, 0.01, 0.05), steps: 10 }), fixed: ['steps'] },
  { m: 'molmech', f: 'softCoulomb', args: (r) => ({ pos: sym(r, 15, 2), q: sym(r, 5), soft: U(r, 0.3, 0.6) }) },
  // lang
  { m: 'lang', f: 'fieldChain', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'lang', f: 'boxRatio', args: (r) => ({ w: U(r, 1, 3), h: U(r, 1, 3) }) },
  { m: 'lang', f: 'overrideInCtor', args: (r) => ({ s: U(r, -2, 2) }) },
  { m: 'lang', f: 'thisInCallbacks', args: (r) => ({ k: U(r, 0.5, 2), xs: sym(r, 4) }) },
  { m: 'lang', f: 'swapParticlesTemp', args: (r) => ({ x0: U(r, -1, 1), x1: U(r, -1, 1), k: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'setterLoop', args: (r) => ({ level: U(r, 0.5, 2), g: U(r, -0.3, 0.6) }), kinks: true },
  { m: 'lang', f: 'argOrder', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'lang', f: 'jacobiSwap', args: (r) => ({ f: sym(r, 8), iters: 10 }), fixed: ['iters'] },
  { m: 'lang', f: 'ringArea', args: (r) => ({ s: U(r, 0.5, 2), r: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'counterRun', args: (r) => ({ v0: U(r, 0.2, 2), rate: U(r, 0.1, 1) }) },
];
