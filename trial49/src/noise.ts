// Procedural noise: 2-D Perlin gradient noise with a fixed permutation table, fBm, and a domain-warped height field.

const PERM = [151, 160, 137, 91, 90, 15, 131, 13, 201, 95, 96, 53, 194, 233, 7, 225] as const;
const GX = [1, -1, 1, -1, 1, -1, 0, 0] as const;
const GY = [1, 1, -1, -1, 0, 0, 1, -1] as const;
const corner = new Float64Array(4);

function fade(t: number): number {
  return t * t * t * (t * (t * 6 - 15) + 10);
}
function hash(i: number, j: number): number {
  return PERM[(PERM[i & 15] + j) & 15] & 7;
}

/** Perlin noise at (x, y); the four corner dot products go through the corner scratch buffer */
export function perlin2(x: number, y: number): number {
  const xi = Math.floor(x), yi = Math.floor(y);
  const xf = x - xi, yf = y - yi;
  const h00 = hash(xi, yi), h10 = hash(xi + 1, yi), h01 = hash(xi, yi + 1), h11 = hash(xi + 1, yi + 1);
  corner[0] = GX[h00] * xf + GY[h00] * yf;
  corner[1] = GX[h10] * (xf - 1) + GY[h10] * yf;
  corner[2] = GX[h01] * xf + GY[h01] * (yf - 1);
  corner[3] = GX[h11] * (xf - 1) + GY[h11] * (yf - 1);
  const u = fade(xf), v = fade(yf);
  const a = corner[0] + u * (corner[1] - corner[0]);
  const b = corner[2] + u * (corner[3] - corner[2]);
  return a + v * (b - a);
}

/** fractal Brownian motion: octaves of perlin2 */
export function fbm(x: number, y: number, octaves: number, gain: number): number {
  let s = 0, amp = 1, freq = 1;
  for (let o = 0; o < octaves; o++) {
    s += amp * perlin2(x * freq, y * freq);
    amp *= gain; freq *= 2;
  }
  return s;
}

/** domain warping: p + k * (fbm(p), fbm(p + offset)) then fbm again */
export function warped(x: number, y: number, k: number): number {
  const wx = fbm(x, y, 3, 0.5), wy = fbm(x + 5.2, y + 1.3, 3, 0.5);
  return fbm(x + k * wx, y + k * wy, 3, 0.5);
}

/** fit heights at sample points: amplitude a, frequency f, offsets in the flat samples buffer [x y h ...] */
export function heightFit(samples: Float64Array, a: number, f: number, ox: number, oy: number): number {
  let e = 0;
  for (let i = 0; i < samples.length; i += 3) {
    const h = a * fbm(f * samples[i] + ox, f * samples[i + 1] + oy, 2, 0.5);
    e += (h - samples[i + 2]) ** 2;
  }
  return e;
}

/** ridged noise with an early exit under a threshold */
export function ridged(x: number, y: number, thr: number): number {
  const n = perlin2(x, y);
  const r = 1 - Math.abs(n);
  if (r < thr) return 0;
  return r * r;
}
