// trial50 perf: gen/specfun.grad.ts's gammp_vjp, copied, with its out-parameter array r (new Float64Array(2)) and its
// adjoint r_b (f64Zeros(2)) replaced by four scalars (r0, r1, r0_b, r1_b); nothing else changed. Timed by perf/bench.mjs.
import { tape, f64Zeros } from 'tsgrad/runtime';
void f64Zeros;
const COF_gammln_gser: number[] = [0, 76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.001208650973866179, -0.000005395239384953];
export function gammp_vjp_scalars(a: number, x: number, adj: { a: number; x: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let result: number = 0;
  let ret_gser: boolean = false;
  let y_gammln_gser: number = 0;
  let ser_gammln_gser: number = 0;
  let ap_gser: number = 0;
  let del_gser: number = 0;
  let sum_1_gser: number = 0;
  let n_gser: number = 0;
  let y_gammln_gcf: number = 0;
  let ser_gammln_gcf: number = 0;
  let b_gcf: number = 0;
  let c_gcf: number = 0;
  let d_gcf: number = 0;
  let h_gcf: number = 0;
  let i_gcf: number = 0;
  let brk_gcf: boolean = false;
  let r0 = 0, r1 = 0;
  const t1 = a + 1;
  const t2 = x < t1;
  if (t2) {
    ret_gser = false;
    y_gammln_gser = a;
    const tmp_gammln_gser = a + 5.5;
    const t2_gammln_gser = a + 0.5;
    const t3_gammln_gser = Math.log(tmp_gammln_gser);
    const t4_gammln_gser = t2_gammln_gser * t3_gammln_gser;
    if (top + 1 > stack.length) stack = tape.reserve(top, 1);
    stack[top++]! = t3_gammln_gser;
    const tmp_1_gammln_gser = tmp_gammln_gser - t4_gammln_gser;
    ser_gammln_gser = 1.000000000190015;
    if (top + 8 > stack.length) stack = tape.reserve(top, 8);
    for (let j_gammln_gser = 1; j_gammln_gser <= 6; j_gammln_gser++) {
      const t6_gammln_gser = COF_gammln_gser[j_gammln_gser]!;
      const t7_gammln_gser = y_gammln_gser + 1;
      y_gammln_gser = t7_gammln_gser;
      const t8_gammln_gser = y_gammln_gser;
      const t9_gammln_gser = t6_gammln_gser / t8_gammln_gser;
      stack[top++]! = t8_gammln_gser;
      const t10_gammln_gser = ser_gammln_gser + t9_gammln_gser;
      ser_gammln_gser = t10_gammln_gser;
    }
    const t11_gammln_gser = -tmp_1_gammln_gser;
    const t12_gammln_gser = 2.5066282746310007 * ser_gammln_gser;
    const t13_gammln_gser = t12_gammln_gser / a;
    stack[top++]! = t12_gammln_gser;
    const t14_gammln_gser = Math.log(t13_gammln_gser);
    stack[top++]! = t13_gammln_gser;
    const t15_gammln_gser = t11_gammln_gser + t14_gammln_gser;
    r1 = t15_gammln_gser;
    const t1_gser = x <= 0;
    if (t1_gser) {
      r0 = 0;
      ret_gser = true;
    } else {
      ap_gser = a;
      const t2_gser = 1 / a;
      del_gser = t2_gser;
      sum_1_gser = del_gser;
      n_gser = 1;
      let iters = 0;
      const t12_gser = -x;
      const t13_gser = Math.log(x);
      const t14_gser = a * t13_gser;
      const t15_gser = t12_gser + t14_gser;
      const t16_gser = t15_gser - t15_gammln_gser;
      const t17_gser = Math.exp(t16_gser);
      for (;;) {
        const t3_gser = n_gser <= 200;
        const t21_gser = !ret_gser;
        const t22_gser = t21_gser && t3_gser;
        if (!t22_gser) {
          break;
        }
        iters++;
        const t4_gser = ap_gser + 1;
        if (top + 5 > stack.length) stack = tape.reserve(top, 5);
        stack[top++]! = ap_gser;
        ap_gser = t4_gser;
        const t5_gser = x / ap_gser;
        const t6_gser = del_gser * t5_gser;
        stack[top++]! = del_gser;
        del_gser = t6_gser;
        const t7_gser = sum_1_gser + del_gser;
        stack[top++]! = sum_1_gser;
        sum_1_gser = t7_gser;
        const t8_gser = Math.abs(del_gser);
        const t9_gser = Math.abs(sum_1_gser);
        const t10_gser = t9_gser * 3e-12;
        const t11_gser = t8_gser < t10_gser;
        if (t11_gser) {
          stack[top++]! = t13_gser;
          const t18_gser = sum_1_gser * t17_gser;
          stack[top++]! = t17_gser;
          r0 = t18_gser;
          ret_gser = true;
          break;
        }
        const t19_gser = n_gser + 1;
        n_gser = t19_gser;
      }
      if (top + 4 > stack.length) stack = tape.reserve(top, 4);
      stack[top++]! = iters;
      const t23_gser = !ret_gser;
      if (t23_gser) {
        const t24_gser = -x;
        const t25_gser = Math.log(x);
        const t26_gser = a * t25_gser;
        stack[top++]! = t25_gser;
        const t27_gser = t24_gser + t26_gser;
        const t28_gser = t27_gser - t15_gammln_gser;
        const t29_gser = Math.exp(t28_gser);
        const t30_gser = sum_1_gser * t29_gser;
        stack[top++]! = t29_gser;
        r0 = t30_gser;
        stack[top++]! = 1;
      } else {
        stack[top++]! = 0;
      }
    }
    const t3 = r0;
    result = t3;
  } else {
    y_gammln_gcf = a;
    const tmp_gammln_gcf = a + 5.5;
    const t2_gammln_gcf = a + 0.5;
    const t3_gammln_gcf = Math.log(tmp_gammln_gcf);
    const t4_gammln_gcf = t2_gammln_gcf * t3_gammln_gcf;
    if (top + 1 > stack.length) stack = tape.reserve(top, 1);
    stack[top++]! = t3_gammln_gcf;
    const tmp_1_gammln_gcf = tmp_gammln_gcf - t4_gammln_gcf;
    ser_gammln_gcf = 1.000000000190015;
    if (top + 8 > stack.length) stack = tape.reserve(top, 8);
    for (let j_gammln_gcf = 1; j_gammln_gcf <= 6; j_gammln_gcf++) {
      const t6_gammln_gcf = COF_gammln_gser[j_gammln_gcf]!;
      const t7_gammln_gcf = y_gammln_gcf + 1;
      y_gammln_gcf = t7_gammln_gcf;
      const t8_gammln_gcf = y_gammln_gcf;
      const t9_gammln_gcf = t6_gammln_gcf / t8_gammln_gcf;
      stack[top++]! = t8_gammln_gcf;
      const t10_gammln_gcf = ser_gammln_gcf + t9_gammln_gcf;
      ser_gammln_gcf = t10_gammln_gcf;
    }
    const t11_gammln_gcf = -tmp_1_gammln_gcf;
    const t12_gammln_gcf = 2.5066282746310007 * ser_gammln_gcf;
    const t13_gammln_gcf = t12_gammln_gcf / a;
    stack[top++]! = t12_gammln_gcf;
    const t14_gammln_gcf = Math.log(t13_gammln_gcf);
    stack[top++]! = t13_gammln_gcf;
    const t15_gammln_gcf = t11_gammln_gcf + t14_gammln_gcf;
    const t1_gcf = x + 1;
    const t2_gcf = t1_gcf - a;
    b_gcf = t2_gcf;
    c_gcf = 9.999999999999999e+299;
    const t4_gcf = 1 / b_gcf;
    d_gcf = t4_gcf;
    h_gcf = d_gcf;
    i_gcf = 1;
    brk_gcf = false;
    let iters_1 = 0;
    for (;;) {
      const t5_gcf = i_gcf <= 200;
      const t24_gcf = !brk_gcf;
      const t25_gcf = t24_gcf && t5_gcf;
      if (!t25_gcf) {
        break;
      }
      iters_1++;
      const t6_gcf = -i_gcf;
      const t7_gcf = i_gcf - a;
      const an_gcf = t6_gcf * t7_gcf;
      if (top + 8 > stack.length) stack = tape.reserve(top, 8);
      stack[top++]! = t6_gcf;
      const t8_gcf = b_gcf + 2;
      stack[top++]! = b_gcf;
      b_gcf = t8_gcf;
      const t9_gcf = an_gcf * d_gcf;
      const t10_gcf = t9_gcf + b_gcf;
      stack[top++]! = d_gcf;
      d_gcf = t10_gcf;
      const t11_gcf = Math.abs(d_gcf);
      const t12_gcf = t11_gcf < 1e-300;
      if (t12_gcf) {
        d_gcf = 1e-300;
        stack[top++]! = 1;
      } else {
        stack[top++]! = 0;
      }
      const t13_gcf = an_gcf / c_gcf;
      stack[top++]! = an_gcf;
      const t14_gcf = b_gcf + t13_gcf;
      stack[top++]! = c_gcf;
      c_gcf = t14_gcf;
      const t15_gcf = Math.abs(c_gcf);
      const t16_gcf = t15_gcf < 1e-300;
      if (t16_gcf) {
        c_gcf = 1e-300;
        stack[top++]! = 1;
      } else {
        stack[top++]! = 0;
      }
      const t17_gcf = 1 / d_gcf;
      d_gcf = t17_gcf;
      const del_gcf = d_gcf * c_gcf;
      const t18_gcf = h_gcf * del_gcf;
      stack[top++]! = h_gcf;
      h_gcf = t18_gcf;
      const t19_gcf = del_gcf - 1;
      const t20_gcf = Math.abs(t19_gcf);
      const t21_gcf = t20_gcf < 3e-12;
      if (t21_gcf) {
        brk_gcf = true;
        break;
      }
      const t22_gcf = i_gcf + 1;
      i_gcf = t22_gcf;
    }
    if (top + 3 > stack.length) stack = tape.reserve(top, 3);
    stack[top++]! = iters_1;
    const t26_gcf = -x;
    const t27_gcf = Math.log(x);
    const t28_gcf = a * t27_gcf;
    stack[top++]! = t27_gcf;
    const t29_gcf = t26_gcf + t28_gcf;
    const t30_gcf = t29_gcf - t15_gammln_gcf;
    const t31_gcf = Math.exp(t30_gcf);
    const t32_gcf = t31_gcf * h_gcf;
    stack[top++]! = t31_gcf;
    r0 = t32_gcf;
    r1 = t15_gammln_gcf;
    const t4 = r0;
    const t5 = 1 - t4;
    result = t5;
  }
  let a_b = 0;
  let x_b = 0;
  let result_b = seed;
  let r0_b = 0, r1_b = 0;
  let y_gammln_gser_b = 0;
  let ser_gammln_gser_b = 0;
  let ap_gser_b = 0;
  let del_gser_b = 0;
  let sum_1_gser_b = 0;
  let y_gammln_gcf_b = 0;
  let ser_gammln_gcf_b = 0;
  let b_gcf_b = 0;
  let c_gcf_b = 0;
  let d_gcf_b = 0;
  let h_gcf_b = 0;
  // grad of: if (x < a + 1)
  if (t2) {
    let t15_gammln_gser_b = 0;
    // grad of: return r[0]
    const t3_b = result_b;
    result_b = 0;
    r0_b += t3_b;
    // grad of (gser): if (x <= 0)
    const t1_gser = x <= 0;
    if (t1_gser) {
      // grad of (gser): out[0] = 0
      r0_b = 0;
    } else {
      // grad of (gser): out[0] = sum * Math.exp(-x + a * Math.log(x) - gln)
      const t23_gser = stack[--top]! !== 0;
      if (t23_gser) {
        const t30_gser_b = r0_b;
        r0_b = 0;
        const t29_gser = stack[--top]!;
        const t29_gser_b = t30_gser_b === 0 ? 0 : t30_gser_b * sum_1_gser;
        if (t30_gser_b !== 0) sum_1_gser_b += t30_gser_b * t29_gser;
        const t28_gser_b = t29_gser_b === 0 ? 0 : t29_gser_b * t29_gser;
        const t27_gser_b = t28_gser_b;
        t15_gammln_gser_b -= t28_gser_b;
        const t24_gser_b = t27_gser_b;
        const t26_gser_b = t27_gser_b;
        const t25_gser = stack[--top]!;
        const t25_gser_b = t26_gser_b === 0 ? 0 : t26_gser_b * a;
        if (t26_gser_b !== 0) a_b += t26_gser_b * t25_gser;
        if (t25_gser_b !== 0) x_b += t25_gser_b / x;
        x_b -= t24_gser_b;
      }
      // grad of (gser): for (let n = 1; n <= ITMAX; n++)
      for (let k = stack[--top]!; k > 0; k--) {
        // grad of (gser): if (Math.abs(del) < Math.abs(sum) * EPS)
        const t8_gser = Math.abs(del_gser);
        const t9_gser = Math.abs(sum_1_gser);
        const t10_gser = t9_gser * 3e-12;
        const t11_gser = t8_gser < t10_gser;
        if (t11_gser) {
          // grad of (gser): out[0] = sum * Math.exp(-x + a * Math.log(x) - gln)
          const t18_gser_b = r0_b;
          r0_b = 0;
          const t17_gser = stack[--top]!;
          const t17_gser_b = t18_gser_b === 0 ? 0 : t18_gser_b * sum_1_gser;
          if (t18_gser_b !== 0) sum_1_gser_b += t18_gser_b * t17_gser;
          const t16_gser_b = t17_gser_b === 0 ? 0 : t17_gser_b * t17_gser;
          const t15_gser_b = t16_gser_b;
          t15_gammln_gser_b -= t16_gser_b;
          const t12_gser_b = t15_gser_b;
          const t14_gser_b = t15_gser_b;
          const t13_gser = stack[--top]!;
          const t13_gser_b = t14_gser_b === 0 ? 0 : t14_gser_b * a;
          if (t14_gser_b !== 0) a_b += t14_gser_b * t13_gser;
          if (t13_gser_b !== 0) x_b += t13_gser_b / x;
          x_b -= t12_gser_b;
        }
        // grad of (gser): sum += del
        sum_1_gser = stack[--top]!;
        del_gser_b += sum_1_gser_b;
        // grad of (gser): del *= x / ap
        del_gser = stack[--top]!;
        const t5_gser_r_1 = 1 / ap_gser;
        const t5_gser = x * t5_gser_r_1;
        const t5_gser_b = del_gser_b === 0 ? 0 : del_gser_b * del_gser;
        if (del_gser_b !== 0) del_gser_b = del_gser_b * t5_gser;
        if (t5_gser_b !== 0) {
          x_b += t5_gser_b * t5_gser_r_1;
          ap_gser_b -= t5_gser_b * (x * t5_gser_r_1 * t5_gser_r_1);
        }
        // grad of (gser): ++ap
        ap_gser = stack[--top]!;
      }
      // grad of (gser): let sum = del
      del_gser_b += sum_1_gser_b;
      sum_1_gser_b = 0;
      // grad of (gser): let del = 1.0 / a
      const t2_gser_b = del_gser_b;
      del_gser_b = 0;
      const t2_gser_r = 1 / a;
      if (t2_gser_b !== 0) a_b -= t2_gser_b * (t2_gser_r * t2_gser_r);
      // grad of (gser): let ap = a
      a_b += ap_gser_b;
      ap_gser_b = 0;
    }
    // grad of (gser): out[1] = gln
    t15_gammln_gser_b += r1_b;
    r1_b = 0;
    // grad of (gammln): return -tmp + Math.log((2.5066282746310005 * ser) / x)
    const t11_gammln_gser_b = t15_gammln_gser_b;
    const t14_gammln_gser_b = t15_gammln_gser_b;
    const t13_gammln_gser = stack[--top]!;
    const t13_gammln_gser_b = t14_gammln_gser_b === 0 ? 0 : t14_gammln_gser_b / t13_gammln_gser;
    const t12_gammln_gser = stack[--top]!;
    const t13_gammln_gser_r = 1 / a;
    const t12_gammln_gser_b = t13_gammln_gser_b === 0 ? 0 : t13_gammln_gser_b * t13_gammln_gser_r;
    if (t13_gammln_gser_b !== 0) a_b -= t13_gammln_gser_b * (t12_gammln_gser * t13_gammln_gser_r * t13_gammln_gser_r);
    ser_gammln_gser_b += t12_gammln_gser_b * 2.5066282746310007;
    const tmp_1_gammln_gser_b = -t11_gammln_gser_b;
    // grad of (gammln): for (let j = 1; j <= 6; j++)
    if (ser_gammln_gser_b !== 0) {
      for (let j_gammln_gser = 6; j_gammln_gser >= 1; j_gammln_gser--) {
        // grad of (gammln): ser += COF[j] / ++y
        const t9_gammln_gser_b = ser_gammln_gser_b;
        const t8_gammln_gser = stack[--top]!;
        const t6_gammln_gser = COF_gammln_gser[j_gammln_gser]!;
        const t9_gammln_gser_r = 1 / t8_gammln_gser;
        const t8_gammln_gser_b = -(t9_gammln_gser_b * (t6_gammln_gser * t9_gammln_gser_r * t9_gammln_gser_r));
        y_gammln_gser_b += t8_gammln_gser_b;
      }
    } else {
      for (let j_gammln_gser = 6; j_gammln_gser >= 1; j_gammln_gser--) {
        // grad of (gammln): ser += COF[j] / ++y
        const t9_gammln_gser_b = ser_gammln_gser_b;
        const t8_gammln_gser = stack[--top]!;
        const t6_gammln_gser = COF_gammln_gser[j_gammln_gser]!;
        const t9_gammln_gser_r = 1 / t8_gammln_gser;
        const t8_gammln_gser_b = t9_gammln_gser_b === 0 ? 0 : -(t9_gammln_gser_b * (t6_gammln_gser * t9_gammln_gser_r * t9_gammln_gser_r));
        y_gammln_gser_b += t8_gammln_gser_b;
      }
    }
    // grad of (gammln): let ser = 1.000000000190015
    ser_gammln_gser_b = 0;
    // grad of (gammln): tmp -= (x + 0.5) * Math.log(tmp)
    let tmp_gammln_gser_b = tmp_1_gammln_gser_b;
    const t4_gammln_gser_b = -tmp_1_gammln_gser_b;
    const t3_gammln_gser = stack[--top]!;
    const t2_gammln_gser = a + 0.5;
    const t2_gammln_gser_b = t4_gammln_gser_b === 0 ? 0 : t4_gammln_gser_b * t3_gammln_gser;
    const t3_gammln_gser_b = t4_gammln_gser_b === 0 ? 0 : t4_gammln_gser_b * t2_gammln_gser;
    const tmp_gammln_gser = a + 5.5;
    if (t3_gammln_gser_b !== 0) tmp_gammln_gser_b += t3_gammln_gser_b / tmp_gammln_gser;
    a_b += t2_gammln_gser_b;
    // grad of (gammln): let tmp = x + 5.5
    a_b += tmp_gammln_gser_b;
    // grad of (gammln): let y = xx
    a_b += y_gammln_gser_b;
    y_gammln_gser_b = 0;
  } else {
    // grad of: return 1 - r[0]
    const t5_b = result_b;
    result_b = 0;
    const t4_b = -t5_b;
    r0_b += t4_b;
    // grad of (gcf): out[1] = gln
    let t15_gammln_gcf_b = r1_b;
    r1_b = 0;
    // grad of (gcf): out[0] = Math.exp(-x + a * Math.log(x) - gln) * h
    const t32_gcf_b = r0_b;
    r0_b = 0;
    const t31_gcf = stack[--top]!;
    const t31_gcf_b = t32_gcf_b === 0 ? 0 : t32_gcf_b * h_gcf;
    if (t32_gcf_b !== 0) h_gcf_b += t32_gcf_b * t31_gcf;
    const t30_gcf_b = t31_gcf_b === 0 ? 0 : t31_gcf_b * t31_gcf;
    const t29_gcf_b = t30_gcf_b;
    t15_gammln_gcf_b -= t30_gcf_b;
    const t26_gcf_b = t29_gcf_b;
    const t28_gcf_b = t29_gcf_b;
    const t27_gcf = stack[--top]!;
    const t27_gcf_b = t28_gcf_b === 0 ? 0 : t28_gcf_b * a;
    if (t28_gcf_b !== 0) a_b += t28_gcf_b * t27_gcf;
    if (t27_gcf_b !== 0) x_b += t27_gcf_b / x;
    x_b -= t26_gcf_b;
    // grad of (gcf): for (; i <= ITMAX; i++)
    for (let k_1 = stack[--top]!; k_1 > 0; k_1--) {
      // grad of (gcf): h *= del
      h_gcf = stack[--top]!;
      const del_gcf = d_gcf * c_gcf;
      const del_gcf_b = h_gcf_b === 0 ? 0 : h_gcf_b * h_gcf;
      if (h_gcf_b !== 0) h_gcf_b = h_gcf_b * del_gcf;
      // grad of (gcf): const del = d * c
      if (del_gcf_b !== 0) {
        d_gcf_b += del_gcf_b * c_gcf;
        c_gcf_b += del_gcf_b * d_gcf;
      }
      // grad of (gcf): d = 1 / d
      if (d_gcf_b !== 0) d_gcf_b = -(d_gcf_b * (d_gcf * d_gcf));
      // grad of (gcf): if (Math.abs(c) < FPMIN)
      const t16_gcf = stack[--top]! !== 0;
      if (t16_gcf) {
        // grad of (gcf): c = FPMIN
        c_gcf_b = 0;
      }
      // grad of (gcf): c = b + an / c
      c_gcf = stack[--top]!;
      const t14_gcf_b = c_gcf_b;
      c_gcf_b = 0;
      b_gcf_b += t14_gcf_b;
      const t13_gcf_b = t14_gcf_b;
      const an_gcf = stack[--top]!;
      const t13_gcf_r = 1 / c_gcf;
      let an_gcf_b = t13_gcf_b === 0 ? 0 : t13_gcf_b * t13_gcf_r;
      if (t13_gcf_b !== 0) c_gcf_b -= t13_gcf_b * (an_gcf * t13_gcf_r * t13_gcf_r);
      // grad of (gcf): if (Math.abs(d) < FPMIN)
      const t12_gcf = stack[--top]! !== 0;
      if (t12_gcf) {
        // grad of (gcf): d = FPMIN
        d_gcf_b = 0;
      }
      // grad of (gcf): d = an * d + b
      d_gcf = stack[--top]!;
      const t10_gcf_b = d_gcf_b;
      d_gcf_b = 0;
      const t9_gcf_b = t10_gcf_b;
      b_gcf_b += t10_gcf_b;
      if (t9_gcf_b !== 0) {
        an_gcf_b += t9_gcf_b * d_gcf;
        d_gcf_b += t9_gcf_b * an_gcf;
      }
      // grad of (gcf): b += 2
      b_gcf = stack[--top]!;
      // grad of (gcf): const an = -i * (i - a)
      const t6_gcf = stack[--top]!;
      const t7_gcf_b = an_gcf_b === 0 ? 0 : an_gcf_b * t6_gcf;
      a_b -= t7_gcf_b;
    }
    // grad of (gcf): let h = d
    d_gcf_b += h_gcf_b;
    h_gcf_b = 0;
    // grad of (gcf): let d = 1 / b
    const t4_gcf_b = d_gcf_b;
    d_gcf_b = 0;
    const t4_gcf_r = 1 / b_gcf;
    if (t4_gcf_b !== 0) b_gcf_b -= t4_gcf_b * (t4_gcf_r * t4_gcf_r);
    // grad of (gcf): let c = 1 / FPMIN
    c_gcf_b = 0;
    // grad of (gcf): let b = x + 1 - a
    const t2_gcf_b = b_gcf_b;
    b_gcf_b = 0;
    const t1_gcf_b = t2_gcf_b;
    a_b -= t2_gcf_b;
    x_b += t1_gcf_b;
    // grad of (gammln): return -tmp + Math.log((2.5066282746310005 * ser) / x)
    const t11_gammln_gcf_b = t15_gammln_gcf_b;
    const t14_gammln_gcf_b = t15_gammln_gcf_b;
    const t13_gammln_gcf = stack[--top]!;
    const t13_gammln_gcf_b = t14_gammln_gcf_b === 0 ? 0 : t14_gammln_gcf_b / t13_gammln_gcf;
    const t12_gammln_gcf = stack[--top]!;
    const t13_gammln_gcf_r = 1 / a;
    const t12_gammln_gcf_b = t13_gammln_gcf_b === 0 ? 0 : t13_gammln_gcf_b * t13_gammln_gcf_r;
    if (t13_gammln_gcf_b !== 0) a_b -= t13_gammln_gcf_b * (t12_gammln_gcf * t13_gammln_gcf_r * t13_gammln_gcf_r);
    ser_gammln_gcf_b += t12_gammln_gcf_b * 2.5066282746310007;
    const tmp_1_gammln_gcf_b = -t11_gammln_gcf_b;
    // grad of (gammln): for (let j = 1; j <= 6; j++)
    if (ser_gammln_gcf_b !== 0) {
      for (let j_gammln_gcf = 6; j_gammln_gcf >= 1; j_gammln_gcf--) {
        // grad of (gammln): ser += COF[j] / ++y
        const t9_gammln_gcf_b = ser_gammln_gcf_b;
        const t8_gammln_gcf = stack[--top]!;
        const t6_gammln_gcf = COF_gammln_gser[j_gammln_gcf]!;
        const t9_gammln_gcf_r = 1 / t8_gammln_gcf;
        const t8_gammln_gcf_b = -(t9_gammln_gcf_b * (t6_gammln_gcf * t9_gammln_gcf_r * t9_gammln_gcf_r));
        y_gammln_gcf_b += t8_gammln_gcf_b;
      }
    } else {
      for (let j_gammln_gcf = 6; j_gammln_gcf >= 1; j_gammln_gcf--) {
        // grad of (gammln): ser += COF[j] / ++y
        const t9_gammln_gcf_b = ser_gammln_gcf_b;
        const t8_gammln_gcf = stack[--top]!;
        const t6_gammln_gcf = COF_gammln_gser[j_gammln_gcf]!;
        const t9_gammln_gcf_r = 1 / t8_gammln_gcf;
        const t8_gammln_gcf_b = t9_gammln_gcf_b === 0 ? 0 : -(t9_gammln_gcf_b * (t6_gammln_gcf * t9_gammln_gcf_r * t9_gammln_gcf_r));
        y_gammln_gcf_b += t8_gammln_gcf_b;
      }
    }
    // grad of (gammln): let ser = 1.000000000190015
    ser_gammln_gcf_b = 0;
    // grad of (gammln): tmp -= (x + 0.5) * Math.log(tmp)
    let tmp_gammln_gcf_b = tmp_1_gammln_gcf_b;
    const t4_gammln_gcf_b = -tmp_1_gammln_gcf_b;
    const t3_gammln_gcf = stack[--top]!;
    const t2_gammln_gcf = a + 0.5;
    const t2_gammln_gcf_b = t4_gammln_gcf_b === 0 ? 0 : t4_gammln_gcf_b * t3_gammln_gcf;
    const t3_gammln_gcf_b = t4_gammln_gcf_b === 0 ? 0 : t4_gammln_gcf_b * t2_gammln_gcf;
    const tmp_gammln_gcf = a + 5.5;
    if (t3_gammln_gcf_b !== 0) tmp_gammln_gcf_b += t3_gammln_gcf_b / tmp_gammln_gcf;
    a_b += t2_gammln_gcf_b;
    // grad of (gammln): let tmp = x + 5.5
    a_b += tmp_gammln_gcf_b;
    // grad of (gammln): let y = xx
    a_b += y_gammln_gcf_b;
    y_gammln_gcf_b = 0;
  }
  adj.a += a_b;
  adj.x += x_b;
  tape.top = top;
  return result;
}
