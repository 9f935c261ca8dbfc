// A seeded generator, so that a run is repeated exactly by its --seed.
import { weightCount } from './models/layers.js';

/** Uniform numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal numbers (Box–Muller) from a uniform source. */
export function normal(u: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** 0..n−1 in a random order (Fisher–Yates). */
export function permutation(n: number, u: () => number): Uint32Array {
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/** Weights of a layer from fanIn inputs, drawn from N(0, 2/fanIn) (He), or N(0, 1/fanIn) when gain is 1. */
export function initWeights(size: number, fanIn: number, gaussian: () => number, gain = 2): Float64Array {
  const scale = Math.sqrt(gain / fanIn);
  return Float64Array.from({ length: size }, () => gaussian() * scale);
}

/**
 * The flat weights of a network with these layer widths (input first, output last; the layout
 * of `network` in models/layers.ts): each layer's weights from initWeights, He for the hidden
 * layers and gain 1 for the last; every bias 0.
 */
export function initNetwork(widths: readonly number[], gaussian: () => number): Float64Array {
  const P = new Float64Array(weightCount(widths));
  let p = 0;
  for (let l = 0; l + 1 < widths.length; l++) {
    const [nIn, nOut] = [widths[l]!, widths[l + 1]!];
    P.set(initWeights(nOut * nIn, nIn, gaussian, l + 2 < widths.length ? 2 : 1), p);
    p += nOut * (nIn + 1);
  }
  return P;
}

/** A dropout mask: 0 with probability p, else 1/(1−p) (all ones when p is 0). */
export function fillDropoutMask(mask: Float64Array, p: number, u: () => number): Float64Array {
  const keep = 1 / (1 - p);
  for (let i = 0; i < mask.length; i++) mask[i] = p > 0 && u() < p ? 0 : keep;
  return mask;
}
