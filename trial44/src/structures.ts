// Structural mechanics: a truss by stiffness assembly and Gaussian elimination, beams by superposition,
// buckling by a ?: chain, Mohr's circle, von Mises.

/** Solves the n x n system a x = b in place (a row-major) by Gaussian elimination with partial pivoting. */
function solveInPlace(a: Float64Array, b: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
      const tb = b[k];
      b[k] = b[p];
      b[p] = tb;
    }
    for (let i = k + 1; i < n; i++) {
      const m = a[i * n + k] / a[k * n + k];
      for (let j = k; j < n; j++) a[i * n + j] -= m * a[k * n + j];
      b[i] -= m * b[k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= a[i * n + j] * b[j];
    b[i] = s / a[i * n + i];
  }
}

/**
 * Compliance f·u of a planar truss: nodes (x, y pairs), bars (node pairs, Int32Array), one area per bar, the
 * first two nodes pinned, a load on every free node. Global stiffness assembled densely, reduced, solved.
 */
export function trussCompliance(nodes: Float64Array, bars: Int32Array, areas: Float64Array, youngs: number, loads: Float64Array): number {
  const nn = nodes.length / 2;
  const nd = 2 * nn;
  const k = new Float64Array(nd * nd);
  for (let e = 0; e < areas.length; e++) {
    const i = bars[2 * e], j = bars[2 * e + 1];
    const dx = nodes[2 * j] - nodes[2 * i], dy = nodes[2 * j + 1] - nodes[2 * i + 1];
    const len = Math.hypot(dx, dy);
    const c = dx / len, s = dy / len;
    const ke = (youngs * areas[e]) / len;
    const dofs = [2 * i, 2 * i + 1, 2 * j, 2 * j + 1];
    const dir = [-c, -s, c, s];
    for (let p = 0; p < 4; p++) for (let q = 0; q < 4; q++) k[dofs[p] * nd + dofs[q]] += ke * dir[p] * dir[q];
  }
  const nf = nd - 4;
  const kr = new Float64Array(nf * nf);
  const u = new Float64Array(nf);
  for (let p = 0; p < nf; p++) {
    u[p] = loads[p];
    for (let q = 0; q < nf; q++) kr[p * nf + q] = k[(p + 4) * nd + q + 4];
  }
  solveInPlace(kr, u, nf);
  let w = 0;
  for (let p = 0; p < nf; p++) w += loads[p] * u[p];
  return w;
}

/** Midspan deflection of a simply supported beam under point loads, summed by superposition. */
export function beamMidspanDeflection(span: number, ei: number, loads: Float64Array, positions: Float64Array): number {
  const x = span / 2;
  let y = 0;
  for (let i = 0; i < loads.length; i++) {
    const a = positions[i], b = span - a, p = loads[i];
    // the classic formula for x <= a, mirrored for x > a
    y += x <= a
      ? (p * b * x * (span * span - b * b - x * x)) / (6 * span * ei)
      : (p * a * (span - x) * (span * span - a * a - (span - x) ** 2)) / (6 * span * ei);
  }
  return y;
}

/** Critical stress of a column: Euler above the transition slenderness, Johnson's parabola below, with a yield cap. */
export function columnCriticalStress(len: number, radiusGyr: number, kEff: number, youngs: number, yieldStress: number): number {
  const slender = (kEff * len) / radiusGyr;
  const cc = Math.sqrt((2 * Math.PI * Math.PI * youngs) / yieldStress);
  const euler = (Math.PI * Math.PI * youngs) / (slender * slender);
  return slender <= 0 ? yieldStress
    : slender < cc ? yieldStress * (1 - (slender * slender) / (2 * cc * cc))
    : euler > yieldStress ? yieldStress
    : euler;
}

/** Principal stresses and max shear from Mohr's circle; a weighted sum (the failure index of a design). */
export function mohrIndex(sx: number, sy: number, txy: number, allow: number): number {
  const c = (sx + sy) / 2;
  const r = Math.hypot((sx - sy) / 2, txy);
  const s1 = c + r, s2 = c - r;
  const tmax = r;
  const theta = 0.5 * Math.atan2(2 * txy, sx - sy);
  return (Math.max(Math.abs(s1), Math.abs(s2)) + tmax) / allow + 0.01 * theta * theta;
}

/** The largest von Mises stress over a set of 3-D stress states (6 components each, xx yy zz xy yz zx). */
export function peakVonMises(stress: Float64Array): number {
  let peak = 0;
  for (let k = 0; k + 6 <= stress.length; k += 6) {
    const [sxx, syy, szz, sxy, syz, szx] = stress.subarray(k, k + 6);
    const vm = Math.sqrt(0.5 * ((sxx - syy) ** 2 + (syy - szz) ** 2 + (szz - sxx) ** 2) + 3 * (sxy * sxy + syz * syz + szx * szx));
    peak = Math.max(peak, vm);
  }
  return peak;
}
