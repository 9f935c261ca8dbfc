// Where each function is checked: a generator of arguments in its domain.
// ints: number parameters that are counts/labels (not moved by differences);
// outs/inputs: for functions that write arrays (checked through f_jacobian).
import { Rng } from './rng.ts';
import { bsCall } from './finance.ts';

export interface Spec {
  gen: (r: Rng) => unknown[];
  ints?: string[];
  outs?: string[];
  refuse?: boolean; // expected to be refused
  value?: boolean; // with outs: the function also returns a number (row 0 of its Jacobian)
}

const z = (n: number) => new Float64Array(n);
const tri = (r: Rng, s = 1) => Float64Array.of(0.3 * s + r.u(-0.1, 0.1), 0.2 * s, 2.8 * s, 0.5 * s + r.u(-0.1, 0.1), 1.2 * s, 2.9 * s + r.u(-0.1, 0.1));

export const specs: Record<string, Spec> = {
  // robotics
  'robotics:armEndX': { gen: (r) => [r.arr(3), r.arr(3, 0.5, 1.5)] },
  'robotics:armFK': { gen: (r) => [z(2), r.arr(3), r.arr(3, 0.5, 1.5)], outs: ['out'] },
  'robotics:ikLoss': { gen: (r) => [r.arr(3), r.arr(3, 0.5, 1.5), r.u(0.5, 1.5), r.u(0, 1)] },
  'robotics:jointLimitPenalty': { gen: (r) => [r.arr(4, -3, 3)] },
  'robotics:manipulability2': { gen: (r) => [r.u(), r.u(), r.u(0.5, 1.5), r.u(0.5, 1.5)] },
  'robotics:unicycleDistance': { gen: (r) => [r.arr(5, 0.5, 2), r.arr(5), r.u(0.05, 0.2)] },
  'robotics:wrappedAngleError': { gen: (r) => [r.u(-3, 3), r.u(-3, 3)] },
  'robotics:quatRotateZ': { gen: (r) => [r.u(), r.u(), r.u(), r.u(), r.u(), r.u(), r.u()] },
  'robotics:pdTrackingCost': { gen: (r) => [r.u(1, 10), r.u(0.5, 3)] },
  'robotics:pathSmoothness': { gen: (r) => [r.list(6)] },
  'robotics:obstacleCost': { gen: (r) => [r.arr(5), r.arr(5), r.u(-0.5, 0.5), r.u(-0.5, 0.5), r.u(0.5, 1.2)] },
  'robotics:threeLinkComY': { gen: (r) => [r.arr(3), r.list(3, 0.5, 1.5)] },
  'robotics:cableLengthResidual': { gen: (r) => [r.u(1, 3), r.u(1, 2), r.arr(4, 1, 3)] },
  'robotics:ikJacobianTranspose': { gen: (r) => [r.u(), r.u(0.3, 1.5), r.u(0.5, 1), r.u(0.2, 0.8)] },
  'robotics:gravityTorque': { gen: (r) => [r.u(), r.u(), r.u(0.5, 2), r.u(0.5, 2)] },
  // graphics
  'graphics:raySphereT': { gen: (r) => [r.u(-0.3, 0.3), r.u(-0.3, 0.3), r.u(-6, -4), r.u(-0.1, 0.1), r.u(-0.1, 0.1), r.u(0.9, 1.1), r.u(-0.2, 0.2), r.u(-0.2, 0.2), r.u(-0.2, 0.2), r.u(1, 2)] },
  'graphics:softCoverage': { gen: (r) => [r.u(0, 3), r.u(0, 3), tri(r), r.u(0.3, 1)] },
  'graphics:softRasterLoss': { gen: (r) => [tri(r, 4 / 3), r.arr(16, 0, 1), 4, 4], ints: ['w', 'h'] },
  'graphics:bezier3': { gen: (r) => [r.u(0, 1), r.u(), r.u(), r.u(), r.u()] },
  'graphics:bezierArcLength': { gen: (r) => [r.arr(8)] },
  'graphics:bezierBernstein': { gen: (r) => [r.arr(5), r.u(0, 1)] },
  'graphics:deBoor': { gen: (r) => [r.u(0.1, 2.9), Float64Array.of(0, 0, 0, 0, 1, 2, 3, 3, 3, 3), r.arr(6)] },
  'graphics:deBoorScratch': { gen: (r) => [r.u(0.1, 2.9), Float64Array.of(0, 0, 0, 0, 1, 2, 3, 3, 3, 3), r.arr(6)], refuse: true },
  'graphics:blinnPhong': { gen: (r) => [r.u(-0.5, 0.5), r.u(-0.5, 0.5), r.u(0.5, 1), r.u(-0.5, 0.5), r.u(-0.5, 0.5), r.u(0.5, 1), r.u(5, 30)] },
  'graphics:smoothstep': { gen: (r) => [r.u(-0.5, 0), r.u(1, 1.5), r.u(-0.2, 1.2)] },
  'graphics:sdRoundBox': { gen: (r) => [r.u(-2, 2), r.u(-2, 2), r.u(0.5, 1), r.u(0.5, 1), r.u(0.1, 0.3)] },
  'graphics:smoothUnion': { gen: (r) => [r.u(0, 1), r.u(0, 1), r.u(0.2, 0.5)] },
  'graphics:luminance': { gen: (r) => [r.u(0, 1), r.u(0, 1), r.u(0, 1)] },
  'graphics:fresnelSchlick': { gen: (r) => [r.u(0.1, 1), r.u(1, 1.1), r.u(1.3, 1.6)] },
  'graphics:catmullRom': { gen: (r) => [r.u(), r.u(), r.u(), r.u(), r.u(0, 1)] },
  'graphics:splatGaussian': { gen: (r) => [z(12), 4, 3, r.u(0, 3), r.u(0, 2), r.u(0.5, 1.5), r.u(0.5, 2)], ints: ['w', 'h'], outs: ['out'] },
  'graphics:barycentricValue': { gen: (r) => [r.u(0.5, 1.5), r.u(0.5, 1.5), tri(r), r.arr(3)] },
  // finance
  'finance:annuityPayment': { gen: (r) => [r.u(1e4, 3e5), r.u(0.01, 0.1), r.u(60, 360)] },
  'finance:totalInterest': {
    gen: (r) => {
      const P = r.u(5e4, 1e5), rate = r.u(0.03, 0.07), m = rate / 12;
      return [P, rate, ((P * m) / (1 - (1 + m) ** -240)) * r.u(1, 1.3)];
    },
  },
  'finance:bsCall': { gen: (r) => [r.u(80, 120), r.u(90, 110), r.u(0.25, 2), r.u(0, 0.05), r.u(0.1, 0.5)] },
  'finance:impliedVolObjective': { gen: (r) => [r.u(0.1, 0.5), r.u(80, 120), r.u(90, 110), r.u(0.25, 2), r.u(0, 0.05), r.u(5, 15)] },
  'finance:impliedVolNewton': {
    gen: (r) => {
      const S = r.u(90, 110), K = r.u(95, 105), T = r.u(0.5, 1.5), rr = r.u(0, 0.05);
      return [bsCall(S, K, T, rr, r.u(0.15, 0.45)), S, K, T, rr];
    },
  },
  'finance:hestonLogPrice': { gen: (r) => [100, r.u(0.02, 0.06), r.u(1, 3), r.u(0.02, 0.06), r.u(0.2, 0.5), r.u(-0.7, -0.2), r.u(0, 0.05), r.arr(12, -2, 2), r.arr(12, -2, 2)] },
  'finance:bondPrice': { gen: (r) => [r.u(0.01, 0.1), r.u(0.02, 0.08), 10], ints: ['years'] },
  'finance:macaulayDuration': { gen: (r) => [r.u(0.01, 0.1), r.u(0.02, 0.08), 10], ints: ['years'] },
  'finance:portfolioVariance': { gen: (r) => [r.arr(3), r.spd(3)] },
  'finance:negSharpe': { gen: (r) => [r.arr(3, 0.2, 1), r.arr(3, 0.05, 0.15), r.spd(3, 0.04), 0.01] },
  'finance:cvarObjective': { gen: (r) => [r.u(0, 1), r.arr(8, -1, 2), r.u(0.8, 0.95)] },
  'finance:npv': { gen: (r) => [r.u(0.01, 0.2), r.list(6)] },
  'finance:irr': { gen: (r) => [[-1 - r.u(0, 0.2), ...r.list(5, 0.2, 0.4)]] },
  'finance:americanPut': { gen: (r) => [r.u(80, 120), 100, r.u(0.5, 1.5), r.u(0.01, 0.05), r.u(0.15, 0.4)] },
  'finance:expectedUtility': { gen: (r) => [r.arr(4, 0.5, 2), r.arr(4, 0.1, 0.4), r.u(0.5, 3)] },
  // physics
  'physics:ljEnergy': { gen: (r) => [tetra(r), r.u(0.5, 1.5), r.u(0.9, 1)] },
  'physics:ljForces': { gen: (r) => [z(12), tetra(r), r.u(0.5, 1.5), r.u(0.9, 1)], outs: ['forces'] },
  'physics:clothVerlet': { gen: (r) => [Float64Array.from([0, -1, -2, -3, -4], (v) => v + r.u(-0.1, 0.1)), r.u(5, 20), r.u(0.8, 1.2)] },
  'physics:heatExplicit': { gen: (r) => [r.arr(8, 0, 1), r.u(0.1, 0.4)] },
  'physics:pendulumRK4': { gen: (r) => [r.u(), r.u(), r.u(9, 10), r.u(0.5, 2)] },
  'physics:dragRange': { gen: (r) => [r.u(5, 15), r.u(0.3, 1.2), r.u(0.01, 0.1)] },
  'physics:coulombEnergy': { gen: (r) => [r.arr(4), r.arr(8)] },
  'physics:morse': { gen: (r) => [r.u(0.8, 2), r.u(1, 5), r.u(1, 2), r.u(0.9, 1.1)] },
  'physics:keplerE': { gen: (r) => [r.u(0, 3), r.u(0.05, 0.7)] },
  'physics:orbitRadius': { gen: (r) => [r.u(0, 3), r.u(0.05, 0.7), r.u(1, 5)] },
  'physics:waveEnergy': { gen: (r) => [r.arr(8), r.u(0.5, 1)] },
  'physics:inertiaZ': { gen: (r) => [r.arr(4, 0.5, 2), r.arr(8)] },
  'physics:dampedFit': { gen: (r) => [Float64Array.of(r.u(1, 2), r.u(0.1, 0.5), r.u(2, 4), r.u(0, 1)), Float64Array.from({ length: 10 }, (_, i) => i * 0.3), r.arr(10)] },
  'physics:vanDerWaals': { gen: (r) => [r.u(1, 3), r.u(250, 350), r.u(0.1, 0.5), r.u(0.01, 0.05)] },
  'physics:relKinetic': { gen: (r) => [r.u(0.5, 2), r.u(-0.9, 0.9)] },
  // stats
  'stats:lgamma': { gen: (r) => [r.u(0.6, 10)] },
  'stats:studentTLogLik': { gen: (r) => [r.arr(6, -2, 2), r.u(-0.5, 0.5), r.u(0.5, 2), r.u(1, 10)] },
  'stats:mixtureLogLik': { gen: (r) => [r.arr(5, -2, 2), r.arr(3), r.arr(3), r.arr(3, -0.5, 0.5)] },
  'stats:kalmanNLL': { gen: (r) => [r.arr(8), r.u(0.1, 1), r.u(0.1, 1), r.u(-0.5, 0.5), r.u(0.5, 2)] },
  'stats:ar1NLL': { gen: (r) => [r.arr(8), r.u(-0.9, 0.9), r.u(0.5, 2)] },
  'stats:logisticNLL': { gen: (r) => [r.arr(3), r.u(), r.arr(15), Float64Array.from({ length: 5 }, () => r.int(0, 1))] },
  'stats:poissonNLL': { gen: (r) => [r.arr(3, -0.5, 0.5), r.arr(15), Int32Array.from({ length: 5 }, () => r.int(0, 4))] },
  'stats:betaLogPdf': { gen: (r) => [r.u(0.1, 0.9), r.u(0.8, 5), r.u(0.8, 5)] },
  'stats:huber': { gen: (r) => [r.arr(6, -3, 3), r.u(0.5, 1.5)] },
  'stats:pinball': { gen: (r) => [r.arr(5), r.arr(5), r.u(0.1, 0.9)] },
  'stats:kdeLogDensity': { gen: (r) => [r.u(), r.arr(6), r.u(0.2, 1)] },
  'stats:weightedVariance': { gen: (r) => [r.arr(6), r.arr(6, 0.5, 2)] },
  'stats:ewmaLast': { gen: (r) => [r.list(6), r.u(0.1, 0.9)] },
  'stats:gaussKL': { gen: (r) => [r.u(), r.u(0.5, 2), r.u(), r.u(0.5, 2)] },
  'stats:negBinomLogPmf': { gen: (r) => [r.u(1, 8), r.u(1, 5), r.u(0.2, 0.8)] },
  'stats:softmaxXent': { gen: (r) => [r.arr(5), r.int(0, 4)], ints: ['label'] },
  'stats:vonMisesLogLik': { gen: (r) => [r.arr(5, -3, 3), r.u(), r.u(0.5, 4)] },
  // ml
  'ml:conv1d': { gen: (r) => [z(6), r.arr(8), r.arr(3), r.u()], outs: ['out'] },
  'ml:conv1dLoss': { gen: (r) => [r.arr(8), r.arr(3), r.u(), r.arr(6)] },
  'ml:layerNorm': { gen: (r) => [z(5), r.arr(5), r.arr(5, 0.5, 1.5), r.arr(5)], outs: ['out'] },
  'ml:layerNormReadout': { gen: (r) => [r.arr(5), r.arr(5, 0.5, 1.5), r.arr(5), r.arr(5)] },
  'ml:attention': { gen: (r) => [r.arr(4), r.arr(12), r.arr(12)] },
  'ml:gruSequence': { gen: (r) => [r.arr(5), r.arr(24), r.arr(2, -0.5, 0.5)] },
  'ml:mlp': { gen: (r) => [r.arr(3), r.arr(12), r.arr(4), r.arr(4), r.u()] },
  'ml:gelu': { gen: (r) => [r.u(-3, 3)] },
  'ml:swishSum': { gen: (r) => [r.arr(5, -3, 3), r.u(0.5, 2)] },
  'ml:maskedDropoutSum': { gen: (r) => [r.arr(6), Uint8Array.from({ length: 6 }, () => r.int(0, 1)), r.u(0.1, 0.5)] },
  'ml:cosine': { gen: (r) => [r.arr(4), r.arr(4)] },
  'ml:infoNCE': { gen: (r) => [r.arr(9), r.arr(9), 3], ints: ['d'] },
  'ml:maxPoolEnergy': { gen: (r) => [r.arr(8)] },
  'ml:focalLoss': { gen: (r) => [r.u(-3, 3), r.int(0, 1)] },
  'ml:rmsNorm': { gen: (r) => [z(5), r.arr(5), r.arr(5)], outs: ['out'] },
  'ml:embeddingScore': { gen: (r) => [r.arr(15), Int32Array.of(0, 2, 4, 2), r.arr(3)] },
  'ml:mish': { gen: (r) => [r.u(-3, 3)] },
  // numerics
  'numerics:newtonSqrt': { gen: (r) => [r.u(0.1, 10)] },
  'numerics:simpson': { gen: (r) => [r.u(-1, 0), r.u(0.5, 2), r.u(0.5, 3)] },
  'numerics:thomas': { gen: (r) => [z(5), r.arr(5), r.arr(5, 4, 6), r.arr(5), r.arr(5)], outs: ['x'] },
  'numerics:thomasEnergy': { gen: (r) => [r.arr(5), r.arr(5, 4, 6), r.arr(5), r.arr(5)] },
  'numerics:horner': { gen: (r) => [r.list(5), r.u(-1.5, 1.5)] },
  'numerics:tanCF': { gen: (r) => [r.u(-1.2, 1.2)] },
  'numerics:tanCFRecursive': { gen: (r) => [r.u(-1.2, 1.2)] },
  'numerics:clenshaw': { gen: (r) => [r.arr(6), r.u()] },
  'numerics:romberg': { gen: (r) => [r.u(-2, 2)] },
  'numerics:fixedPointCos': { gen: (r) => [r.u(0.5, 1.5)] },
  'numerics:gaussLegendre': { gen: (r) => [r.u(-1, 0), r.u(0.5, 2), r.u(0.2, 3)] },
  'numerics:powerEig': { gen: (r) => [r.u(1, 3), r.u(), r.u(-1, 0.5)] },
  'numerics:cardano': { gen: (r) => [r.u(0.5, 2), r.u(-2, 2)] },
  'numerics:agm': { gen: (r) => [r.u(0.5, 2), r.u(0.5, 2)] },
  'numerics:lambertW': { gen: (r) => [r.u(0.2, 5)] },
  'numerics:secantCubic': { gen: (r) => [r.u(0.5, 5)] },
  // shapes
  'shapes:kernelValue': { gen: (r) => [r.u(-2, 2), r.u(0.5, 2), r.int(0, 2)] },
  'shapes:scaledSoftplus': { gen: (r) => (r.next() < 0.5 ? [r.u(-2, 2)] : [r.u(-2, 2), r.u(0.5, 2)]) },
  'shapes:withDefaults': { gen: (r) => [r.u(-2, 2), r.u(1, 3), r.u()].slice(0, r.int(1, 3)) },
  'shapes:complexProductNorm': { gen: (r) => [r.u(0.5, 2), r.u(), r.u(0.5, 2), r.u()] },
  'shapes:firstPassage': { gen: (r) => [r.arr(6), r.u(0.3, 2)] },
  'shapes:skipNegatives': { gen: (r) => [r.list(6, -1, 2), r.u(2, 6)] },
  'shapes:piecewise': { gen: (r) => [r.u(-2, 2)] },
  'shapes:mathZoo': { gen: (r) => [r.u(), r.u()] },
  'shapes:fastPow': { gen: (r) => [r.u(0.5, 1.5), r.int(0, 7)], ints: ['n'] },
  'shapes:gridSearch': { gen: (r) => [r.arr(4), r.u(0, 0.5)] },
  'shapes:halvingSteps': { gen: (r) => [r.u(0.5, 3)] },
  'shapes:rotateMany': { gen: (r) => [r.u(), r.u(), r.arr(3, -3, 3)] },
  'shapes:dragForce': { gen: (r) => [r.u(0, 10), r.u(0.2, 1), r.u(0.5, 2)] },
  'shapes:springEnergy': { gen: (r) => [r.u(), r.u(1, 2)], refuse: true },
  'shapes:sumOfSquaresMap': { gen: (r) => [r.list(4)] },
  'shapes:countedSquare': { gen: (r) => [r.u()], refuse: true },
  'shapes:guardedLog': { gen: (r) => [r.u(0.5, 2)], refuse: true },
  'shapes:neighbourOk': { gen: (r) => [r.u(0.2, 1), r.u()] },
  'shapes:swapDance': { gen: (r) => [r.u(), r.u()] },
  'shapes:safeRatio': { gen: (r) => [r.u(-2, 2), r.u(0.5, 2) * (r.next() < 0.5 ? -1 : 1)] },
  'shapes:tableLerp': { gen: (r) => [r.u(0.1, 4.9), r.arr(6)] },
  'shapes:tailOrDefault': { gen: (r) => [r.list(r.next() < 0.5 ? 3 : 5), r.u()] },
  'shapes:oldSchool': { gen: (r) => [r.u(-2, 2), r.u(-2, 2)] },
  'shapes:lerpT': { gen: (r) => [r.u(), r.u(), r.u(0, 1)] },
  'shapes:maybeRoot': { gen: (r) => [r.u(0.1, 4)] },
  'shapes:rootOrZero': { gen: (r) => [r.u(-1, 4)] },
};

function tetra(r: Rng): Float64Array {
  const base = [0, 0, 0, 1.1, 0, 0, 0.55, 0.95, 0, 0.55, 0.32, 0.9];
  return Float64Array.from(base, (v) => v + r.u(-0.05, 0.05));
}
specs['sanity:usesCube'] = { gen: (r) => [r.u(0.5, 2), r.u()] };
// extras
Object.assign(specs, {
  'extras:localArrow': { gen: (r: Rng) => [r.u(), r.u()] }, // (refused at stop 24's start; local helpers are supported since)
  'extras:palindromeEnergy': { gen: (r: Rng) => [r.arr(7)] },
  'extras:softArgmaxGap': { gen: (r: Rng) => [r.arr(5)] },
  'extras:pointNorm': { gen: (r: Rng) => [{ x: r.u(), y: r.u() }, r.u()], refuse: true },
  'extras:tupleDot': { gen: (r: Rng) => [[r.u(), r.u()], r.u()] },
  'extras:regLoss': { gen: (r: Rng) => [r.arr(5), (['l1', 'l2', 'elastic'] as const)[r.int(0, 2)], r.u(0.05, 0.5)] },
  'extras:entropyBits': { gen: (r: Rng) => [r.arr(4, 0.05, 0.5)] },
  'extras:windowSum': { gen: (r: Rng) => [r.arr(6)] },
  'extras:scaled': { gen: (r: Rng) => [r.u(), { scale: 3 }], refuse: true },
  'extras:argsLength': { gen: (r: Rng) => [r.u(), r.u()], refuse: true },
  'extras:cubeRootNewton': { gen: (r: Rng) => [r.u(0.2, 20)] },
  'extras:clampedPow': { gen: (r: Rng) => [r.u(-1, 1), r.u(0.5, 2)] },
  'extras:safeLogRatio': { gen: (r: Rng) => [r.u(), r.u()] },
  'extras:chaikinLength': { gen: (r: Rng) => [r.arr(5)] },
} satisfies Record<string, Spec>);
Object.assign(specs, {
  'extras:lotkaVolterraCkpt': { gen: (r: Rng) => [Float64Array.of(r.u(0.8, 1.2), r.u(0.3, 0.5), r.u(0.8, 1.2), r.u(0.3, 0.5)), r.u(0.5, 1.5), r.u(0.5, 1.5)] },
  'extras:lotkaVolterra': { gen: (r: Rng) => [Float64Array.of(r.u(0.8, 1.2), r.u(0.3, 0.5), r.u(0.8, 1.2), r.u(0.3, 0.5)), r.u(0.5, 1.5), r.u(0.5, 1.5)] },
  'extras:softmaxInto': { gen: (r: Rng) => [new Float64Array(4), r.arr(4), r.u(0.5, 2)], outs: ['out'], value: true },
} satisfies Record<string, Spec>);
Object.assign(specs, {
  'extras:hypotSpread': { gen: (r: Rng) => [r.arr(4)] }, // (refused at stop 24's start; Math.hypot(...v) is supported since)
  'extras:fibPoly': { gen: (r: Rng) => [r.u(0.2, 1.2)] },
  'extras:pendulumNoinline': { gen: (r: Rng) => [r.arr(2), r.u(0.05, 0.2)] },
  'extras:doWhileContinue': { gen: (r: Rng) => [r.u(0.1, 1)] },
  'extras:stringSwitch': { gen: (r: Rng) => [r.u(), (['a', 'b', 'c'] as const)[r.int(0, 2)]] },
} satisfies Record<string, Spec>);
