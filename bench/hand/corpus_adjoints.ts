// Hand-written adjoints of three corpus functions that miss issue 13's 3x target, written the way
// a careful engineer reverses the same algorithm (not a different formula for the same
// derivative): they show how far below tsgrad's time the reverse of that algorithm can go.
// Same contract as a generated f_vjp: each returns the value and adds the gradient into adj.

/** gl-matrix's mat4 determinant (corpus/gl-matrix/mat4.ts) and its cofactor adjoint. */
export function determinant_adjoint(a: readonly number[], adj: { a: Float64Array }): number {
  const a00 = a[0]!, a01 = a[1]!, a02 = a[2]!, a03 = a[3]!;
  const a10 = a[4]!, a11 = a[5]!, a12 = a[6]!, a13 = a[7]!;
  const a20 = a[8]!, a21 = a[9]!, a22 = a[10]!, a23 = a[11]!;
  const a30 = a[12]!, a31 = a[13]!, a32 = a[14]!, a33 = a[15]!;
  const b0 = a00 * a11 - a01 * a10;
  const b1 = a00 * a12 - a02 * a10;
  const b2 = a01 * a12 - a02 * a11;
  const b3 = a20 * a31 - a21 * a30;
  const b4 = a20 * a32 - a22 * a30;
  const b5 = a21 * a32 - a22 * a31;
  const b6 = a00 * b5 - a01 * b4 + a02 * b3;
  const b7 = a10 * b5 - a11 * b4 + a12 * b3;
  const b8 = a20 * b2 - a21 * b1 + a22 * b0;
  const b9 = a30 * b2 - a31 * b1 + a32 * b0;
  const det = a13 * b6 - a03 * b7 + a33 * b8 - a23 * b9;
  // d det / d b6..b9 are a13, −a03, a33, −a23; each minor's row adds into its own row of a
  const b5_b = a13 * a00 - a03 * a10;
  const b4_b = -a13 * a01 + a03 * a11;
  const b3_b = a13 * a02 - a03 * a12;
  const b2_b = a33 * a20 - a23 * a30;
  const b1_b = -a33 * a21 + a23 * a31;
  const b0_b = a33 * a22 - a23 * a32;
  const g = adj.a;
  g[0] += a13 * b5 + b0_b * a11 + b1_b * a12;
  g[1] += -a13 * b4 - b0_b * a10 + b2_b * a12;
  g[2] += a13 * b3 - b1_b * a10 - b2_b * a11;
  g[3] += -b7;
  g[4] += -a03 * b5 - b0_b * a01 - b1_b * a02;
  g[5] += a03 * b4 + b0_b * a00 - b2_b * a02;
  g[6] += -a03 * b3 + b1_b * a00 + b2_b * a01;
  g[7] += b6;
  g[8] += a33 * b2 + b3_b * a31 + b4_b * a32;
  g[9] += -a33 * b1 - b3_b * a30 + b5_b * a32;
  g[10] += a33 * b0 - b4_b * a30 - b5_b * a31;
  g[11] += -b9;
  g[12] += -a23 * b2 - b3_b * a21 - b4_b * a22;
  g[13] += a23 * b1 + b3_b * a20 - b5_b * a22;
  g[14] += -a23 * b0 + b4_b * a20 + b5_b * a21;
  g[15] += b8;
  return det;
}

// the state before each element's step, kept by the forward pass (grown, never shrunk)
let tBefore = new Float64Array(0);
let sBefore = new Float64Array(0);

/** compute-l2norm's scaled sum of squares (corpus/compute-l2norm/index.ts), reversed step by step. */
export function l2norm_adjoint(arr: readonly number[], adj: { arr: Float64Array }): number {
  const n = arr.length;
  if (tBefore.length < n) {
    tBefore = new Float64Array(n);
    sBefore = new Float64Array(n);
  }
  let t = 0;
  let s = 1;
  for (let i = 0; i < n; i++) {
    const val = arr[i]!;
    const abs = val < 0 ? -val : val;
    if (abs > 0) {
      if (abs > t) {
        tBefore[i] = t;
        sBefore[i] = s;
        const r = t / val;
        s = 1 + s * r * r;
        t = abs;
      } else {
        tBefore[i] = t;
        const r = val / t;
        s = s + r * r;
      }
    }
  }
  const q = Math.sqrt(s);
  let t_b = q;
  let s_b = (t * 0.5) / q;
  const g = adj.arr;
  for (let i = n - 1; i >= 0; i--) {
    const val = arr[i]!;
    const abs = val < 0 ? -val : val;
    if (!(abs > 0)) continue;
    const t0 = tBefore[i]!;
    if (abs > t0) {
      // r = t0 / val; s = 1 + s0·r²; t = |val|
      const r = t0 / val;
      const r_b = 2 * sBefore[i]! * r * s_b;
      s_b *= r * r;
      g[i] += (val < 0 ? -t_b : t_b) - (r_b * r) / val;
      t_b = r_b / val;
    } else {
      // r = val / t0; s += r²
      const r = val / t0;
      const r_b = 2 * r * s_b;
      g[i] += r_b / t0;
      t_b -= (r_b * r) / t0;
    }
  }
  return t * q;
}

// betacf's state at the start of each iteration (at most 100)
const dAt = new Float64Array(101);
const cAt = new Float64Array(101);
const hAt = new Float64Array(101);

/** jStat's continued fraction for the incomplete beta function (corpus/jstat/special.ts). */
export function betacf_adjoint(x: number, a: number, b: number, adj: { x: number; a: number; b: number }): number {
  const fpmin = 1e-30;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  const d00 = 1 - (qab * x) / qap;
  const clamp0 = Math.abs(d00) < fpmin;
  let d = 1 / (clamp0 ? fpmin : d00);
  const dInit = d;
  let h = d;
  let m = 1;
  for (; m <= 100; m++) {
    dAt[m] = d;
    cAt[m] = c;
    hAt[m] = h;
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < fpmin) d = fpmin;
    c = 1 + aa / c;
    if (Math.abs(c) < fpmin) c = fpmin;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < fpmin) d = fpmin;
    c = 1 + aa / c;
    if (Math.abs(c) < fpmin) c = fpmin;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1.0) < 3e-7) break;
  }
  const last = Math.min(m, 100);
  let h_b = 1;
  let d_b = 0;
  let c_b = 0;
  let x_b = 0;
  let a_b = 0;
  let b_b = 0;
  let qab_b = 0;
  let qap_b = 0;
  let qam_b = 0;
  for (let k = last; k >= 1; k--) {
    // the iteration again from its start, then its reverse
    const d0 = dAt[k]!;
    const c0 = cAt[k]!;
    const h0 = hAt[k]!;
    const m2 = 2 * k;
    const den1 = (qam + m2) * (a + m2);
    const aa1 = (k * (b - k) * x) / den1;
    const d1raw = 1 + aa1 * d0;
    const d1clamped = Math.abs(d1raw) < fpmin;
    const d1 = d1clamped ? fpmin : d1raw;
    const c1raw = 1 + aa1 / c0;
    const c1clamped = Math.abs(c1raw) < fpmin;
    const c1 = c1clamped ? fpmin : c1raw;
    const d1i = 1 / d1;
    const h1 = h0 * (d1i * c1);
    const den2 = (a + m2) * (qap + m2);
    const aa2 = (-(a + k) * (qab + k) * x) / den2;
    const d2raw = 1 + aa2 * d1i;
    const d2clamped = Math.abs(d2raw) < fpmin;
    const d2 = d2clamped ? fpmin : d2raw;
    const c2raw = 1 + aa2 / c1;
    const c2clamped = Math.abs(c2raw) < fpmin;
    const c2 = c2clamped ? fpmin : c2raw;
    const d2i = 1 / d2;
    const del = d2i * c2;
    // h = h1·del
    const h1_b = h_b * del;
    const del_b = h_b * h1;
    const d2i_b = d_b + del_b * c2;
    const c2_b = c2clamped ? 0 : c_b + del_b * d2i;
    const d2_b = d2clamped ? 0 : -d2i_b * d2i * d2i;
    let aa2_b = c2_b / c1 + d2_b * d1i;
    let c1_b = (-c2_b * aa2) / (c1 * c1);
    let d1i_b = d2_b * aa2;
    // aa2 = −(a+k)(qab+k)x / ((a+m2)(qap+m2))
    aa2_b /= den2;
    a_b += -(qab + k) * x * aa2_b - aa2 * aa2_b * (qap + m2);
    qab_b += -(a + k) * x * aa2_b;
    x_b += -(a + k) * (qab + k) * aa2_b;
    qap_b += -aa2 * aa2_b * (a + m2);
    // h1 = h0·(d1i·c1)
    const h0_b = h1_b * (d1i * c1);
    const p_b = h1_b * h0;
    d1i_b += p_b * c1;
    c1_b += p_b * d1i;
    if (c1clamped) c1_b = 0;
    const d1_b = d1clamped ? 0 : -d1i_b * d1i * d1i;
    let aa1_b = c1_b / c0 + d1_b * d0;
    const c0_b = (-c1_b * aa1) / (c0 * c0);
    const d0_b = d1_b * aa1;
    // aa1 = k(b−k)x / ((qam+m2)(a+m2))
    aa1_b /= den1;
    b_b += k * x * aa1_b;
    x_b += k * (b - k) * aa1_b;
    qam_b += -aa1 * aa1_b * (a + m2);
    a_b += -aa1 * aa1_b * (qam + m2);
    h_b = h0_b;
    d_b = d0_b;
    c_b = c0_b;
  }
  // h = d = 1 / d00
  const dInit_b = h_b + d_b;
  const d00_b = clamp0 ? 0 : -dInit_b * dInit * dInit;
  qab_b -= (d00_b * x) / qap;
  x_b -= (d00_b * qab) / qap;
  qap_b += (d00_b * qab * x) / (qap * qap);
  adj.x += x_b;
  adj.a += a_b + qab_b + qap_b + qam_b;
  adj.b += b_b + qab_b;
  return h;
}
