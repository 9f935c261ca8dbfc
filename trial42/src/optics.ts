// Geometric optics: Snell's law through slabs, prisms and spherical surfaces, thin-lens chains, ABCD matrices.

/**
 * Lateral shift of a ray crossing a glass slab of index n2 in a medium n1.
 * @domain n1 [1, 1.1]
 * @domain n2 [1.4, 1.6]
 * @domain thick [0.5, 2]
 * @domain theta [0.1, 0.8]
 */
export function slabShift(n1: number, n2: number, thick: number, theta: number): number {
  const sinT = (n1 / n2) * Math.sin(theta);
  const thetaT = Math.asin(sinT);
  return (thick * Math.sin(theta - thetaT)) / Math.cos(thetaT);
}

/**
 * Image distance behind a chain of thin lenses (Gaussian lens formula, real-is-positive).
 * @domain focals [0.8, 1.2] length 3
 * @domain gaps [4, 5] length 2
 * @domain objDist [3, 5]
 */
export function thinLensChain(focals: Float64Array, gaps: Float64Array, objDist: number): number {
  let u = objDist;
  let v = 0;
  for (let i = 0; i < focals.length; i++) {
    v = 1 / (1 / focals[i] - 1 / u);
    if (i + 1 < focals.length) u = gaps[i] - v;
  }
  return v;
}

type Mat2 = readonly [number, number, number, number];
const IDENT = [1, 0, 0, 1] as const;

function mul2(p: Mat2, q: Mat2): [number, number, number, number] {
  return [p[0] * q[0] + p[1] * q[2], p[0] * q[1] + p[1] * q[3], p[2] * q[0] + p[3] * q[2], p[2] * q[1] + p[3] * q[3]];
}

/**
 * Ray height squared at a screen after lens f1, gap d, lens f2, gap back: ABCD matrices as tuples.
 * @domain f1 [0.5, 1]
 * @domain f2 [0.5, 1]
 * @domain d [1, 2]
 * @domain back [1, 2]
 * @domain y0 [-1, 1]
 * @domain u0 [-0.1, 0.1]
 */
export function abcdSpot(f1: number, f2: number, d: number, back: number, y0: number, u0: number): number {
  let m: Mat2 = IDENT;
  m = mul2([1, 0, -1 / f1, 1], m);
  m = mul2([1, d, 0, 1], m);
  m = mul2([1, 0, -1 / f2, 1], m);
  m = mul2([1, back, 0, 1], m);
  const y = m[0] * y0 + m[1] * u0;
  return y * y;
}

function refract(dx: number, dy: number, nx: number, ny: number, eta: number): [number, number] {
  // vector Snell: t = eta d + (eta c - sqrt(1 - eta² (1 - c²))) n, with c = -n·d
  const c = -(nx * dx + ny * dy);
  const k = 1 - eta * eta * (1 - c * c);
  const s = eta * c - Math.sqrt(k);
  return [eta * dx + s * nx, eta * dy + s * ny];
}

/**
 * Where a ray entering parallel at height h crosses the axis behind a thick biconvex lens (radii r1, r2).
 * @domain r1 [4, 6]
 * @domain r2 [4, 6]
 * @domain thick [0.5, 0.8]
 * @domain n [1.4, 1.7]
 * @domain h [0.2, 1]
 */
export function thickLensCrossing(r1: number, r2: number, thick: number, n: number, h: number): number {
  // first surface: sphere centred at (r1, 0) through the origin
  const x1 = r1 - Math.sqrt(r1 * r1 - h * h);
  let nx = (x1 - r1) / r1, ny = h / r1;
  let [dx, dy] = refract(1, 0, nx, ny, 1 / n);
  // second surface: sphere centred at (thick - r2, 0), radius r2; intersect the ray with it
  const cx = thick - r2;
  const ox = x1 - cx, oy = h;
  const b = ox * dx + oy * dy;
  const cc = ox * ox + oy * oy - r2 * r2;
  const t = -b + Math.sqrt(b * b - cc);
  const x2 = x1 + t * dx, y2 = h + t * dy;
  nx = -(x2 - cx) / r2;
  ny = -y2 / r2;
  [dx, dy] = refract(dx, dy, nx, ny, n);
  return x2 - (y2 * dx) / dy;
}

/**
 * Unpolarised Fresnel reflectance at an interface n1 → n2.
 * @domain n1 [1, 1.05]
 * @domain n2 [1.3, 1.7]
 * @domain theta [0.1, 1.2]
 */
export function fresnelR(n1: number, n2: number, theta: number): number {
  const ci = Math.cos(theta);
  const st = (n1 / n2) * Math.sin(theta);
  const ct = Math.sqrt(1 - st * st);
  const rs = (n1 * ci - n2 * ct) / (n1 * ci + n2 * ct);
  const rp = (n1 * ct - n2 * ci) / (n1 * ct + n2 * ci);
  return 0.5 * (rs * rs + rp * rp);
}

/**
 * Total deviation of a ray through a prism of apex angle `apex`.
 * @domain apex [0.9, 1]
 * @domain n [1.4, 1.5]
 * @domain theta1 [0.7, 0.9]
 */
export function prismDeviation(apex: number, n: number, theta1: number): number {
  const t1r = Math.asin(Math.sin(theta1) / n);
  const t2r = apex - t1r;
  const t2 = Math.asin(n * Math.sin(t2r));
  return theta1 + t2 - apex;
}

/**
 * Least-squares fit of the refractive index to measured focal lengths (lensmaker's equation, thin lenses).
 * @domain n [1.4, 1.6]
 * @domain r1s [0.5, 2] length 4
 * @domain r2s [-2, -0.5] length 4
 * @domain fMeasured [0.5, 1.5] length 4
 */
export function lensmakerFit(n: number, r1s: Float64Array, r2s: Float64Array, fMeasured: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < r1s.length; i++) {
    const power = (n - 1) * (1 / r1s[i] - 1 / r2s[i]);
    const r = power - 1 / fMeasured[i];
    loss += r * r;
  }
  return loss;
}

/**
 * RMS transverse spot at the paraxial focus of a plano-convex lens with a conic (k) front surface.
 * @domain curv [0.1, 0.3]
 * @domain conic [-1.5, 0.5]
 * @domain n [1.4, 1.6]
 * @domain heights [0.2, 1.5] length 4
 */
export function conicSpotRms(curv: number, conic: number, n: number, heights: Float64Array): number {
  const focus = 1 / ((n - 1) * curv);
  let acc = 0;
  for (const h of heights) {
    // sag and slope of the conic surface z = c h² / (1 + sqrt(1 - (1 + k) c² h²))
    const q = Math.sqrt(1 - (1 + conic) * curv * curv * h * h);
    const slope = (curv * h) / q;
    const len = Math.hypot(1, slope);
    // normal pointing back toward the incoming ray
    const [dx, dy] = refract(1, 0, -1 / len, slope / len, 1 / n);
    const z = (curv * h * h) / (1 + q);
    const y = h + (dy / dx) * (focus - z);
    acc += y * y;
  }
  return Math.sqrt(acc / heights.length);
}
