// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: counts, noise and data the differences do not move; kinks: piecewise smooth, smaller steps;
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; hrel: steps relative to each input's magnitude
// (Field names follow trial48's specs.mjs, whose check.mjs this trial reuses; the domains are mine.)
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const I = (...xs) => Int32Array.from(xs);
const arr = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
const unitQuat = (r, s = 1) => { const q = F(4, (_, i) => (i === 3 ? 1 : 0) + U(r, -s, s)); const l = Math.hypot(...q); return q.map((x) => x / l); };
// a 3x3 grid of particles (spacing 1), its 12 structural edges and 4 quads
const grid9 = F(18, (_, i) => (i % 2 === 0 ? Math.floor(i / 2) % 3 : Math.floor(i / 6)));
const gridEdges = I(0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 0, 3, 3, 6, 1, 4, 4, 7, 2, 5, 5, 8);
const gridQuads = I(0, 1, 4, 3, 1, 2, 5, 4, 3, 4, 7, 6, 4, 5, 8, 7);
const chain = (r, n, s) => F(2 * n, (_, i) => (i % 2 === 0 ? i / 2 : 0) + U(r, -s, s));
// n particles [x y vx vy] in the unit square, velocities small
const particles = (r, n, lo = 0.1, hi = 0.9) => F(4 * n, (_, i) => (i % 4 < 2 ? U(r, lo, hi) : U(r, -0.2, 0.2)));
const cam11 = (r) => Float64Array.of(U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, 4, 6), U(r, 400, 600), U(r, 300, 340), U(r, 220, 260), U(r, -0.1, 0.1), U(r, -0.01, 0.01));
const contact = (r, s) => Float64Array.of(U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -0.1, 0.1), s + U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.2, 0.2), 1.5 + U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -0.1, 0.1), -s + U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.2, 0.2));

export const specs = [
  // rigid
  { m: 'rigid', f: 'leverArmError', args: (r) => ({ q: sym(r, 4), r: sym(r, 3), target: sym(r, 3) }) },
  { m: 'rigid', f: 'spinIntegrate', args: (r) => ({ q0: unitQuat(r), omega: sym(r, 3, 2), dt: U(r, 0.05, 0.1), n: 5, target: sym(r, 3) }), fixed: ['n'] },
  { m: 'rigid', f: 'rotationalEnergy', args: (r) => ({ q: unitQuat(r), Ib: pos(r, 3), w: sym(r, 3) }) },
  { m: 'rigid', f: 'contactImpulse', label: 'contactApproach', args: (r) => ({ state: contact(r, 1), m1: U(r, 0.5, 2), m2: U(r, 0.5, 2), e: U(r, 0.3, 0.9), target: U(r, 0, 1) }) },
  { m: 'rigid', f: 'contactImpulse', label: 'contactSeparating', args: (r) => ({ state: contact(r, -1), m1: U(r, 0.5, 2), m2: U(r, 0.5, 2), e: U(r, 0.3, 0.9), target: U(r, 0, 1) }) },
  { m: 'rigid', f: 'boxDrop', args: (r) => ({ state0: Float64Array.of(U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, 0.42, 0.46), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -0.3, 0), ...unitQuat(r, 0.05), 0, 0, 0), half: pos(r, 3, 0.45, 0.55), k: U(r, 100, 500), c: U(r, 1, 5), dt: 0.01, steps: 5 }), fixed: ['dt', 'steps'], kinks: true, tol: 1e-5 },
  // ik
  { m: 'ik', f: 'reachError', args: (r) => ({ angles: sym(r, 4), lengths: pos(r, 4), tx: U(r, 1, 2), ty: U(r, 0.5, 1.5) }) },
  { m: 'ik', f: 'ccdSolve', args: (r) => ({ angles0: sym(r, 3, 0.5), lengths: pos(r, 3), tx: U(r, 1, 2), ty: U(r, 0.5, 1.5), sweeps: 2 }), fixed: ['sweeps'] },
  { m: 'ik', f: 'fabrik', args: (r) => ({ joints: chain(r, 4, 0.1), tx: U(r, 1.5, 2.5), ty: U(r, 0.5, 1.5), iters: 2 }), fixed: ['iters'] },
  { m: 'ik', f: 'chain3D', args: (r) => ({ yawPitch: sym(r, 6), lengths: pos(r, 3), target: sym(r, 3, 2) }) },
  { m: 'ik', f: 'jointLimitPenalty', label: 'jointLimitOutside', args: (r) => ({ angles: sym(r, 5, 1.6), lo: F(5, () => -1), hi: F(5, () => 1), k: U(r, 1, 10) }), kinks: true },
  { m: 'ik', f: 'jointLimitPenalty', label: 'jointLimitInside', args: (r) => ({ angles: sym(r, 5, 0.8), lo: F(5, () => -1), hi: F(5, () => 1), k: U(r, 1, 10) }), kinks: true },
  // sph
  { m: 'sph', f: 'poly6', args: (r) => ({ r2: U(r, 0.05, 0.5), h: U(r, 0.8, 1.2) }) },
  { m: 'sph', f: 'densityError', args: (r) => ({ p: particles(r, 5), m: U(r, 0.5, 1), h: U(r, 0.5, 0.8), rho0: U(r, 2, 5) }), kinks: true },
  { m: 'sph', f: 'sphStep', args: (r) => ({ p0: particles(r, 5), m: U(r, 0.5, 1), h: U(r, 0.5, 0.8), k: U(r, 1, 5), rho0: U(r, 2, 5), mu: U(r, 0.01, 0.1), dt: U(r, 0.005, 0.02) }), kinks: true, tol: 1e-5 },
  { m: 'sph', f: 'wallPenalty', args: (r) => ({ p: particles(r, 6, -0.2, 1.2), k: U(r, 10, 100) }), kinks: true },
  { m: 'sph', f: 'colorFieldGrad', args: (r) => ({ p: particles(r, 5), m: U(r, 0.5, 1), h: U(r, 0.5, 0.8), qx: U(r, 0.3, 0.7), qy: U(r, 0.3, 0.7) }), kinks: true },
  // cloth
  { m: 'cloth', f: 'stretchEnergy', args: (r) => ({ x: F(18, (_, i) => 1.1 * grid9[i] + U(r, -0.1, 0.1)), edges: gridEdges, rest: pos(r, 12, 0.9, 1.1), k: U(r, 1, 10) }) },
  { m: 'cloth', f: 'pbdDrape', args: (r) => ({ x0: chain(r, 4, 0.05), edges: I(0, 1, 1, 2, 2, 3), rest: pos(r, 3, 0.9, 1.1), stiff: U(r, 0.5, 1), dt: U(r, 0.02, 0.05), steps: 3, sweeps: 2, target: sym(r, 8, 3) }), fixed: ['steps', 'sweeps'] },
  { m: 'cloth', f: 'jacobiProject', args: (r) => ({ x0: F(18, (_, i) => 1.2 * grid9[i] + U(r, -0.1, 0.1)), edges: gridEdges, rest: pos(r, 12, 0.9, 1.1), omega: U(r, 0.3, 0.8), iters: 3 }), fixed: ['iters'] },
  { m: 'cloth', f: 'bendEnergy', args: (r) => ({ x: chain(r, 5, 0.2), kb: U(r, 1, 5) }) },
  { m: 'cloth', f: 'areaPreservation', args: (r) => ({ x: F(18, (_, i) => grid9[i] + U(r, -0.15, 0.15)), quads: gridQuads, rest: pos(r, 4, 0.8, 1.2), k: U(r, 1, 5) }) },
  // audio
  { m: 'audio', f: 'biquadFit', args: (r) => ({ x: sym(r, 16), y: sym(r, 16), f0: U(r, 500, 2000), q: U(r, 0.5, 2), fs: U(r, 7000, 9000) }), hrel: true },
  { m: 'audio', f: 'combEnergy', args: (r) => ({ x: sym(r, 20), g: U(r, 0.2, 0.7), D: 5 }), fixed: ['D'] },
  { m: 'audio', f: 'allpassEnergy', args: (r) => ({ x: sym(r, 20), g: U(r, 0.2, 0.7), M: 3 }), fixed: ['M'] },
  { m: 'audio', f: 'smootherError', args: (r) => ({ x: F(12, () => 1 + U(r, -1e-4, 1e-4)), a: U(r, 0.6, 0.9), tol: 1e-3 }), fixed: ['tol'], kinks: true },
  { m: 'audio', f: 'chorus', args: (r) => ({ x: sym(r, 24), depth: U(r, 1, 3), rate: U(r, 0.02, 0.05), mix: U(r, 0.3, 0.7), target: sym(r, 24) }), kinks: true },
  { m: 'audio', f: 'cascadeRms', args: (r) => ({ x: sym(r, 16), f0: U(r, 500, 2000), q: U(r, 0.5, 2), fs: U(r, 7000, 9000) }), hrel: true },
  // imu
  { m: 'imu', f: 'tiltKalmanNll', args: (r) => ({ gyro: sym(r, 20, 0.5), accAngle: sym(r, 20, 0.3), qAngle: U(r, 0.001, 0.01), qBias: U(r, 1e-4, 1e-3), rMeas: U(r, 0.01, 0.1), dt: 0.01 }), fixed: ['dt'], hrel: true, tol: 1e-5 },
  { m: 'imu', f: 'pendulumEkf', args: (r) => ({ obs: sym(r, 15, 0.5), x0: Float64Array.of(U(r, -0.3, 0.3), U(r, -0.3, 0.3), U(r, 0.1, 0.5)), q: U(r, 0.001, 0.01), r: U(r, 0.01, 0.1), dt: 0.05 }), fixed: ['dt'], hrel: true, tol: 1e-5 },
  { m: 'imu', f: 'complementaryError', args: (r) => ({ gyro: sym(r, 15), accAngle: sym(r, 15, 0.3), truth: sym(r, 15, 0.3), alpha: U(r, 0.9, 0.99), dt: 0.01 }), fixed: ['dt'] },
  { m: 'imu', f: 'accelCalibration', args: (r) => ({ meas: sym(r, 12, 7), bs: Float64Array.of(U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, 0.9, 1.1), U(r, 0.9, 1.1), U(r, 0.9, 1.1)) }) },
  // noise
  { m: 'noise', f: 'perlin2', args: (r) => ({ x: U(r, 0.1, 3.9), y: U(r, 0.1, 3.9) }), kinks: true },
  { m: 'noise', f: 'fbm', args: (r) => ({ x: U(r, 0.1, 3.9), y: U(r, 0.1, 3.9), octaves: 3, gain: U(r, 0.4, 0.6) }), fixed: ['octaves'], kinks: true },
  { m: 'noise', f: 'warped', args: (r) => ({ x: U(r, 0.1, 3.9), y: U(r, 0.1, 3.9), k: U(r, 0.5, 1.5) }), kinks: true },
  { m: 'noise', f: 'heightFit', args: (r) => ({ samples: F(12, (_, i) => (i % 3 === 2 ? U(r, -1, 1) : U(r, 0.1, 2))), a: U(r, 0.5, 2), f: U(r, 0.5, 2), ox: U(r, 0.1, 0.9), oy: U(r, 0.1, 0.9) }), kinks: true },
  // thr low: r = 1 - |n| mostly above it (the squared branch); high: mostly the early exit returning 0
  { m: 'noise', f: 'ridged', label: 'ridgedAbove', args: (r) => ({ x: U(r, 0.1, 3.9), y: U(r, 0.1, 3.9), thr: U(r, 0.05, 0.3) }), kinks: true },
  { m: 'noise', f: 'ridged', label: 'ridgedBelow', args: (r) => ({ x: U(r, 0.1, 3.9), y: U(r, 0.1, 3.9), thr: U(r, 0.9, 0.99) }), kinks: true },
  // calib
  { m: 'calib', f: 'reprojection', args: (r) => ({ cam: cam11(r), pts: sym(r, 15), obs: pos(r, 10, 200, 400) }), tol: 1e-5 },
  { m: 'calib', f: 'robustCalib', args: (r) => ({ cam: cam11(r), pts: sym(r, 15), obs: pos(r, 10, 200, 400), weights: arr(r, 5, 0.5, 1.5), delta: U(r, 20, 80) }), kinks: true, tol: 1e-5 },
  { m: 'calib', f: 'weightedSpread', args: (r) => ({ ws: arr(r, 5, -1, 1), k: U(r, 0.2, 1) }) },
  { m: 'calib', f: 'focalFromVP', args: (r) => ({ v1x: U(r, 600, 800), v1y: U(r, 200, 280), v2x: U(r, -200, 0), v2y: U(r, 200, 280), cx: U(r, 300, 340), cy: U(r, 220, 260) }), hrel: true },
  { m: 'calib', f: 'genericPassOn', args: (r) => ({ ws: sym(r, 5), k: U(r, 0.5, 2) }) },
  // probes (scratch buffers)
  { m: 'probes', f: 'loopFilled', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { m: 'probes', f: 'fillFilled', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { m: 'probes', f: 'eachBranchInside', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }), kinks: true },
  { m: 'probes', f: 'helperFillsAfterFill', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { m: 'probes', f: 'arrayBuffer', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { m: 'probes', f: 'literalBuffer', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { m: 'probes', f: 'filledInLoop', args: (r) => ({ xs: sym(r, 5), k: U(r, 0.5, 1.5) }) },
  { m: 'probes', f: 'readInCallback', args: (r) => ({ xs: sym(r, 7), k: U(r, 0.5, 1.5) }) },
  { m: 'probes', f: 'sharedNoCallA', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'probes', f: 'sharedNoCallB', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { m: 'probes', f: 'bufferAroundRecursion', args: (r) => ({ x: U(r, 0.5, 1.5), n: 2 }), fixed: ['n'] },
  // probes2
  { m: 'probes2', f: 'earlyExitBuffer', label: 'earlyExitTaken', args: (r) => ({ x: U(r, -2, -0.1), y: U(r, -2, 2) }) },
  { m: 'probes2', f: 'earlyExitBuffer', label: 'earlyExitNot', args: (r) => ({ x: U(r, 0.1, 2), y: U(r, -2, 2) }) },
  // probes3
  { m: 'probes3', f: 'exitBeforeFill', label: 'exitBeforeFillTaken', args: (r) => ({ x: U(r, -8, -6), y: U(r, -2, 2) }) },
  { m: 'probes3', f: 'exitBeforeFill', label: 'exitBeforeFillNot', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  // Float32 stores round: the derivative is the unrounded function's, so the tolerance is single precision
  { m: 'probes3', f: 'float32Local', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }), tol: 1e-5, hvpTol: 1e-3 },
];
