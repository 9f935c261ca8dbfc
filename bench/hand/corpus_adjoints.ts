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

// the rescalings (the steps where |val| > t): element index, and t and s before it (grown, never shrunk)
let rescaleAt = new Int32Array(16);
let tBefore = new Float64Array(16);
let sBefore = new Float64Array(16);

/**
 * compute-l2norm's scaled sum of squares (corpus/compute-l2norm/index.ts), reversed step by step.
 * Between two rescalings t does not change and s only grows by (val/t)², so s_b is constant there:
 * each such step adds 2·s_b·val/t² into its element and −2·s_b·val²/t³ into t_b, summed over the
 * run. Only the rescalings (a few per array: a new largest |val|) are kept; the reverse of the
 * others needs no tape and no division.
 */
export function l2norm_adjoint(arr: readonly number[], adj: { arr: Float64Array }): number {
  const n = arr.length;
  let t = 0;
  let s = 1;
  let rescalings = 0;
  for (let i = 0; i < n; i++) {
    const val = arr[i]!;
    const abs = val < 0 ? -val : val;
    if (abs > 0) {
      if (abs > t) {
        if (rescalings === rescaleAt.length) growRescalings();
        rescaleAt[rescalings] = i;
        tBefore[rescalings] = t;
        sBefore[rescalings] = s;
        rescalings++;
        const r = t / val;
        s = 1 + s * r * r;
        t = abs;
      } else {
        const r = val / t;
        s = s + r * r;
      }
    }
  }
  const q = Math.sqrt(s);
  const result = t * q;
  let t_b = q;
  let s_b = (t * 0.5) / q;
  const g = adj.arr;
  let i = n - 1;
  // (before the first rescaling every element is 0 or NaN, skipped by the primal: nothing to add)
  for (let e = rescalings - 1; e >= 0; e--) {
    // the run after rescaling e: s += (val/t)² with t, s_b unchanged
    const k = (2 * s_b) / (t * t);
    let squares = 0;
    for (const stop = rescaleAt[e]!; i > stop; i--) {
      const val = arr[i]!;
      if (val === val) {
        g[i] += k * val;
        squares += val * val;
      }
    }
    t_b -= (k * squares) / t;
    // rescaling e: r = t0 / val; s = 1 + s0·r²; t = |val|
    const val = arr[i]!;
    const t0 = tBefore[e]!;
    const r = t0 / val;
    const r_b = 2 * sBefore[e]! * r * s_b;
    s_b *= r * r;
    g[i] += (val < 0 ? -t_b : t_b) - (r_b * r) / val;
    t_b = r_b / val;
    t = t0;
    i--;
  }
  return result;
}

function growRescalings(): void {
  const n = rescaleAt.length * 2;
  const at = new Int32Array(n);
  at.set(rescaleAt);
  rescaleAt = at;
  const t = new Float64Array(n);
  t.set(tBefore);
  tBefore = t;
  const s = new Float64Array(n);
  s.set(sBefore);
  sBefore = s;
}

// per iteration (at most 100): the values its reverse reads, kept by the forward pass, so that
// the reverse neither runs the iteration again nor divides where the quotient is kept (the
// derivative of d = 1 / d is −d², from the new d)
const K = 101;
const dIn = new Float64Array(K); // d at the iteration's start (1 / the previous denominator)
const cIn = new Float64Array(K);
const hIn = new Float64Array(K);
const aa1 = new Float64Array(K);
const c1 = new Float64Array(K); // c after the even step (clamped)
const d1i = new Float64Array(K); // d after the even step: 1 / its clamped denominator
const hMid = new Float64Array(K);
const aa2 = new Float64Array(K);
const c2 = new Float64Array(K);
const d2i = new Float64Array(K);
const clamps = new Uint8Array(K); // bit 0: d clamped in the even step, 1: c, 2: d in the odd step, 3: c

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
    dIn[m] = d;
    cIn[m] = c;
    hIn[m] = h;
    let cl = 0;
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    aa1[m] = aa;
    d = 1 + aa * d;
    if (Math.abs(d) < fpmin) { d = fpmin; cl |= 1; }
    c = 1 + aa / c;
    if (Math.abs(c) < fpmin) { c = fpmin; cl |= 2; }
    c1[m] = c;
    d = 1 / d;
    d1i[m] = d;
    h *= d * c;
    hMid[m] = h;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    aa2[m] = aa;
    d = 1 + aa * d;
    if (Math.abs(d) < fpmin) { d = fpmin; cl |= 4; }
    c = 1 + aa / c;
    if (Math.abs(c) < fpmin) { c = fpmin; cl |= 8; }
    c2[m] = c;
    d = 1 / d;
    d2i[m] = d;
    clamps[m] = cl;
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
    const cl = clamps[k]!;
    const m2 = 2 * k;
    // h = hMid·del, del = d2i·c2
    const dOdd = d2i[k]!, cOdd = c2[k]!, dEven = d1i[k]!, cEven = c1[k]!;
    const del_b = h_b * hMid[k]!;
    h_b *= dOdd * cOdd;
    let dOdd_b = d_b + del_b * cOdd;
    let cOdd_b = c_b + del_b * dOdd;
    // d = 1 / d: the derivative −d_new²
    const dDen_b = cl & 4 ? 0 : -dOdd_b * dOdd * dOdd;
    if (cl & 8) cOdd_b = 0;
    // c = 1 + aa2 / cEven; d = 1 + aa2·dEven
    const q = aa2[k]!;
    const rc = 1 / cEven;
    let q_b = cOdd_b * rc + dDen_b * dEven;
    let cEven_b = -cOdd_b * q * rc * rc;
    let dEven_b = dDen_b * q;
    // aa2 = −(a+k)(qab+k)x / ((a+m2)(qap+m2))
    const num2_b = q_b / ((a + m2) * (qap + m2));
    const den2_b = -num2_b * q;
    a_b += -(qab + k) * x * num2_b + den2_b * (qap + m2);
    qab_b += -(a + k) * x * num2_b;
    x_b += -(a + k) * (qab + k) * num2_b;
    qap_b += den2_b * (a + m2);
    // h = hIn·(dEven·cEven)
    const hIn_b = h_b * (dEven * cEven);
    const p_b = h_b * hIn[k]!;
    h_b = hIn_b;
    dEven_b += p_b * cEven;
    cEven_b += p_b * dEven;
    const dDen1_b = cl & 1 ? 0 : -dEven_b * dEven * dEven;
    if (cl & 2) cEven_b = 0;
    // c = 1 + aa1 / cIn; d = 1 + aa1·dIn
    const p = aa1[k]!;
    const c0 = cIn[k]!;
    const rc0 = 1 / c0;
    const p_b2 = cEven_b * rc0 + dDen1_b * dIn[k]!;
    c_b = -cEven_b * p * rc0 * rc0;
    d_b = dDen1_b * p;
    // aa1 = k(b−k)x / ((qam+m2)(a+m2))
    const num1_b = p_b2 / ((qam + m2) * (a + m2));
    const den1_b = -num1_b * p;
    b_b += k * x * num1_b;
    x_b += k * (b - k) * num1_b;
    qam_b += den1_b * (a + m2);
    a_b += den1_b * (qam + m2);
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
