import { f64Zeros, tape } from 'tsgrad/runtime';

export function waveEnergy_vjp(u0: Float64Array, c: number, steps_arg: number | undefined, adj: { u0: Float64Array; c: number; steps: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let steps: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 30;
  } else {
    steps = steps_arg;
  }
  const n = u0.length;
  const t2 = n - 1;
  const dx = 1 / t2;
  const dt = 0.5 * dx;
  const t3 = c * dt;
  const t4 = t3 / dx;
  const lam = t4 ** 2;
  let prev = new Float64Array(n);
  let prev_b = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t5 = u0[j]!;
    prev[j]! = t5;
  }
  let cur = new Float64Array(n);
  let cur_b = f64Zeros(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t6 = u0[j_1]!;
    cur[j_1]! = t6;
  }
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    const nxt_b = f64Zeros(n);
    const t7 = n - 1;
    if (top + (t7 > 0 ? t7 : 0) > stack.length) stack = tape.reserve(top, t7 > 0 ? t7 : 0);
    for (let i = 1; i < t7; i++) {
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t10 = prev[i]!;
      const t11 = t9 - t10;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t18 = lam * t17;
      const t19 = t11 + t18;
      stack[top++]! = nxt[i]!;
      nxt[i]! = t19;
    }
    tape.pushRef(nxt);
    tape.pushRef(nxt_b);
    tape.pushRef(prev);
    tape.pushRef(prev_b);
    prev = cur;
    prev_b = cur_b;
    tape.pushRef(cur);
    tape.pushRef(cur_b);
    cur = nxt;
    cur_b = nxt_b;
  }
  let E = 0;
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t20 = cur[i_1]!;
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t26 = vt * vt;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t29 = t28 * ux;
    const t30 = t26 + t29;
    const t31 = 0.5 * t30;
    const t32 = t31 * dx;
    const t33 = E + t32;
    E = t33;
  }
  const u0_b = adj.u0;
  let c_b = 0;
  let E_b = seed;
  let lam_b = 0;
  // grad of: for (let i = 1; i < n; i++)
  for (let i_1 = n - 1; i_1 >= 1; i_1--) {
    // grad of: E += 0.5 * (vt * vt + c * c * ux * ux) * dx
    const t32_b = E_b;
    const t31_b = t32_b * dx;
    const t30_b = t31_b * 0.5;
    const t26_b = t30_b;
    const t29_b = t30_b;
    const t20 = cur[i_1]!;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t28_b = t29_b * ux;
    let ux_b = t29_b * t28;
    const t27_b = t28_b * ux;
    ux_b += t28_b * t27;
    c_b += t27_b * (c + c);
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const vt_b = t26_b * (vt + vt);
    // grad of: const ux = (cur[i] - cur[i - 1]) / dx
    const t25_b = ux_b / dx;
    let t20_b = t25_b;
    const t24_b = -t25_b;
    cur_b[t23]! += t24_b;
    // grad of: const vt = (cur[i] - prev[i]) / dt
    const t22_b = vt_b / dt;
    t20_b += t22_b;
    const t21_b = -t22_b;
    prev_b[i_1]! += t21_b;
    cur_b[i_1]! += t20_b;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    // grad of: cur = nxt
    cur_b = tape.popRef();
    cur = tape.popRef();
    // grad of: prev = cur
    prev_b = tape.popRef();
    prev = tape.popRef();
    // grad of: for (let i = 1; i < n - 1; i++)
    const nxt_b: Float64Array = tape.popRef();
    const nxt = tape.popRef();
    const t7 = n - 1;
    for (let i = t7 - 1; i >= 1; i--) {
      // grad of: nxt[i] = 2 * cur[i] - prev[i] + lam * (cur[i + 1] - 2 * cur[i] + cur[i - 1])
      nxt[i]! = stack[--top]!;
      const t19_b = nxt_b[i]! ?? 0;
      nxt_b[i]! = 0;
      const t11_b = t19_b;
      const t18_b = t19_b;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t17_b = t18_b === 0 ? 0 : t18_b * lam;
      if (t18_b !== 0) lam_b += t18_b * t17;
      const t14_b = t17_b;
      const t16_b = t17_b;
      cur_b[t15]! += t16_b;
      const t13_b = t14_b;
      let t9_b = -t14_b;
      cur_b[t12]! += t13_b;
      t9_b += t11_b;
      const t10_b = -t11_b;
      prev_b[i]! += t10_b;
      const t8_b = t9_b * 2;
      cur_b[i]! += t8_b;
    }
  }
  // grad of: let cur = new Float64Array(u0)
  for (let j_1 = n - 1; j_1 >= 0; j_1--) {
    const t6_b = cur_b[j_1]! ?? 0;
    cur_b[j_1]! = 0;
    u0_b[j_1]! += t6_b;
  }
  // grad of: let prev = new Float64Array(u0)
  for (let j = n - 1; j >= 0; j--) {
    const t5_b = prev_b[j]! ?? 0;
    prev_b[j]! = 0;
    u0_b[j]! += t5_b;
  }
  // grad of: const lam = (c * dt / dx) ** 2
  const t4_b = lam_b === 0 ? 0 : lam_b * (2 * t4);
  const t3_b = t4_b === 0 ? 0 : t4_b / dx;
  if (t3_b !== 0) c_b += t3_b * dt;
  adj.c += c_b;
  tape.top = top;
  return E;
}

export function waveEnergy_vjp_refs(u0: Float64Array, c: number, steps_arg: number | undefined, adj: { u0: Float64Array; c: number; steps: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let steps: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 30;
  } else {
    steps = steps_arg;
  }
  const n = u0.length;
  const t2 = n - 1;
  const dx = 1 / t2;
  const dt = 0.5 * dx;
  const t3 = c * dt;
  const t4 = t3 / dx;
  const lam = t4 ** 2;
  let prev = new Float64Array(n);
  let prev_b = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t5 = u0[j]!;
    prev[j]! = t5;
  }
  let cur = new Float64Array(n);
  let cur_b = f64Zeros(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t6 = u0[j_1]!;
    cur[j_1]! = t6;
  }
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    const nxt_b = f64Zeros(n);
    const t7 = n - 1;
    if (top + (t7 > 0 ? t7 : 0) > stack.length) stack = tape.reserve(top, t7 > 0 ? t7 : 0);
    for (let i = 1; i < t7; i++) {
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t10 = prev[i]!;
      const t11 = t9 - t10;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t18 = lam * t17;
      const t19 = t11 + t18;
      stack[top++]! = nxt[i]!;
      nxt[i]! = t19;
    }
    tape.pushRef(prev);
    tape.pushRef(prev_b);
    prev = cur;
    prev_b = cur_b;
    cur = nxt;
    cur_b = nxt_b;
  }
  let E = 0;
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t20 = cur[i_1]!;
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t26 = vt * vt;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t29 = t28 * ux;
    const t30 = t26 + t29;
    const t31 = 0.5 * t30;
    const t32 = t31 * dx;
    const t33 = E + t32;
    E = t33;
  }
  const u0_b = adj.u0;
  let c_b = 0;
  let E_b = seed;
  let lam_b = 0;
  // grad of: for (let i = 1; i < n; i++)
  for (let i_1 = n - 1; i_1 >= 1; i_1--) {
    // grad of: E += 0.5 * (vt * vt + c * c * ux * ux) * dx
    const t32_b = E_b;
    const t31_b = t32_b * dx;
    const t30_b = t31_b * 0.5;
    const t26_b = t30_b;
    const t29_b = t30_b;
    const t20 = cur[i_1]!;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t28_b = t29_b * ux;
    let ux_b = t29_b * t28;
    const t27_b = t28_b * ux;
    ux_b += t28_b * t27;
    c_b += t27_b * (c + c);
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const vt_b = t26_b * (vt + vt);
    // grad of: const ux = (cur[i] - cur[i - 1]) / dx
    const t25_b = ux_b / dx;
    let t20_b = t25_b;
    const t24_b = -t25_b;
    cur_b[t23]! += t24_b;
    // grad of: const vt = (cur[i] - prev[i]) / dt
    const t22_b = vt_b / dt;
    t20_b += t22_b;
    const t21_b = -t22_b;
    prev_b[i_1]! += t21_b;
    cur_b[i_1]! += t20_b;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    const nxt_b = cur_b;
    const nxt = cur;
    cur = prev;
    cur_b = prev_b;
    prev_b = tape.popRef();
    prev = tape.popRef();
    const t7 = n - 1;
    for (let i = t7 - 1; i >= 1; i--) {
      // grad of: nxt[i] = 2 * cur[i] - prev[i] + lam * (cur[i + 1] - 2 * cur[i] + cur[i - 1])
      nxt[i]! = stack[--top]!;
      const t19_b = nxt_b[i]! ?? 0;
      nxt_b[i]! = 0;
      const t11_b = t19_b;
      const t18_b = t19_b;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t17_b = t18_b === 0 ? 0 : t18_b * lam;
      if (t18_b !== 0) lam_b += t18_b * t17;
      const t14_b = t17_b;
      const t16_b = t17_b;
      cur_b[t15]! += t16_b;
      const t13_b = t14_b;
      let t9_b = -t14_b;
      cur_b[t12]! += t13_b;
      t9_b += t11_b;
      const t10_b = -t11_b;
      prev_b[i]! += t10_b;
      const t8_b = t9_b * 2;
      cur_b[i]! += t8_b;
    }
  }
  // grad of: let cur = new Float64Array(u0)
  for (let j_1 = n - 1; j_1 >= 0; j_1--) {
    const t6_b = cur_b[j_1]! ?? 0;
    cur_b[j_1]! = 0;
    u0_b[j_1]! += t6_b;
  }
  // grad of: let prev = new Float64Array(u0)
  for (let j = n - 1; j >= 0; j--) {
    const t5_b = prev_b[j]! ?? 0;
    prev_b[j]! = 0;
    u0_b[j]! += t5_b;
  }
  // grad of: const lam = (c * dt / dx) ** 2
  const t4_b = lam_b === 0 ? 0 : lam_b * (2 * t4);
  const t3_b = t4_b === 0 ? 0 : t4_b / dx;
  if (t3_b !== 0) c_b += t3_b * dt;
  adj.c += c_b;
  tape.top = top;
  return E;
}

export function waveEnergy_vjp_fresh(u0: Float64Array, c: number, steps_arg: number | undefined, adj: { u0: Float64Array; c: number; steps: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let steps: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 30;
  } else {
    steps = steps_arg;
  }
  const n = u0.length;
  const t2 = n - 1;
  const dx = 1 / t2;
  const dt = 0.5 * dx;
  const t3 = c * dt;
  const t4 = t3 / dx;
  const lam = t4 ** 2;
  let prev = new Float64Array(n);
  let prev_b = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t5 = u0[j]!;
    prev[j]! = t5;
  }
  let cur = new Float64Array(n);
  let cur_b = f64Zeros(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t6 = u0[j_1]!;
    cur[j_1]! = t6;
  }
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    const nxt_b = f64Zeros(n);
    const t7 = n - 1;
    for (let i = 1; i < t7; i++) {
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t10 = prev[i]!;
      const t11 = t9 - t10;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t18 = lam * t17;
      const t19 = t11 + t18;
      nxt[i]! = t19;
    }
    tape.pushRef(nxt);
    tape.pushRef(nxt_b);
    tape.pushRef(prev);
    tape.pushRef(prev_b);
    prev = cur;
    prev_b = cur_b;
    tape.pushRef(cur);
    tape.pushRef(cur_b);
    cur = nxt;
    cur_b = nxt_b;
  }
  let E = 0;
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t20 = cur[i_1]!;
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t26 = vt * vt;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t29 = t28 * ux;
    const t30 = t26 + t29;
    const t31 = 0.5 * t30;
    const t32 = t31 * dx;
    const t33 = E + t32;
    E = t33;
  }
  const u0_b = adj.u0;
  let c_b = 0;
  let E_b = seed;
  let lam_b = 0;
  // grad of: for (let i = 1; i < n; i++)
  for (let i_1 = n - 1; i_1 >= 1; i_1--) {
    // grad of: E += 0.5 * (vt * vt + c * c * ux * ux) * dx
    const t32_b = E_b;
    const t31_b = t32_b * dx;
    const t30_b = t31_b * 0.5;
    const t26_b = t30_b;
    const t29_b = t30_b;
    const t20 = cur[i_1]!;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t28_b = t29_b * ux;
    let ux_b = t29_b * t28;
    const t27_b = t28_b * ux;
    ux_b += t28_b * t27;
    c_b += t27_b * (c + c);
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const vt_b = t26_b * (vt + vt);
    // grad of: const ux = (cur[i] - cur[i - 1]) / dx
    const t25_b = ux_b / dx;
    let t20_b = t25_b;
    const t24_b = -t25_b;
    cur_b[t23]! += t24_b;
    // grad of: const vt = (cur[i] - prev[i]) / dt
    const t22_b = vt_b / dt;
    t20_b += t22_b;
    const t21_b = -t22_b;
    prev_b[i_1]! += t21_b;
    cur_b[i_1]! += t20_b;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    // grad of: cur = nxt
    cur_b = tape.popRef();
    cur = tape.popRef();
    // grad of: prev = cur
    prev_b = tape.popRef();
    prev = tape.popRef();
    // grad of: for (let i = 1; i < n - 1; i++)
    const nxt_b: Float64Array = tape.popRef();
    const nxt = tape.popRef();
    const t7 = n - 1;
    for (let i = t7 - 1; i >= 1; i--) {
      // grad of: nxt[i] = 2 * cur[i] - prev[i] + lam * (cur[i + 1] - 2 * cur[i] + cur[i - 1])
      const t19_b = nxt_b[i]! ?? 0;
      nxt_b[i]! = 0;
      const t11_b = t19_b;
      const t18_b = t19_b;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t17_b = t18_b === 0 ? 0 : t18_b * lam;
      if (t18_b !== 0) lam_b += t18_b * t17;
      const t14_b = t17_b;
      const t16_b = t17_b;
      cur_b[t15]! += t16_b;
      const t13_b = t14_b;
      let t9_b = -t14_b;
      cur_b[t12]! += t13_b;
      t9_b += t11_b;
      const t10_b = -t11_b;
      prev_b[i]! += t10_b;
      const t8_b = t9_b * 2;
      cur_b[i]! += t8_b;
    }
  }
  // grad of: let cur = new Float64Array(u0)
  for (let j_1 = n - 1; j_1 >= 0; j_1--) {
    const t6_b = cur_b[j_1]! ?? 0;
    cur_b[j_1]! = 0;
    u0_b[j_1]! += t6_b;
  }
  // grad of: let prev = new Float64Array(u0)
  for (let j = n - 1; j >= 0; j--) {
    const t5_b = prev_b[j]! ?? 0;
    prev_b[j]! = 0;
    u0_b[j]! += t5_b;
  }
  // grad of: const lam = (c * dt / dx) ** 2
  const t4_b = lam_b === 0 ? 0 : lam_b * (2 * t4);
  const t3_b = t4_b === 0 ? 0 : t4_b / dx;
  if (t3_b !== 0) c_b += t3_b * dt;
  adj.c += c_b;
  tape.top = top;
  return E;
}

export function waveEnergy_vjp_both(u0: Float64Array, c: number, steps_arg: number | undefined, adj: { u0: Float64Array; c: number; steps: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let steps: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 30;
  } else {
    steps = steps_arg;
  }
  const n = u0.length;
  const t2 = n - 1;
  const dx = 1 / t2;
  const dt = 0.5 * dx;
  const t3 = c * dt;
  const t4 = t3 / dx;
  const lam = t4 ** 2;
  let prev = new Float64Array(n);
  let prev_b = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t5 = u0[j]!;
    prev[j]! = t5;
  }
  let cur = new Float64Array(n);
  let cur_b = f64Zeros(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t6 = u0[j_1]!;
    cur[j_1]! = t6;
  }
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    const nxt_b = f64Zeros(n);
    const t7 = n - 1;
    for (let i = 1; i < t7; i++) {
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t10 = prev[i]!;
      const t11 = t9 - t10;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t18 = lam * t17;
      const t19 = t11 + t18;
      nxt[i]! = t19;
    }
    tape.pushRef(prev);
    tape.pushRef(prev_b);
    prev = cur;
    prev_b = cur_b;
    cur = nxt;
    cur_b = nxt_b;
  }
  let E = 0;
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t20 = cur[i_1]!;
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t26 = vt * vt;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t29 = t28 * ux;
    const t30 = t26 + t29;
    const t31 = 0.5 * t30;
    const t32 = t31 * dx;
    const t33 = E + t32;
    E = t33;
  }
  const u0_b = adj.u0;
  let c_b = 0;
  let E_b = seed;
  let lam_b = 0;
  // grad of: for (let i = 1; i < n; i++)
  for (let i_1 = n - 1; i_1 >= 1; i_1--) {
    // grad of: E += 0.5 * (vt * vt + c * c * ux * ux) * dx
    const t32_b = E_b;
    const t31_b = t32_b * dx;
    const t30_b = t31_b * 0.5;
    const t26_b = t30_b;
    const t29_b = t30_b;
    const t20 = cur[i_1]!;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t25 = t20 - t24;
    const ux = t25 / dx;
    const t27 = c * c;
    const t28 = t27 * ux;
    const t28_b = t29_b * ux;
    let ux_b = t29_b * t28;
    const t27_b = t28_b * ux;
    ux_b += t28_b * t27;
    c_b += t27_b * (c + c);
    const t21 = prev[i_1]!;
    const t22 = t20 - t21;
    const vt = t22 / dt;
    const vt_b = t26_b * (vt + vt);
    // grad of: const ux = (cur[i] - cur[i - 1]) / dx
    const t25_b = ux_b / dx;
    let t20_b = t25_b;
    const t24_b = -t25_b;
    cur_b[t23]! += t24_b;
    // grad of: const vt = (cur[i] - prev[i]) / dt
    const t22_b = vt_b / dt;
    t20_b += t22_b;
    const t21_b = -t22_b;
    prev_b[i_1]! += t21_b;
    cur_b[i_1]! += t20_b;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    const nxt_b = cur_b;
    const nxt = cur;
    cur = prev;
    cur_b = prev_b;
    prev_b = tape.popRef();
    prev = tape.popRef();
    const t7 = n - 1;
    for (let i = t7 - 1; i >= 1; i--) {
      // grad of: nxt[i] = 2 * cur[i] - prev[i] + lam * (cur[i + 1] - 2 * cur[i] + cur[i - 1])
      const t19_b = nxt_b[i]! ?? 0;
      nxt_b[i]! = 0;
      const t11_b = t19_b;
      const t18_b = t19_b;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t8 = cur[i]!;
      const t9 = 2 * t8;
      const t14 = t13 - t9;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t17 = t14 + t16;
      const t17_b = t18_b === 0 ? 0 : t18_b * lam;
      if (t18_b !== 0) lam_b += t18_b * t17;
      const t14_b = t17_b;
      const t16_b = t17_b;
      cur_b[t15]! += t16_b;
      const t13_b = t14_b;
      let t9_b = -t14_b;
      cur_b[t12]! += t13_b;
      t9_b += t11_b;
      const t10_b = -t11_b;
      prev_b[i]! += t10_b;
      const t8_b = t9_b * 2;
      cur_b[i]! += t8_b;
    }
  }
  // grad of: let cur = new Float64Array(u0)
  for (let j_1 = n - 1; j_1 >= 0; j_1--) {
    const t6_b = cur_b[j_1]! ?? 0;
    cur_b[j_1]! = 0;
    u0_b[j_1]! += t6_b;
  }
  // grad of: let prev = new Float64Array(u0)
  for (let j = n - 1; j >= 0; j--) {
    const t5_b = prev_b[j]! ?? 0;
    prev_b[j]! = 0;
    u0_b[j]! += t5_b;
  }
  // grad of: const lam = (c * dt / dx) ** 2
  const t4_b = lam_b === 0 ? 0 : lam_b * (2 * t4);
  const t3_b = t4_b === 0 ? 0 : t4_b / dx;
  if (t3_b !== 0) c_b += t3_b * dt;
  adj.c += c_b;
  tape.top = top;
  return E;
}
