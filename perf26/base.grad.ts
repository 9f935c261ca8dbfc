// perf26 baseline: perf25b/cases.grad.ts as generated at ce45d67 (main before perf26), for same-process A/B.
// For each function f: f_grad(...) returns { value, grad }; f_vjp(..., adj, seed) adds seed * gradient into adj;
// f_jvp(..., tangent) returns { value, tangent }: the derivative along tangent (forward mode);
// f_hvp(..., v) returns { value, grad, hvp }: hvp is the Hessian times v; f_hessian(...) the dense Hessian.
import { denseHessian, f64Zeros, listZeros, tape, tapeTangents } from 'tsgrad/runtime';

/** clothVerlet's value; adds seed times its gradient into adj. */
export function clothVerlet_vjp(x0: Float64Array, k: number, rest: number, steps_arg: number | undefined, dt_arg: number | undefined, adj: { x0: Float64Array; k: number; rest: number; steps: number; dt: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let steps: number = 0;
  let dt: number = 0;
  let f: number = 0;
  let t23: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 20;
  } else {
    steps = steps_arg;
  }
  const t2 = dt_arg === undefined;
  if (t2) {
    dt = 0.01;
  } else {
    dt = dt_arg;
  }
  const n = x0.length;
  let x = new Float64Array(n);
  let x_b = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t3 = x0[j]!;
    x[j]! = t3;
  }
  let prev = new Float64Array(n);
  let prev_b = f64Zeros(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t4 = x0[j_1]!;
    prev[j_1]! = t4;
  }
  let next = new Float64Array(n);
  let next_b = f64Zeros(n);
  for (let s = 0; s < steps; s++) {
    if (top + (n + 1 > 0 ? n + 1 : 0) * 3 > stack.length) stack = tape.reserve(top, (n + 1 > 0 ? n + 1 : 0) * 3);
    for (let i = 0; i < n; i++) {
      stack[top++]! = f;
      f = -9.81;
      const t5 = i > 0;
      if (t5) {
        const t6 = x[i]!;
        const t7 = i - 1;
        const t8 = x[t7]!;
        const t9 = t6 - t8;
        const t10 = t9 - rest;
        const t11 = k * t10;
        const t12 = f - t11;
        f = t12;
      }
      const t13 = n - 1;
      const t14 = i < t13;
      if (t14) {
        const t15 = i + 1;
        const t16 = x[t15]!;
        const t17 = x[i]!;
        const t18 = t16 - t17;
        const t19 = t18 - rest;
        const t20 = k * t19;
        const t21 = f + t20;
        f = t21;
      }
      const t22 = i === 0;
      if (t22) {
        const t24 = x[0]!;
        t23 = t24;
      } else {
        const t25 = x[i]!;
        const t26 = 2 * t25;
        const t27 = prev[i]!;
        const t28 = t26 - t27;
        const t29 = dt * dt;
        const t30 = t29 * f;
        stack[top++]! = t29;
        const t31 = t28 + t30;
        t23 = t31;
      }
      stack[top++]! = next[i]!;
      next[i]! = t23;
    }
    const t = prev;
    const t_b = prev_b;
    prev = x;
    prev_b = x_b;
    x = next;
    x_b = next_b;
    next = t;
    next_b = t_b;
  }
  let e = 0;
  const x0_b = adj.x0;
  let k_b = 0;
  let rest_b = 0;
  let dt_arg_b = 0;
  let dt_b = 0;
  let f_b = 0;
  let t23_b = 0;
  let e_b = seed;
  // forward and reverse of each iteration together: the loop only adds into the result
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t32 = x[i_1]!;
    const t33 = i_1 - 1;
    const t34 = x[t33]!;
    const t35 = t32 - t34;
    const d = t35 - rest;
    const t36 = 0.5 * k;
    const t37 = t36 * d;
    const t38 = t37 * d;
    const t39 = e + t38;
    e = t39;
    // the reverse of this iteration
    // grad of: e += 0.5 * k * d * d
    const t38_b = e_b;
    const t37_b = t38_b * d;
    let d_b = t38_b * t37;
    const t36_b = t37_b * d;
    d_b += t37_b * t36;
    k_b += t36_b * 0.5;
    // grad of: const d = x[i] - x[i - 1] - rest
    const t35_b = d_b;
    rest_b -= d_b;
    const t32_b = t35_b;
    const t34_b = -t35_b;
    x_b[t33]! += t34_b;
    x_b[i_1]! += t32_b;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    // grad of: next = t
    const prev_held = prev;
    const x_held = x;
    const next_held = next;
    const prev_b_held = prev_b;
    const x_b_held = x_b;
    const next_b_held = next_b;
    x = prev_held;
    next = x_held;
    prev = next_held;
    x_b = prev_b_held;
    next_b = x_b_held;
    prev_b = next_b_held;
    // grad of: for (let i = 0; i < n; i++)
    for (let i = n - 1; i >= 0; i--) {
      // grad of: next[i] = i === 0 ? x[0] : 2 * x[i] - prev[i] + dt * dt * f
      next[i]! = stack[--top]!;
      t23_b += next_b[i]! ?? 0;
      next_b[i]! = 0;
      const t22 = i === 0;
      if (t22) {
        const t24_b = t23_b;
        t23_b = 0;
        x_b[0]! += t24_b;
      } else {
        const t31_b = t23_b;
        t23_b = 0;
        const t28_b = t31_b;
        const t30_b = t31_b;
        const t29 = stack[--top]!;
        const t29_b = t30_b === 0 ? 0 : t30_b * f;
        if (t30_b !== 0) f_b += t30_b * t29;
        if (t29_b !== 0) dt_b += t29_b * (dt + dt);
        const t26_b = t28_b;
        const t27_b = -t28_b;
        prev_b[i]! += t27_b;
        const t25_b = t26_b * 2;
        x_b[i]! += t25_b;
      }
      // grad of: if (i < n - 1)
      const t13 = n - 1;
      const t14 = i < t13;
      if (t14) {
        // grad of: f += k * (x[i + 1] - x[i] - rest)
        const t20_b = f_b;
        const t15 = i + 1;
        const t16 = x[t15]!;
        const t17 = x[i]!;
        const t18 = t16 - t17;
        const t19 = t18 - rest;
        const t19_b = t20_b === 0 ? 0 : t20_b * k;
        if (t20_b !== 0) k_b += t20_b * t19;
        const t18_b = t19_b;
        rest_b -= t19_b;
        const t16_b = t18_b;
        const t17_b = -t18_b;
        x_b[i]! += t17_b;
        x_b[t15]! += t16_b;
      }
      // grad of: if (i > 0)
      const t5 = i > 0;
      if (t5) {
        // grad of: f -= k * (x[i] - x[i - 1] - rest)
        const t11_b = -f_b;
        const t6 = x[i]!;
        const t7 = i - 1;
        const t8 = x[t7]!;
        const t9 = t6 - t8;
        const t10 = t9 - rest;
        const t10_b = t11_b === 0 ? 0 : t11_b * k;
        if (t11_b !== 0) k_b += t11_b * t10;
        const t9_b = t10_b;
        rest_b -= t10_b;
        const t6_b = t9_b;
        const t8_b = -t9_b;
        x_b[t7]! += t8_b;
        x_b[i]! += t6_b;
      }
      // grad of: let f = -9.81
      f = stack[--top]!;
      f_b = 0;
    }
  }
  // grad of: let prev = new Float64Array(x0)
  for (let j_1 = n - 1; j_1 >= 0; j_1--) {
    const t4_b = prev_b[j_1]! ?? 0;
    prev_b[j_1]! = 0;
    x0_b[j_1]! += t4_b;
  }
  // grad of: let x = new Float64Array(x0)
  for (let j = n - 1; j >= 0; j--) {
    const t3_b = x_b[j]! ?? 0;
    x_b[j]! = 0;
    x0_b[j]! += t3_b;
  }
  // grad of: dt = 0.01
  if (t2) {
    dt_b = 0;
  } else {
    dt_arg_b += dt_b;
    dt_b = 0;
  }
  adj.k += k_b;
  adj.rest += rest_b;
  adj.dt += dt_arg_b;
  tape.top = top;
  return e;
}

/** clothVerlet's value and gradient. */
export function clothVerlet_grad(x0: Float64Array, k: number, rest: number, steps_arg?: number, dt_arg?: number): { value: number; grad: { x0: Float64Array; k: number; rest: number; steps: number; dt: number } } {
  const grad: { x0: Float64Array; k: number; rest: number; steps: number; dt: number } = { x0: f64Zeros(x0.length), k: 0, rest: 0, steps: 0, dt: 0 };
  const value = clothVerlet_vjp(x0, k, rest, steps_arg, dt_arg, grad);
  return { value, grad };
}

/** clothVerlet's value and its derivative along tangent (forward mode); a missing key of tangent is zero. */
export function clothVerlet_jvp(x0: Float64Array, k: number, rest: number, steps_arg: number | undefined, dt_arg: number | undefined, tangent: { x0?: Float64Array; k?: number; rest?: number; steps?: number; dt?: number }): { value: number; tangent: number } {
  const x0_d = tangent.x0 ?? new Float64Array(x0.length);
  const k_d = tangent.k ?? 0;
  const rest_d = tangent.rest ?? 0;
  const dt_arg_d = tangent.dt ?? 0;
  let dt_d = 0;
  let f_d = 0;
  let t23_d = 0;
  let steps: number = 0;
  let dt: number = 0;
  let f: number = 0;
  let t23: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 20;
  } else {
    steps = steps_arg;
  }
  const t2 = dt_arg === undefined;
  if (t2) {
    dt = 0.01;
    dt_d = 0;
  } else {
    dt = dt_arg;
    dt_d = dt_arg_d;
  }
  const n = x0.length;
  let x = new Float64Array(n);
  let x_d = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const t3 = x0[j]!;
    const t3_d = x0_d[j]!;
    x[j]! = t3;
    x_d[j]! = t3_d;
  }
  let prev = new Float64Array(n);
  let prev_d = new Float64Array(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t4 = x0[j_1]!;
    const t4_d = x0_d[j_1]!;
    prev[j_1]! = t4;
    prev_d[j_1]! = t4_d;
  }
  let next = new Float64Array(n);
  let next_d = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      f = -9.81;
      f_d = 0;
      const t5 = i > 0;
      if (t5) {
        const t6 = x[i]!;
        const t6_d = x_d[i]!;
        const t7 = i - 1;
        const t8 = x[t7]!;
        const t8_d = x_d[t7]!;
        const t9 = t6 - t8;
        const t9_d = t6_d - t8_d;
        const t10 = t9 - rest;
        const t10_d = t9_d - rest_d;
        const t11 = k * t10;
        const t11_d = t10 * k_d + k * t10_d;
        const t12 = f - t11;
        const t12_d = f_d - t11_d;
        f = t12;
        f_d = t12_d;
      }
      const t13 = n - 1;
      const t14 = i < t13;
      if (t14) {
        const t15 = i + 1;
        const t16 = x[t15]!;
        const t16_d = x_d[t15]!;
        const t17 = x[i]!;
        const t17_d = x_d[i]!;
        const t18 = t16 - t17;
        const t18_d = t16_d - t17_d;
        const t19 = t18 - rest;
        const t19_d = t18_d - rest_d;
        const t20 = k * t19;
        const t20_d = t19 * k_d + k * t19_d;
        const t21 = f + t20;
        const t21_d = f_d + t20_d;
        f = t21;
        f_d = t21_d;
      }
      const t22 = i === 0;
      if (t22) {
        const t24 = x[0]!;
        const t24_d = x_d[0]!;
        t23 = t24;
        t23_d = t24_d;
      } else {
        const t25 = x[i]!;
        const t25_d = x_d[i]!;
        const t26 = 2 * t25;
        const t26_d = 2 * t25_d;
        const t27 = prev[i]!;
        const t27_d = prev_d[i]!;
        const t28 = t26 - t27;
        const t28_d = t26_d - t27_d;
        const t29 = dt * dt;
        const t29_d = (dt + dt) * dt_d;
        const t30 = t29 * f;
        const t30_d = f * t29_d + t29 * f_d;
        const t31 = t28 + t30;
        const t31_d = t28_d + t30_d;
        t23 = t31;
        t23_d = t31_d;
      }
      next[i]! = t23;
      next_d[i]! = t23_d;
    }
    const t = prev;
    const t_d = prev_d;
    prev = x;
    prev_d = x_d;
    x = next;
    x_d = next_d;
    next = t;
    next_d = t_d;
  }
  let e = 0;
  let e_d = 0;
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t32 = x[i_1]!;
    const t32_d = x_d[i_1]!;
    const t33 = i_1 - 1;
    const t34 = x[t33]!;
    const t34_d = x_d[t33]!;
    const t35 = t32 - t34;
    const t35_d = t32_d - t34_d;
    const d = t35 - rest;
    const d_d = t35_d - rest_d;
    const t36 = 0.5 * k;
    const t36_d = 0.5 * k_d;
    const t37 = t36 * d;
    const t37_d = d * t36_d + t36 * d_d;
    const t38 = t37 * d;
    const t38_d = d * t37_d + t37 * d_d;
    const t39 = e + t38;
    const t39_d = e_d + t38_d;
    e = t39;
    e_d = t39_d;
  }
  return {
    value: e,
    tangent: e_d
  };
}

/** clothVerlet's value, gradient, and Hessian times v (forward over reverse); a missing key of v is zero. */
export function clothVerlet_hvp(x0: Float64Array, k: number, rest: number, steps_arg: number | undefined, dt_arg: number | undefined, v: { x0?: Float64Array; k?: number; rest?: number; steps?: number; dt?: number }): { value: number; grad: { x0: Float64Array; k: number; rest: number; steps: number; dt: number }; hvp: { x0: Float64Array; k: number; rest: number; steps: number; dt: number } } {
  const x0_d = v.x0 ?? f64Zeros(x0.length);
  const k_d = v.k ?? 0;
  const rest_d = v.rest ?? 0;
  const steps_arg_d = v.steps ?? 0;
  const dt_arg_d = v.dt ?? 0;
  const adj: { x0: Float64Array; k: number; rest: number; steps: number; dt: number } = {
    x0: f64Zeros(x0.length),
    k: 0,
    rest: 0,
    steps: 0,
    dt: 0
  };
  const adj_d: { x0: Float64Array; k: number; rest: number; steps: number; dt: number } = {
    x0: f64Zeros(x0.length),
    k: 0,
    rest: 0,
    steps: 0,
    dt: 0
  };
  const seed: number = 1;
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let stack_d = tapeTangents(stack);
  let top = tape.top;
  let steps: number = 0;
  let steps_d: number = 0;
  let dt: number = 0;
  let dt_d: number = 0;
  let f: number = 0;
  let f_d: number = 0;
  let t23: number = 0;
  let t23_d: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 20;
    steps_d = 0;
  } else {
    steps = steps_arg;
    steps_d = steps_arg_d;
  }
  const t2 = dt_arg === undefined;
  if (t2) {
    dt = 0.01;
    dt_d = 0;
  } else {
    dt = dt_arg;
    dt_d = dt_arg_d;
  }
  const n = x0.length;
  let x = new Float64Array(n);
  let x_d = new Float64Array(n);
  let x_b = f64Zeros(n);
  let x_b_d = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t3 = x0[j]!;
    const t3_d = x0_d[j]!;
    x[j]! = t3;
    x_d[j]! = t3_d;
  }
  let prev = new Float64Array(n);
  let prev_d = new Float64Array(n);
  let prev_b = f64Zeros(n);
  let prev_b_d = f64Zeros(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t4 = x0[j_1]!;
    const t4_d = x0_d[j_1]!;
    prev[j_1]! = t4;
    prev_d[j_1]! = t4_d;
  }
  let next = new Float64Array(n);
  let next_d = new Float64Array(n);
  let next_b = f64Zeros(n);
  let next_b_d = f64Zeros(n);
  for (let s = 0; s < steps; s++) {
    if (top + (n + 1 > 0 ? n + 1 : 0) * 3 > stack.length) {
      stack = tape.reserve(top, (n + 1 > 0 ? n + 1 : 0) * 3);
      stack_d = tapeTangents(stack);
    }
    for (let i = 0; i < n; i++) {
      stack_d[top]! = f_d;
      stack[top++]! = f;
      f = -9.81;
      f_d = 0;
      const t5 = i > 0;
      if (t5) {
        const t6 = x[i]!;
        const t6_d = x_d[i]!;
        const t7 = i - 1;
        const t8 = x[t7]!;
        const t8_d = x_d[t7]!;
        const t9 = t6 - t8;
        const t9_d = t6_d - t8_d;
        const t10 = t9 - rest;
        const t10_d = t9_d - rest_d;
        const t11 = k * t10;
        const t11_d = t10 * k_d + k * t10_d;
        const t12 = f - t11;
        const t12_d = f_d - t11_d;
        f = t12;
        f_d = t12_d;
      }
      const t13 = n - 1;
      const t14 = i < t13;
      if (t14) {
        const t15 = i + 1;
        const t16 = x[t15]!;
        const t16_d = x_d[t15]!;
        const t17 = x[i]!;
        const t17_d = x_d[i]!;
        const t18 = t16 - t17;
        const t18_d = t16_d - t17_d;
        const t19 = t18 - rest;
        const t19_d = t18_d - rest_d;
        const t20 = k * t19;
        const t20_d = t19 * k_d + k * t19_d;
        const t21 = f + t20;
        const t21_d = f_d + t20_d;
        f = t21;
        f_d = t21_d;
      }
      const t22 = i === 0;
      if (t22) {
        const t24 = x[0]!;
        const t24_d = x_d[0]!;
        t23 = t24;
        t23_d = t24_d;
      } else {
        const t25 = x[i]!;
        const t25_d = x_d[i]!;
        const t26 = 2 * t25;
        const t26_d = 2 * t25_d;
        const t27 = prev[i]!;
        const t27_d = prev_d[i]!;
        const t28 = t26 - t27;
        const t28_d = t26_d - t27_d;
        const t29 = dt * dt;
        const t29_d = (dt + dt) * dt_d;
        const t30 = t29 * f;
        const t30_d = f * t29_d + t29 * f_d;
        stack_d[top]! = t29_d;
        stack[top++]! = t29;
        const t31 = t28 + t30;
        const t31_d = t28_d + t30_d;
        t23 = t31;
        t23_d = t31_d;
      }
      stack_d[top]! = next_d[i]!;
      stack[top++]! = next[i]!;
      next[i]! = t23;
      next_d[i]! = t23_d;
    }
    const t = prev;
    const t_d = prev_d;
    const t_b = prev_b;
    const t_b_d = prev_b_d;
    prev = x;
    prev_d = x_d;
    prev_b = x_b;
    prev_b_d = x_b_d;
    x = next;
    x_d = next_d;
    x_b = next_b;
    x_b_d = next_b_d;
    next = t;
    next_d = t_d;
    next_b = t_b;
    next_b_d = t_b_d;
  }
  let e = 0;
  let e_d = 0;
  const x0_b = adj.x0;
  const x0_b_d = adj_d.x0;
  let k_b = 0;
  let k_b_d = 0;
  let rest_b = 0;
  let rest_b_d = 0;
  let dt_arg_b = 0;
  let dt_arg_b_d = 0;
  let dt_b = 0;
  let dt_b_d = 0;
  let f_b = 0;
  let f_b_d = 0;
  let t23_b = 0;
  let t23_b_d = 0;
  let e_b = seed;
  // forward and reverse of each iteration together: the loop only adds into the result
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t32 = x[i_1]!;
    const t32_d = x_d[i_1]!;
    const t33 = i_1 - 1;
    const t34 = x[t33]!;
    const t34_d = x_d[t33]!;
    const t35 = t32 - t34;
    const t35_d = t32_d - t34_d;
    const d = t35 - rest;
    const d_d = t35_d - rest_d;
    const t36 = 0.5 * k;
    const t36_d = 0.5 * k_d;
    const t37 = t36 * d;
    const t37_d = d * t36_d + t36 * d_d;
    const t38 = t37 * d;
    const t38_d = d * t37_d + t37 * d_d;
    const t39 = e + t38;
    const t39_d = e_d + t38_d;
    e = t39;
    e_d = t39_d;
    // the reverse of this iteration
    // grad of: e += 0.5 * k * d * d
    const t38_b = e_b;
    const t37_b = t38_b * d;
    const t37_b_d = t38_b * d_d;
    let d_b = t38_b * t37;
    let d_b_d = t38_b * t37_d;
    const t36_b = t37_b * d;
    const t36_b_d = d * t37_b_d + t37_b * d_d;
    d_b += t37_b * t36;
    d_b_d += t36 * t37_b_d + t37_b * t36_d;
    k_b += t36_b * 0.5;
    k_b_d += 0.5 * t36_b_d;
    // grad of: const d = x[i] - x[i - 1] - rest
    const t35_b = d_b;
    const t35_b_d = d_b_d;
    rest_b -= d_b;
    rest_b_d -= d_b_d;
    const t32_b = t35_b;
    const t32_b_d = t35_b_d;
    const t34_b = -t35_b;
    const t34_b_d = -t35_b_d;
    x_b[t33]! += t34_b;
    x_b_d[t33]! += t34_b_d;
    x_b[i_1]! += t32_b;
    x_b_d[i_1]! += t32_b_d;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    // grad of: next = t
    const prev_held = prev;
    const prev_held_d = prev_d;
    const x_held = x;
    const x_held_d = x_d;
    const next_held = next;
    const next_held_d = next_d;
    const prev_b_held = prev_b;
    const prev_b_held_d = prev_b_d;
    const x_b_held = x_b;
    const x_b_held_d = x_b_d;
    const next_b_held = next_b;
    const next_b_held_d = next_b_d;
    x = prev_held;
    x_d = prev_held_d;
    next = x_held;
    next_d = x_held_d;
    prev = next_held;
    prev_d = next_held_d;
    x_b = prev_b_held;
    x_b_d = prev_b_held_d;
    next_b = x_b_held;
    next_b_d = x_b_held_d;
    prev_b = next_b_held;
    prev_b_d = next_b_held_d;
    // grad of: for (let i = 0; i < n; i++)
    for (let i = n - 1; i >= 0; i--) {
      // grad of: next[i] = i === 0 ? x[0] : 2 * x[i] - prev[i] + dt * dt * f
      next[i]! = stack[--top]!;
      next_d[i]! = stack_d[top]!;
      t23_b += next_b[i]! ?? 0;
      t23_b_d += next_b_d[i]! ?? 0;
      next_b[i]! = 0;
      next_b_d[i]! = 0;
      const t22 = i === 0;
      if (t22) {
        const t24_b = t23_b;
        const t24_b_d = t23_b_d;
        t23_b = 0;
        t23_b_d = 0;
        x_b[0]! += t24_b;
        x_b_d[0]! += t24_b_d;
      } else {
        const t31_b = t23_b;
        const t31_b_d = t23_b_d;
        t23_b = 0;
        t23_b_d = 0;
        const t28_b = t31_b;
        const t28_b_d = t31_b_d;
        const t30_b = t31_b;
        const t30_b_d = t31_b_d;
        const t29 = stack[--top]!;
        const t29_d = stack_d[top]!;
        const t29_b = t30_b === 0 ? 0 : t30_b * f;
        const t29_b_d = t30_b === 0 && t30_b_d === 0 ? 0 : f * t30_b_d + t30_b * f_d;
        if (t30_b !== 0 || t30_b_d !== 0) {
          f_b += t30_b * t29;
          f_b_d += t29 * t30_b_d + t30_b * t29_d;
        }
        if (t29_b !== 0 || t29_b_d !== 0) {
          dt_b += t29_b * (dt + dt);
          dt_b_d += (dt + dt) * t29_b_d + t29_b * (2 * dt_d);
        }
        const t26_b = t28_b;
        const t26_b_d = t28_b_d;
        const t27_b = -t28_b;
        const t27_b_d = -t28_b_d;
        prev_b[i]! += t27_b;
        prev_b_d[i]! += t27_b_d;
        const t25_b = t26_b * 2;
        const t25_b_d = 2 * t26_b_d;
        x_b[i]! += t25_b;
        x_b_d[i]! += t25_b_d;
      }
      // grad of: if (i < n - 1)
      const t13 = n - 1;
      const t14 = i < t13;
      if (t14) {
        // grad of: f += k * (x[i + 1] - x[i] - rest)
        const t20_b = f_b;
        const t20_b_d = f_b_d;
        const t15 = i + 1;
        const t16 = x[t15]!;
        const t16_d = x_d[t15]!;
        const t17 = x[i]!;
        const t17_d = x_d[i]!;
        const t18 = t16 - t17;
        const t18_d = t16_d - t17_d;
        const t19 = t18 - rest;
        const t19_d = t18_d - rest_d;
        const t19_b = t20_b === 0 ? 0 : t20_b * k;
        const t19_b_d = t20_b === 0 && t20_b_d === 0 ? 0 : k * t20_b_d + t20_b * k_d;
        if (t20_b !== 0 || t20_b_d !== 0) {
          k_b += t20_b * t19;
          k_b_d += t19 * t20_b_d + t20_b * t19_d;
        }
        const t18_b = t19_b;
        const t18_b_d = t19_b_d;
        rest_b -= t19_b;
        rest_b_d -= t19_b_d;
        const t16_b = t18_b;
        const t16_b_d = t18_b_d;
        const t17_b = -t18_b;
        const t17_b_d = -t18_b_d;
        x_b[i]! += t17_b;
        x_b_d[i]! += t17_b_d;
        x_b[t15]! += t16_b;
        x_b_d[t15]! += t16_b_d;
      }
      // grad of: if (i > 0)
      const t5 = i > 0;
      if (t5) {
        // grad of: f -= k * (x[i] - x[i - 1] - rest)
        const t11_b = -f_b;
        const t11_b_d = -f_b_d;
        const t6 = x[i]!;
        const t6_d = x_d[i]!;
        const t7 = i - 1;
        const t8 = x[t7]!;
        const t8_d = x_d[t7]!;
        const t9 = t6 - t8;
        const t9_d = t6_d - t8_d;
        const t10 = t9 - rest;
        const t10_d = t9_d - rest_d;
        const t10_b = t11_b === 0 ? 0 : t11_b * k;
        const t10_b_d = t11_b === 0 && t11_b_d === 0 ? 0 : k * t11_b_d + t11_b * k_d;
        if (t11_b !== 0 || t11_b_d !== 0) {
          k_b += t11_b * t10;
          k_b_d += t10 * t11_b_d + t11_b * t10_d;
        }
        const t9_b = t10_b;
        const t9_b_d = t10_b_d;
        rest_b -= t10_b;
        rest_b_d -= t10_b_d;
        const t6_b = t9_b;
        const t6_b_d = t9_b_d;
        const t8_b = -t9_b;
        const t8_b_d = -t9_b_d;
        x_b[t7]! += t8_b;
        x_b_d[t7]! += t8_b_d;
        x_b[i]! += t6_b;
        x_b_d[i]! += t6_b_d;
      }
      // grad of: let f = -9.81
      f = stack[--top]!;
      f_d = stack_d[top]!;
      f_b = 0;
      f_b_d = 0;
    }
  }
  // grad of: let prev = new Float64Array(x0)
  for (let j_1 = n - 1; j_1 >= 0; j_1--) {
    const t4_b = prev_b[j_1]! ?? 0;
    const t4_b_d = prev_b_d[j_1]! ?? 0;
    prev_b[j_1]! = 0;
    prev_b_d[j_1]! = 0;
    x0_b[j_1]! += t4_b;
    x0_b_d[j_1]! += t4_b_d;
  }
  // grad of: let x = new Float64Array(x0)
  for (let j = n - 1; j >= 0; j--) {
    const t3_b = x_b[j]! ?? 0;
    const t3_b_d = x_b_d[j]! ?? 0;
    x_b[j]! = 0;
    x_b_d[j]! = 0;
    x0_b[j]! += t3_b;
    x0_b_d[j]! += t3_b_d;
  }
  // grad of: dt = 0.01
  if (t2) {
    dt_b = 0;
    dt_b_d = 0;
  } else {
    dt_arg_b += dt_b;
    dt_arg_b_d += dt_b_d;
    dt_b = 0;
    dt_b_d = 0;
  }
  adj.k += k_b;
  adj_d.k += k_b_d;
  adj.rest += rest_b;
  adj_d.rest += rest_b_d;
  adj.dt += dt_arg_b;
  adj_d.dt += dt_arg_b_d;
  tape.top = top;
  return {
    value: e,
    grad: adj,
    hvp: adj_d
  };
}

/** clothVerlet's value, gradient and dense Hessian (row-major n×n over x0's elements, then k, then rest, then steps_arg, then dt_arg), from n Hessian-vector products. */
export function clothVerlet_hessian(x0: Float64Array, k: number, rest: number, steps_arg?: number, dt_arg?: number): { value: number; grad: { x0: Float64Array; k: number; rest: number; steps: number; dt: number }; hessian: Float64Array } {
  return denseHessian([['x0', x0.length], ['k', -1], ['rest', -1], ['steps', -1], ['dt', -1]], (v: { x0?: Float64Array; k?: number; rest?: number; steps?: number; dt?: number }) => clothVerlet_hvp(x0, k, rest, steps_arg, dt_arg, v));
}

/** heatExplicit's value; adds seed times its gradient into adj. */
export function heatExplicit_vjp(u0: Float64Array, alpha: number, steps_arg: number | undefined, adj: { u0: Float64Array; alpha: number; steps: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let steps: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 25;
  } else {
    steps = steps_arg;
  }
  const n = u0.length;
  let u = new Float64Array(n);
  let u_b = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t2 = u0[j]!;
    u[j]! = t2;
  }
  let v = new Float64Array(n);
  let v_b = f64Zeros(n);
  for (let s = 0; s < steps; s++) {
    if (top + 2 > stack.length) stack = tape.reserve(top, 2);
    stack[top++]! = v[0]!;
    v[0]! = 0;
    const t3 = n - 1;
    stack[top++]! = v[t3]!;
    v[t3]! = 0;
    if (top + (t3 > 0 ? t3 : 0) > stack.length) stack = tape.reserve(top, t3 > 0 ? t3 : 0);
    for (let i = 1; i < t3; i++) {
      const t4 = u[i]!;
      const t5 = i - 1;
      const t6 = u[t5]!;
      const t7 = 2 * t4;
      const t8 = t6 - t7;
      const t9 = i + 1;
      const t10 = u[t9]!;
      const t11 = t8 + t10;
      const t12 = alpha * t11;
      const t13 = t4 + t12;
      stack[top++]! = v[i]!;
      v[i]! = t13;
    }
    const old = v;
    const old_b = v_b;
    const old_1 = u;
    const old_1_b = u_b;
    u = old;
    u_b = old_b;
    v = old_1;
    v_b = old_1_b;
  }
  let e = 0;
  const t14 = u.length;
  const items = u;
  const items_b = u_b;
  const u0_b = adj.u0;
  let alpha_b = 0;
  let e_b = seed;
  // forward and reverse of each iteration together: the loop only adds into the result
  for (let i_1 = 0; i_1 < t14; i_1++) {
    const w = items[i_1]!;
    const t15 = w * w;
    const t16 = e + t15;
    e = t16;
    // the reverse of this iteration
    // grad of: e += w * w
    const t15_b = e_b;
    const w_b = t15_b * (w + w);
    // grad of: for (const w of u)
    items_b[i_1]! += w_b;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    // grad of: [u, v] = [v, u]
    const u_held = u;
    const v_held = v;
    const u_b_held = u_b;
    const v_b_held = v_b;
    v = u_held;
    u = v_held;
    v_b = u_b_held;
    u_b = v_b_held;
    // grad of: for (let i = 1; i < n - 1; i++)
    const t3 = n - 1;
    for (let i = t3 - 1; i >= 1; i--) {
      // grad of: v[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1])
      v[i]! = stack[--top]!;
      const t13_b = v_b[i]! ?? 0;
      v_b[i]! = 0;
      let t4_b = t13_b;
      const t12_b = t13_b;
      const t5 = i - 1;
      const t6 = u[t5]!;
      const t4 = u[i]!;
      const t7 = 2 * t4;
      const t8 = t6 - t7;
      const t9 = i + 1;
      const t10 = u[t9]!;
      const t11 = t8 + t10;
      const t11_b = t12_b === 0 ? 0 : t12_b * alpha;
      if (t12_b !== 0) alpha_b += t12_b * t11;
      const t8_b = t11_b;
      const t10_b = t11_b;
      u_b[t9]! += t10_b;
      const t6_b = t8_b;
      const t7_b = -t8_b;
      t4_b += t7_b * 2;
      u_b[t5]! += t6_b;
      u_b[i]! += t4_b;
    }
    // grad of: v[n - 1] = 0
    v[t3]! = stack[--top]!;
    v_b[t3]! = 0;
    // grad of: v[0] = 0
    v[0]! = stack[--top]!;
    v_b[0]! = 0;
  }
  // grad of: let u = Float64Array.from(u0)
  for (let j = n - 1; j >= 0; j--) {
    const t2_b = u_b[j]! ?? 0;
    u_b[j]! = 0;
    u0_b[j]! += t2_b;
  }
  adj.alpha += alpha_b;
  tape.top = top;
  return e;
}

/** heatExplicit's value and gradient. */
export function heatExplicit_grad(u0: Float64Array, alpha: number, steps_arg?: number): { value: number; grad: { u0: Float64Array; alpha: number; steps: number } } {
  const grad: { u0: Float64Array; alpha: number; steps: number } = { u0: f64Zeros(u0.length), alpha: 0, steps: 0 };
  const value = heatExplicit_vjp(u0, alpha, steps_arg, grad);
  return { value, grad };
}

/** heatExplicit's value and its derivative along tangent (forward mode); a missing key of tangent is zero. */
export function heatExplicit_jvp(u0: Float64Array, alpha: number, steps_arg: number | undefined, tangent: { u0?: Float64Array; alpha?: number; steps?: number }): { value: number; tangent: number } {
  const u0_d = tangent.u0 ?? new Float64Array(u0.length);
  const alpha_d = tangent.alpha ?? 0;
  let steps: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 25;
  } else {
    steps = steps_arg;
  }
  const n = u0.length;
  let u = new Float64Array(n);
  let u_d = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const t2 = u0[j]!;
    const t2_d = u0_d[j]!;
    u[j]! = t2;
    u_d[j]! = t2_d;
  }
  let v = new Float64Array(n);
  let v_d = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    v[0]! = 0;
    v_d[0]! = 0;
    const t3 = n - 1;
    v[t3]! = 0;
    v_d[t3]! = 0;
    for (let i = 1; i < t3; i++) {
      const t4 = u[i]!;
      const t4_d = u_d[i]!;
      const t5 = i - 1;
      const t6 = u[t5]!;
      const t6_d = u_d[t5]!;
      const t7 = 2 * t4;
      const t7_d = 2 * t4_d;
      const t8 = t6 - t7;
      const t8_d = t6_d - t7_d;
      const t9 = i + 1;
      const t10 = u[t9]!;
      const t10_d = u_d[t9]!;
      const t11 = t8 + t10;
      const t11_d = t8_d + t10_d;
      const t12 = alpha * t11;
      const t12_d = t11 * alpha_d + alpha * t11_d;
      const t13 = t4 + t12;
      const t13_d = t4_d + t12_d;
      v[i]! = t13;
      v_d[i]! = t13_d;
    }
    const old = v;
    const old_d = v_d;
    const old_1 = u;
    const old_1_d = u_d;
    u = old;
    u_d = old_d;
    v = old_1;
    v_d = old_1_d;
  }
  let e = 0;
  let e_d = 0;
  const t14 = u.length;
  const items = u;
  const items_d = u_d;
  for (let i_1 = 0; i_1 < t14; i_1++) {
    const w = items[i_1]!;
    const w_d = items_d[i_1]!;
    const t15 = w * w;
    const t15_d = (w + w) * w_d;
    const t16 = e + t15;
    const t16_d = e_d + t15_d;
    e = t16;
    e_d = t16_d;
  }
  return {
    value: e,
    tangent: e_d
  };
}

/** heatExplicit's value, gradient, and Hessian times v1 (forward over reverse); a missing key of v1 is zero. */
export function heatExplicit_hvp(u0: Float64Array, alpha: number, steps_arg: number | undefined, v1: { u0?: Float64Array; alpha?: number; steps?: number }): { value: number; grad: { u0: Float64Array; alpha: number; steps: number }; hvp: { u0: Float64Array; alpha: number; steps: number } } {
  const u0_d = v1.u0 ?? f64Zeros(u0.length);
  const alpha_d = v1.alpha ?? 0;
  const steps_arg_d = v1.steps ?? 0;
  const adj: { u0: Float64Array; alpha: number; steps: number } = {
    u0: f64Zeros(u0.length),
    alpha: 0,
    steps: 0
  };
  const adj_d: { u0: Float64Array; alpha: number; steps: number } = {
    u0: f64Zeros(u0.length),
    alpha: 0,
    steps: 0
  };
  const seed: number = 1;
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let stack_d = tapeTangents(stack);
  let top = tape.top;
  let steps: number = 0;
  let steps_d: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 25;
    steps_d = 0;
  } else {
    steps = steps_arg;
    steps_d = steps_arg_d;
  }
  const n = u0.length;
  let u = new Float64Array(n);
  let u_d = new Float64Array(n);
  let u_b = f64Zeros(n);
  let u_b_d = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t2 = u0[j]!;
    const t2_d = u0_d[j]!;
    u[j]! = t2;
    u_d[j]! = t2_d;
  }
  let v = new Float64Array(n);
  let v_d = new Float64Array(n);
  let v_b = f64Zeros(n);
  let v_b_d = f64Zeros(n);
  for (let s = 0; s < steps; s++) {
    if (top + 2 > stack.length) {
      stack = tape.reserve(top, 2);
      stack_d = tapeTangents(stack);
    }
    stack_d[top]! = v_d[0]!;
    stack[top++]! = v[0]!;
    v[0]! = 0;
    v_d[0]! = 0;
    const t3 = n - 1;
    stack_d[top]! = v_d[t3]!;
    stack[top++]! = v[t3]!;
    v[t3]! = 0;
    v_d[t3]! = 0;
    if (top + (t3 > 0 ? t3 : 0) > stack.length) {
      stack = tape.reserve(top, t3 > 0 ? t3 : 0);
      stack_d = tapeTangents(stack);
    }
    for (let i = 1; i < t3; i++) {
      const t4 = u[i]!;
      const t4_d = u_d[i]!;
      const t5 = i - 1;
      const t6 = u[t5]!;
      const t6_d = u_d[t5]!;
      const t7 = 2 * t4;
      const t7_d = 2 * t4_d;
      const t8 = t6 - t7;
      const t8_d = t6_d - t7_d;
      const t9 = i + 1;
      const t10 = u[t9]!;
      const t10_d = u_d[t9]!;
      const t11 = t8 + t10;
      const t11_d = t8_d + t10_d;
      const t12 = alpha * t11;
      const t12_d = t11 * alpha_d + alpha * t11_d;
      const t13 = t4 + t12;
      const t13_d = t4_d + t12_d;
      stack_d[top]! = v_d[i]!;
      stack[top++]! = v[i]!;
      v[i]! = t13;
      v_d[i]! = t13_d;
    }
    const old = v;
    const old_d = v_d;
    const old_b = v_b;
    const old_b_d = v_b_d;
    const old_1 = u;
    const old_1_d = u_d;
    const old_1_b = u_b;
    const old_1_b_d = u_b_d;
    u = old;
    u_d = old_d;
    u_b = old_b;
    u_b_d = old_b_d;
    v = old_1;
    v_d = old_1_d;
    v_b = old_1_b;
    v_b_d = old_1_b_d;
  }
  let e = 0;
  let e_d = 0;
  const t14 = u.length;
  const items = u;
  const items_d = u_d;
  const items_b = u_b;
  const items_b_d = u_b_d;
  const u0_b = adj.u0;
  const u0_b_d = adj_d.u0;
  let alpha_b = 0;
  let alpha_b_d = 0;
  let e_b = seed;
  // forward and reverse of each iteration together: the loop only adds into the result
  for (let i_1 = 0; i_1 < t14; i_1++) {
    const w = items[i_1]!;
    const w_d = items_d[i_1]!;
    const t15 = w * w;
    const t15_d = (w + w) * w_d;
    const t16 = e + t15;
    const t16_d = e_d + t15_d;
    e = t16;
    e_d = t16_d;
    // the reverse of this iteration
    // grad of: e += w * w
    const t15_b = e_b;
    const w_b = t15_b * (w + w);
    const w_b_d = t15_b * (2 * w_d);
    // grad of: for (const w of u)
    items_b[i_1]! += w_b;
    items_b_d[i_1]! += w_b_d;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    // grad of: [u, v] = [v, u]
    const u_held = u;
    const u_held_d = u_d;
    const v_held = v;
    const v_held_d = v_d;
    const u_b_held = u_b;
    const u_b_held_d = u_b_d;
    const v_b_held = v_b;
    const v_b_held_d = v_b_d;
    v = u_held;
    v_d = u_held_d;
    u = v_held;
    u_d = v_held_d;
    v_b = u_b_held;
    v_b_d = u_b_held_d;
    u_b = v_b_held;
    u_b_d = v_b_held_d;
    // grad of: for (let i = 1; i < n - 1; i++)
    const t3 = n - 1;
    for (let i = t3 - 1; i >= 1; i--) {
      // grad of: v[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1])
      v[i]! = stack[--top]!;
      v_d[i]! = stack_d[top]!;
      const t13_b = v_b[i]! ?? 0;
      const t13_b_d = v_b_d[i]! ?? 0;
      v_b[i]! = 0;
      v_b_d[i]! = 0;
      let t4_b = t13_b;
      let t4_b_d = t13_b_d;
      const t12_b = t13_b;
      const t12_b_d = t13_b_d;
      const t5 = i - 1;
      const t6 = u[t5]!;
      const t6_d = u_d[t5]!;
      const t4 = u[i]!;
      const t4_d = u_d[i]!;
      const t7 = 2 * t4;
      const t7_d = 2 * t4_d;
      const t8 = t6 - t7;
      const t8_d = t6_d - t7_d;
      const t9 = i + 1;
      const t10 = u[t9]!;
      const t10_d = u_d[t9]!;
      const t11 = t8 + t10;
      const t11_d = t8_d + t10_d;
      const t11_b = t12_b === 0 ? 0 : t12_b * alpha;
      const t11_b_d = t12_b === 0 && t12_b_d === 0 ? 0 : alpha * t12_b_d + t12_b * alpha_d;
      if (t12_b !== 0 || t12_b_d !== 0) {
        alpha_b += t12_b * t11;
        alpha_b_d += t11 * t12_b_d + t12_b * t11_d;
      }
      const t8_b = t11_b;
      const t8_b_d = t11_b_d;
      const t10_b = t11_b;
      const t10_b_d = t11_b_d;
      u_b[t9]! += t10_b;
      u_b_d[t9]! += t10_b_d;
      const t6_b = t8_b;
      const t6_b_d = t8_b_d;
      const t7_b = -t8_b;
      const t7_b_d = -t8_b_d;
      t4_b += t7_b * 2;
      t4_b_d += 2 * t7_b_d;
      u_b[t5]! += t6_b;
      u_b_d[t5]! += t6_b_d;
      u_b[i]! += t4_b;
      u_b_d[i]! += t4_b_d;
    }
    // grad of: v[n - 1] = 0
    v[t3]! = stack[--top]!;
    v_d[t3]! = stack_d[top]!;
    v_b[t3]! = 0;
    v_b_d[t3]! = 0;
    // grad of: v[0] = 0
    v[0]! = stack[--top]!;
    v_d[0]! = stack_d[top]!;
    v_b[0]! = 0;
    v_b_d[0]! = 0;
  }
  // grad of: let u = Float64Array.from(u0)
  for (let j = n - 1; j >= 0; j--) {
    const t2_b = u_b[j]! ?? 0;
    const t2_b_d = u_b_d[j]! ?? 0;
    u_b[j]! = 0;
    u_b_d[j]! = 0;
    u0_b[j]! += t2_b;
    u0_b_d[j]! += t2_b_d;
  }
  adj.alpha += alpha_b;
  adj_d.alpha += alpha_b_d;
  tape.top = top;
  return {
    value: e,
    grad: adj,
    hvp: adj_d
  };
}

/** heatExplicit's value, gradient and dense Hessian (row-major n×n over u0's elements, then alpha, then steps_arg), from n Hessian-vector products. */
export function heatExplicit_hessian(u0: Float64Array, alpha: number, steps_arg?: number): { value: number; grad: { u0: Float64Array; alpha: number; steps: number }; hessian: Float64Array } {
  return denseHessian([['u0', u0.length], ['alpha', -1], ['steps', -1]], (v: { u0?: Float64Array; alpha?: number; steps?: number }) => heatExplicit_hvp(u0, alpha, steps_arg, v));
}

/** waveEnergy's value; adds seed times its gradient into adj. */
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

/** waveEnergy's value and gradient. */
export function waveEnergy_grad(u0: Float64Array, c: number, steps_arg?: number): { value: number; grad: { u0: Float64Array; c: number; steps: number } } {
  const grad: { u0: Float64Array; c: number; steps: number } = { u0: f64Zeros(u0.length), c: 0, steps: 0 };
  const value = waveEnergy_vjp(u0, c, steps_arg, grad);
  return { value, grad };
}

/** waveEnergy's value and its derivative along tangent (forward mode); a missing key of tangent is zero. */
export function waveEnergy_jvp(u0: Float64Array, c: number, steps_arg: number | undefined, tangent: { u0?: Float64Array; c?: number; steps?: number }): { value: number; tangent: number } {
  const u0_d = tangent.u0 ?? new Float64Array(u0.length);
  const c_d = tangent.c ?? 0;
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
  const t3_d = dt * c_d;
  const t4 = t3 / dx;
  const t4_d = t3_d / dx;
  const lam = t4 ** 2;
  const lam_d = 2 * t4 * t4_d;
  let prev = new Float64Array(n);
  let prev_d = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const t5 = u0[j]!;
    const t5_d = u0_d[j]!;
    prev[j]! = t5;
    prev_d[j]! = t5_d;
  }
  let cur = new Float64Array(n);
  let cur_d = new Float64Array(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t6 = u0[j_1]!;
    const t6_d = u0_d[j_1]!;
    cur[j_1]! = t6;
    cur_d[j_1]! = t6_d;
  }
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    const nxt_d = new Float64Array(n);
    const t7 = n - 1;
    for (let i = 1; i < t7; i++) {
      const t8 = cur[i]!;
      const t8_d = cur_d[i]!;
      const t9 = 2 * t8;
      const t9_d = 2 * t8_d;
      const t10 = prev[i]!;
      const t10_d = prev_d[i]!;
      const t11 = t9 - t10;
      const t11_d = t9_d - t10_d;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t13_d = cur_d[t12]!;
      const t14 = t13 - t9;
      const t14_d = t13_d - t9_d;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t16_d = cur_d[t15]!;
      const t17 = t14 + t16;
      const t17_d = t14_d + t16_d;
      const t18 = lam * t17;
      const t18_d = t17 * lam_d + lam * t17_d;
      const t19 = t11 + t18;
      const t19_d = t11_d + t18_d;
      nxt[i]! = t19;
      nxt_d[i]! = t19_d;
    }
    prev = cur;
    prev_d = cur_d;
    cur = nxt;
    cur_d = nxt_d;
  }
  let E = 0;
  let E_d = 0;
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t20 = cur[i_1]!;
    const t20_d = cur_d[i_1]!;
    const t21 = prev[i_1]!;
    const t21_d = prev_d[i_1]!;
    const t22 = t20 - t21;
    const t22_d = t20_d - t21_d;
    const vt = t22 / dt;
    const vt_d = t22_d / dt;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t24_d = cur_d[t23]!;
    const t25 = t20 - t24;
    const t25_d = t20_d - t24_d;
    const ux = t25 / dx;
    const ux_d = t25_d / dx;
    const t26 = vt * vt;
    const t26_d = (vt + vt) * vt_d;
    const t27 = c * c;
    const t27_d = (c + c) * c_d;
    const t28 = t27 * ux;
    const t28_d = ux * t27_d + t27 * ux_d;
    const t29 = t28 * ux;
    const t29_d = ux * t28_d + t28 * ux_d;
    const t30 = t26 + t29;
    const t30_d = t26_d + t29_d;
    const t31 = 0.5 * t30;
    const t31_d = 0.5 * t30_d;
    const t32 = t31 * dx;
    const t32_d = dx * t31_d;
    const t33 = E + t32;
    const t33_d = E_d + t32_d;
    E = t33;
    E_d = t33_d;
  }
  return {
    value: E,
    tangent: E_d
  };
}

/** waveEnergy's value, gradient, and Hessian times v (forward over reverse); a missing key of v is zero. */
export function waveEnergy_hvp(u0: Float64Array, c: number, steps_arg: number | undefined, v: { u0?: Float64Array; c?: number; steps?: number }): { value: number; grad: { u0: Float64Array; c: number; steps: number }; hvp: { u0: Float64Array; c: number; steps: number } } {
  const u0_d = v.u0 ?? f64Zeros(u0.length);
  const c_d = v.c ?? 0;
  const steps_arg_d = v.steps ?? 0;
  const adj: { u0: Float64Array; c: number; steps: number } = {
    u0: f64Zeros(u0.length),
    c: 0,
    steps: 0
  };
  const adj_d: { u0: Float64Array; c: number; steps: number } = {
    u0: f64Zeros(u0.length),
    c: 0,
    steps: 0
  };
  const seed: number = 1;
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let stack_d = tapeTangents(stack);
  let top = tape.top;
  let steps: number = 0;
  let steps_d: number = 0;
  const t1 = steps_arg === undefined;
  if (t1) {
    steps = 30;
    steps_d = 0;
  } else {
    steps = steps_arg;
    steps_d = steps_arg_d;
  }
  const n = u0.length;
  const t2 = n - 1;
  const dx = 1 / t2;
  const dt = 0.5 * dx;
  const t3 = c * dt;
  const t3_d = dt * c_d;
  const t4 = t3 / dx;
  const t4_d = t3_d / dx;
  const lam = t4 ** 2;
  const lam_d = 2 * t4 * t4_d;
  let prev = new Float64Array(n);
  let prev_d = new Float64Array(n);
  let prev_b = f64Zeros(n);
  let prev_b_d = f64Zeros(n);
  for (let j = 0; j < n; j++) {
    const t5 = u0[j]!;
    const t5_d = u0_d[j]!;
    prev[j]! = t5;
    prev_d[j]! = t5_d;
  }
  let cur = new Float64Array(n);
  let cur_d = new Float64Array(n);
  let cur_b = f64Zeros(n);
  let cur_b_d = f64Zeros(n);
  for (let j_1 = 0; j_1 < n; j_1++) {
    const t6 = u0[j_1]!;
    const t6_d = u0_d[j_1]!;
    cur[j_1]! = t6;
    cur_d[j_1]! = t6_d;
  }
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    const nxt_d = new Float64Array(n);
    const nxt_b = f64Zeros(n);
    const nxt_b_d = f64Zeros(n);
    const t7 = n - 1;
    if (top + (t7 > 0 ? t7 : 0) > stack.length) {
      stack = tape.reserve(top, t7 > 0 ? t7 : 0);
      stack_d = tapeTangents(stack);
    }
    for (let i = 1; i < t7; i++) {
      const t8 = cur[i]!;
      const t8_d = cur_d[i]!;
      const t9 = 2 * t8;
      const t9_d = 2 * t8_d;
      const t10 = prev[i]!;
      const t10_d = prev_d[i]!;
      const t11 = t9 - t10;
      const t11_d = t9_d - t10_d;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t13_d = cur_d[t12]!;
      const t14 = t13 - t9;
      const t14_d = t13_d - t9_d;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t16_d = cur_d[t15]!;
      const t17 = t14 + t16;
      const t17_d = t14_d + t16_d;
      const t18 = lam * t17;
      const t18_d = t17 * lam_d + lam * t17_d;
      const t19 = t11 + t18;
      const t19_d = t11_d + t18_d;
      stack_d[top]! = nxt_d[i]!;
      stack[top++]! = nxt[i]!;
      nxt[i]! = t19;
      nxt_d[i]! = t19_d;
    }
    tape.pushRef(nxt);
    tape.pushRef(nxt_d);
    tape.pushRef(nxt_b);
    tape.pushRef(nxt_b_d);
    tape.pushRef(prev);
    tape.pushRef(prev_d);
    tape.pushRef(prev_b);
    tape.pushRef(prev_b_d);
    prev = cur;
    prev_d = cur_d;
    prev_b = cur_b;
    prev_b_d = cur_b_d;
    tape.pushRef(cur);
    tape.pushRef(cur_d);
    tape.pushRef(cur_b);
    tape.pushRef(cur_b_d);
    cur = nxt;
    cur_d = nxt_d;
    cur_b = nxt_b;
    cur_b_d = nxt_b_d;
  }
  let E = 0;
  let E_d = 0;
  for (let i_1 = 1; i_1 < n; i_1++) {
    const t20 = cur[i_1]!;
    const t20_d = cur_d[i_1]!;
    const t21 = prev[i_1]!;
    const t21_d = prev_d[i_1]!;
    const t22 = t20 - t21;
    const t22_d = t20_d - t21_d;
    const vt = t22 / dt;
    const vt_d = t22_d / dt;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t24_d = cur_d[t23]!;
    const t25 = t20 - t24;
    const t25_d = t20_d - t24_d;
    const ux = t25 / dx;
    const ux_d = t25_d / dx;
    const t26 = vt * vt;
    const t26_d = (vt + vt) * vt_d;
    const t27 = c * c;
    const t27_d = (c + c) * c_d;
    const t28 = t27 * ux;
    const t28_d = ux * t27_d + t27 * ux_d;
    const t29 = t28 * ux;
    const t29_d = ux * t28_d + t28 * ux_d;
    const t30 = t26 + t29;
    const t30_d = t26_d + t29_d;
    const t31 = 0.5 * t30;
    const t31_d = 0.5 * t30_d;
    const t32 = t31 * dx;
    const t32_d = dx * t31_d;
    const t33 = E + t32;
    const t33_d = E_d + t32_d;
    E = t33;
    E_d = t33_d;
  }
  const u0_b = adj.u0;
  const u0_b_d = adj_d.u0;
  let c_b = 0;
  let c_b_d = 0;
  let E_b = seed;
  let lam_b = 0;
  let lam_b_d = 0;
  // grad of: for (let i = 1; i < n; i++)
  for (let i_1 = n - 1; i_1 >= 1; i_1--) {
    // grad of: E += 0.5 * (vt * vt + c * c * ux * ux) * dx
    const t32_b = E_b;
    const t31_b = t32_b * dx;
    const t30_b = t31_b * 0.5;
    const t26_b = t30_b;
    const t29_b = t30_b;
    const t20 = cur[i_1]!;
    const t20_d = cur_d[i_1]!;
    const t23 = i_1 - 1;
    const t24 = cur[t23]!;
    const t24_d = cur_d[t23]!;
    const t25 = t20 - t24;
    const t25_d = t20_d - t24_d;
    const ux = t25 / dx;
    const ux_d = t25_d / dx;
    const t27 = c * c;
    const t27_d = (c + c) * c_d;
    const t28 = t27 * ux;
    const t28_d = ux * t27_d + t27 * ux_d;
    const t28_b = t29_b * ux;
    const t28_b_d = t29_b * ux_d;
    let ux_b = t29_b * t28;
    let ux_b_d = t29_b * t28_d;
    const t27_b = t28_b * ux;
    const t27_b_d = ux * t28_b_d + t28_b * ux_d;
    ux_b += t28_b * t27;
    ux_b_d += t27 * t28_b_d + t28_b * t27_d;
    c_b += t27_b * (c + c);
    c_b_d += (c + c) * t27_b_d + t27_b * (2 * c_d);
    const t21 = prev[i_1]!;
    const t21_d = prev_d[i_1]!;
    const t22 = t20 - t21;
    const t22_d = t20_d - t21_d;
    const vt = t22 / dt;
    const vt_d = t22_d / dt;
    const vt_b = t26_b * (vt + vt);
    const vt_b_d = t26_b * (2 * vt_d);
    // grad of: const ux = (cur[i] - cur[i - 1]) / dx
    const t25_b = ux_b / dx;
    const t25_b_d = ux_b_d / dx;
    let t20_b = t25_b;
    let t20_b_d = t25_b_d;
    const t24_b = -t25_b;
    const t24_b_d = -t25_b_d;
    cur_b[t23]! += t24_b;
    cur_b_d[t23]! += t24_b_d;
    // grad of: const vt = (cur[i] - prev[i]) / dt
    const t22_b = vt_b / dt;
    const t22_b_d = vt_b_d / dt;
    t20_b += t22_b;
    t20_b_d += t22_b_d;
    const t21_b = -t22_b;
    const t21_b_d = -t22_b_d;
    prev_b[i_1]! += t21_b;
    prev_b_d[i_1]! += t21_b_d;
    cur_b[i_1]! += t20_b;
    cur_b_d[i_1]! += t20_b_d;
  }
  // grad of: for (let s = 0; s < steps; s++)
  for (let s = Math.ceil(steps) - 1; s >= 0; s--) {
    // grad of: cur = nxt
    cur_b_d = tape.popRef();
    cur_b = tape.popRef();
    cur_d = tape.popRef();
    cur = tape.popRef();
    // grad of: prev = cur
    prev_b_d = tape.popRef();
    prev_b = tape.popRef();
    prev_d = tape.popRef();
    prev = tape.popRef();
    // grad of: for (let i = 1; i < n - 1; i++)
    const nxt_b_d: Float64Array = tape.popRef();
    const nxt_b: Float64Array = tape.popRef();
    const nxt_d = tape.popRef();
    const nxt = tape.popRef();
    const t7 = n - 1;
    for (let i = t7 - 1; i >= 1; i--) {
      // grad of: nxt[i] = 2 * cur[i] - prev[i] + lam * (cur[i + 1] - 2 * cur[i] + cur[i - 1])
      nxt[i]! = stack[--top]!;
      nxt_d[i]! = stack_d[top]!;
      const t19_b = nxt_b[i]! ?? 0;
      const t19_b_d = nxt_b_d[i]! ?? 0;
      nxt_b[i]! = 0;
      nxt_b_d[i]! = 0;
      const t11_b = t19_b;
      const t11_b_d = t19_b_d;
      const t18_b = t19_b;
      const t18_b_d = t19_b_d;
      const t12 = i + 1;
      const t13 = cur[t12]!;
      const t13_d = cur_d[t12]!;
      const t8 = cur[i]!;
      const t8_d = cur_d[i]!;
      const t9 = 2 * t8;
      const t9_d = 2 * t8_d;
      const t14 = t13 - t9;
      const t14_d = t13_d - t9_d;
      const t15 = i - 1;
      const t16 = cur[t15]!;
      const t16_d = cur_d[t15]!;
      const t17 = t14 + t16;
      const t17_d = t14_d + t16_d;
      const t17_b = t18_b === 0 ? 0 : t18_b * lam;
      const t17_b_d = t18_b === 0 && t18_b_d === 0 ? 0 : lam * t18_b_d + t18_b * lam_d;
      if (t18_b !== 0 || t18_b_d !== 0) {
        lam_b += t18_b * t17;
        lam_b_d += t17 * t18_b_d + t18_b * t17_d;
      }
      const t14_b = t17_b;
      const t14_b_d = t17_b_d;
      const t16_b = t17_b;
      const t16_b_d = t17_b_d;
      cur_b[t15]! += t16_b;
      cur_b_d[t15]! += t16_b_d;
      const t13_b = t14_b;
      const t13_b_d = t14_b_d;
      let t9_b = -t14_b;
      let t9_b_d = -t14_b_d;
      cur_b[t12]! += t13_b;
      cur_b_d[t12]! += t13_b_d;
      t9_b += t11_b;
      t9_b_d += t11_b_d;
      const t10_b = -t11_b;
      const t10_b_d = -t11_b_d;
      prev_b[i]! += t10_b;
      prev_b_d[i]! += t10_b_d;
      const t8_b = t9_b * 2;
      const t8_b_d = 2 * t9_b_d;
      cur_b[i]! += t8_b;
      cur_b_d[i]! += t8_b_d;
    }
  }
  // grad of: let cur = new Float64Array(u0)
  for (let j_1 = n - 1; j_1 >= 0; j_1--) {
    const t6_b = cur_b[j_1]! ?? 0;
    const t6_b_d = cur_b_d[j_1]! ?? 0;
    cur_b[j_1]! = 0;
    cur_b_d[j_1]! = 0;
    u0_b[j_1]! += t6_b;
    u0_b_d[j_1]! += t6_b_d;
  }
  // grad of: let prev = new Float64Array(u0)
  for (let j = n - 1; j >= 0; j--) {
    const t5_b = prev_b[j]! ?? 0;
    const t5_b_d = prev_b_d[j]! ?? 0;
    prev_b[j]! = 0;
    prev_b_d[j]! = 0;
    u0_b[j]! += t5_b;
    u0_b_d[j]! += t5_b_d;
  }
  // grad of: const lam = (c * dt / dx) ** 2
  const t4_b = lam_b === 0 ? 0 : lam_b * (2 * t4);
  const t4_b_d = lam_b === 0 && lam_b_d === 0 ? 0 : 2 * t4 * lam_b_d + lam_b * (2 * t4_d);
  const t3_b = t4_b === 0 ? 0 : t4_b / dx;
  const t3_b_d = t4_b === 0 && t4_b_d === 0 ? 0 : t4_b_d / dx;
  if (t3_b !== 0 || t3_b_d !== 0) {
    c_b += t3_b * dt;
    c_b_d += dt * t3_b_d;
  }
  adj.c += c_b;
  adj_d.c += c_b_d;
  tape.top = top;
  return {
    value: E,
    grad: adj,
    hvp: adj_d
  };
}

/** waveEnergy's value, gradient and dense Hessian (row-major n×n over u0's elements, then c, then steps_arg), from n Hessian-vector products. */
export function waveEnergy_hessian(u0: Float64Array, c: number, steps_arg?: number): { value: number; grad: { u0: Float64Array; c: number; steps: number }; hessian: Float64Array } {
  return denseHessian([['u0', u0.length], ['c', -1], ['steps', -1]], (v: { u0?: Float64Array; c?: number; steps?: number }) => waveEnergy_hvp(u0, c, steps_arg, v));
}

/** elmanRebind's value; adds seed times its gradient into adj. */
export function elmanRebind_vjp(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array, xs: Float64Array, y: Float64Array, adj: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let z: number = 0;
  let r: number = 0;
  const H = b.length;
  const t1 = Wx.length;
  const I = t1 / H;
  const t2 = xs.length;
  const T = t2 / I;
  let h = new Float64Array(H);
  let h_b = f64Zeros(H);
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(H);
    const next_b = f64Zeros(H);
    if (top + (H + 1 > 0 ? H + 1 : 0) * 2 > stack.length) stack = tape.reserve(top, (H + 1 > 0 ? H + 1 : 0) * 2);
    for (let i = 0; i < H; i++) {
      const t3 = b[i]!;
      z = t3;
      for (let j = 0; j < I; j++) {
        const t4 = i * I;
        const t5 = t4 + j;
        const t6 = Wx[t5]!;
        const t7 = t * I;
        const t8 = t7 + j;
        const t9 = xs[t8]!;
        const t10 = t6 * t9;
        const t11 = z + t10;
        z = t11;
      }
      for (let j_1 = 0; j_1 < H; j_1++) {
        const t12 = i * H;
        const t13 = t12 + j_1;
        const t14 = Wh[t13]!;
        const t15 = h[j_1]!;
        const t16 = t14 * t15;
        const t17 = z + t16;
        z = t17;
      }
      const t18 = Math.tanh(z);
      stack[top++]! = t18;
      stack[top++]! = next[i]!;
      next[i]! = t18;
    }
    tape.pushRef(next);
    tape.pushRef(next_b);
    tape.pushRef(h);
    tape.pushRef(h_b);
    h = next;
    h_b = next_b;
  }
  let loss = 0;
  const t19 = y.length;
  if (top + (t19 + 1 > 0 ? t19 + 1 : 0) > stack.length) stack = tape.reserve(top, t19 + 1 > 0 ? t19 + 1 : 0);
  for (let o = 0; o < t19; o++) {
    r = 0;
    for (let j_2 = 0; j_2 < H; j_2++) {
      const t20 = o * H;
      const t21 = t20 + j_2;
      const t22 = Wy[t21]!;
      const t23 = h[j_2]!;
      const t24 = t22 * t23;
      const t25 = r + t24;
      r = t25;
    }
    const t26 = y[o]!;
    const d = r - t26;
    const t27 = d * d;
    stack[top++]! = d;
    const t28 = loss + t27;
    loss = t28;
  }
  const Wx_b = adj.Wx;
  const Wh_b = adj.Wh;
  const b_b = adj.b;
  const Wy_b = adj.Wy;
  const xs_b = adj.xs;
  const y_b = adj.y;
  let z_b = 0;
  let loss_b = seed;
  let r_b = 0;
  // grad of: for (let o = 0; o < y.length; o++)
  for (let o = t19 - 1; o >= 0; o--) {
    // grad of: loss += d * d
    const t27_b = loss_b;
    const d = stack[--top]!;
    const d_b = t27_b * (d + d);
    // grad of: const d = r - y[o]
    r_b += d_b;
    const t26_b = -d_b;
    y_b[o]! += t26_b;
    // grad of: for (let j = 0; j < H; j++)
    for (let j_2 = H - 1; j_2 >= 0; j_2--) {
      // grad of: r += Wy[o * H + j] * h[j]
      const t24_b = r_b;
      const t20 = o * H;
      const t21 = t20 + j_2;
      const t22 = Wy[t21]!;
      const t23 = h[j_2]!;
      const t22_b = t24_b * t23;
      const t23_b = t24_b * t22;
      h_b[j_2]! += t23_b;
      Wy_b[t21]! += t22_b;
    }
    // grad of: let r = 0
    r_b = 0;
  }
  // grad of: for (let t = 0; t < T; t++)
  for (let t = Math.ceil(T) - 1; t >= 0; t--) {
    // grad of: h = next
    h_b = tape.popRef();
    h = tape.popRef();
    // grad of: for (let i = 0; i < H; i++)
    const next_b: Float64Array = tape.popRef();
    const next = tape.popRef();
    for (let i = H - 1; i >= 0; i--) {
      // grad of: next[i] = Math.tanh(z)
      next[i]! = stack[--top]!;
      const t18_b = next_b[i]!;
      next_b[i]! = 0;
      const t18 = stack[--top]!;
      if (t18_b !== 0) z_b += t18_b * (1 - t18 * t18);
      // grad of: for (let j = 0; j < H; j++)
      if (z_b !== 0) for (let j_1 = H - 1; j_1 >= 0; j_1--) {
        // grad of: z += Wh[i * H + j] * h[j]
        const t16_b = z_b;
        const t12 = i * H;
        const t13 = t12 + j_1;
        const t14 = Wh[t13]!;
        const t15 = h[j_1]!;
        const t14_b = t16_b * t15;
        const t15_b = t16_b * t14;
        h_b[j_1]! += t15_b;
        Wh_b[t13]! += t14_b;
      }
      // grad of: for (let j = 0; j < I; j++)
      if (z_b !== 0) for (let j = Math.ceil(I) - 1; j >= 0; j--) {
        // grad of: z += Wx[i * I + j] * xs[t * I + j]
        const t10_b = z_b;
        const t4 = i * I;
        const t5 = t4 + j;
        const t6 = Wx[t5]!;
        const t7 = t * I;
        const t8 = t7 + j;
        const t9 = xs[t8]!;
        const t6_b = t10_b * t9;
        const t9_b = t10_b * t6;
        xs_b[t8]! += t9_b;
        Wx_b[t5]! += t6_b;
      }
      // grad of: let z = b[i]
      const t3_b = z_b;
      z_b = 0;
      b_b[i]! += t3_b;
    }
  }
  tape.top = top;
  return loss;
}

/** elmanRebind's value and gradient. */
export function elmanRebind_grad(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array, xs: Float64Array, y: Float64Array): { value: number; grad: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array } } {
  const grad: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array } = { Wx: f64Zeros(Wx.length), Wh: f64Zeros(Wh.length), b: f64Zeros(b.length), Wy: f64Zeros(Wy.length), xs: f64Zeros(xs.length), y: f64Zeros(y.length) };
  const value = elmanRebind_vjp(Wx, Wh, b, Wy, xs, y, grad);
  return { value, grad };
}

/** elmanRebind's value and its derivative along tangent (forward mode); a missing key of tangent is zero. */
export function elmanRebind_jvp(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array, xs: Float64Array, y: Float64Array, tangent: { Wx?: Float64Array; Wh?: Float64Array; b?: Float64Array; Wy?: Float64Array; xs?: Float64Array; y?: Float64Array }): { value: number; tangent: number } {
  const Wx_d = tangent.Wx ?? new Float64Array(Wx.length);
  const Wh_d = tangent.Wh ?? new Float64Array(Wh.length);
  const b_d = tangent.b ?? new Float64Array(b.length);
  const Wy_d = tangent.Wy ?? new Float64Array(Wy.length);
  const xs_d = tangent.xs ?? new Float64Array(xs.length);
  const y_d = tangent.y ?? new Float64Array(y.length);
  let z_d = 0;
  let r_d = 0;
  let z: number = 0;
  let r: number = 0;
  const H = b.length;
  const t1 = Wx.length;
  const I = t1 / H;
  const t2 = xs.length;
  const T = t2 / I;
  let h = new Float64Array(H);
  let h_d = new Float64Array(H);
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(H);
    const next_d = new Float64Array(H);
    for (let i = 0; i < H; i++) {
      const t3 = b[i]!;
      const t3_d = b_d[i]!;
      z = t3;
      z_d = t3_d;
      for (let j = 0; j < I; j++) {
        const t4 = i * I;
        const t5 = t4 + j;
        const t6 = Wx[t5]!;
        const t6_d = Wx_d[t5]!;
        const t7 = t * I;
        const t8 = t7 + j;
        const t9 = xs[t8]!;
        const t9_d = xs_d[t8]!;
        const t10 = t6 * t9;
        const t10_d = t9 * t6_d + t6 * t9_d;
        const t11 = z + t10;
        const t11_d = z_d + t10_d;
        z = t11;
        z_d = t11_d;
      }
      for (let j_1 = 0; j_1 < H; j_1++) {
        const t12 = i * H;
        const t13 = t12 + j_1;
        const t14 = Wh[t13]!;
        const t14_d = Wh_d[t13]!;
        const t15 = h[j_1]!;
        const t15_d = h_d[j_1]!;
        const t16 = t14 * t15;
        const t16_d = t15 * t14_d + t14 * t15_d;
        const t17 = z + t16;
        const t17_d = z_d + t16_d;
        z = t17;
        z_d = t17_d;
      }
      const t18 = Math.tanh(z);
      const t18_d = (1 - t18 * t18) * z_d;
      next[i]! = t18;
      next_d[i]! = t18_d;
    }
    h = next;
    h_d = next_d;
  }
  let loss = 0;
  let loss_d = 0;
  const t19 = y.length;
  for (let o = 0; o < t19; o++) {
    r = 0;
    r_d = 0;
    for (let j_2 = 0; j_2 < H; j_2++) {
      const t20 = o * H;
      const t21 = t20 + j_2;
      const t22 = Wy[t21]!;
      const t22_d = Wy_d[t21]!;
      const t23 = h[j_2]!;
      const t23_d = h_d[j_2]!;
      const t24 = t22 * t23;
      const t24_d = t23 * t22_d + t22 * t23_d;
      const t25 = r + t24;
      const t25_d = r_d + t24_d;
      r = t25;
      r_d = t25_d;
    }
    const t26 = y[o]!;
    const t26_d = y_d[o]!;
    const d = r - t26;
    const d_d = r_d - t26_d;
    const t27 = d * d;
    const t27_d = (d + d) * d_d;
    const t28 = loss + t27;
    const t28_d = loss_d + t27_d;
    loss = t28;
    loss_d = t28_d;
  }
  return {
    value: loss,
    tangent: loss_d
  };
}

/** elmanRebind's value, gradient, and Hessian times v (forward over reverse); a missing key of v is zero. */
export function elmanRebind_hvp(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array, xs: Float64Array, y: Float64Array, v: { Wx?: Float64Array; Wh?: Float64Array; b?: Float64Array; Wy?: Float64Array; xs?: Float64Array; y?: Float64Array }): { value: number; grad: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array }; hvp: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array } } {
  const Wx_d = v.Wx ?? f64Zeros(Wx.length);
  const Wh_d = v.Wh ?? f64Zeros(Wh.length);
  const b_d = v.b ?? f64Zeros(b.length);
  const Wy_d = v.Wy ?? f64Zeros(Wy.length);
  const xs_d = v.xs ?? f64Zeros(xs.length);
  const y_d = v.y ?? f64Zeros(y.length);
  const adj: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array } = {
    Wx: f64Zeros(Wx.length),
    Wh: f64Zeros(Wh.length),
    b: f64Zeros(b.length),
    Wy: f64Zeros(Wy.length),
    xs: f64Zeros(xs.length),
    y: f64Zeros(y.length)
  };
  const adj_d: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array } = {
    Wx: f64Zeros(Wx.length),
    Wh: f64Zeros(Wh.length),
    b: f64Zeros(b.length),
    Wy: f64Zeros(Wy.length),
    xs: f64Zeros(xs.length),
    y: f64Zeros(y.length)
  };
  const seed: number = 1;
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let stack_d = tapeTangents(stack);
  let top = tape.top;
  let z: number = 0;
  let z_d: number = 0;
  let r: number = 0;
  let r_d: number = 0;
  const H = b.length;
  const t1 = Wx.length;
  const I = t1 / H;
  const t2 = xs.length;
  const T = t2 / I;
  let h = new Float64Array(H);
  let h_d = new Float64Array(H);
  let h_b = f64Zeros(H);
  let h_b_d = f64Zeros(H);
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(H);
    const next_d = new Float64Array(H);
    const next_b = f64Zeros(H);
    const next_b_d = f64Zeros(H);
    if (top + (H + 1 > 0 ? H + 1 : 0) * 2 > stack.length) {
      stack = tape.reserve(top, (H + 1 > 0 ? H + 1 : 0) * 2);
      stack_d = tapeTangents(stack);
    }
    for (let i = 0; i < H; i++) {
      const t3 = b[i]!;
      const t3_d = b_d[i]!;
      z = t3;
      z_d = t3_d;
      for (let j = 0; j < I; j++) {
        const t4 = i * I;
        const t5 = t4 + j;
        const t6 = Wx[t5]!;
        const t6_d = Wx_d[t5]!;
        const t7 = t * I;
        const t8 = t7 + j;
        const t9 = xs[t8]!;
        const t9_d = xs_d[t8]!;
        const t10 = t6 * t9;
        const t10_d = t9 * t6_d + t6 * t9_d;
        const t11 = z + t10;
        const t11_d = z_d + t10_d;
        z = t11;
        z_d = t11_d;
      }
      for (let j_1 = 0; j_1 < H; j_1++) {
        const t12 = i * H;
        const t13 = t12 + j_1;
        const t14 = Wh[t13]!;
        const t14_d = Wh_d[t13]!;
        const t15 = h[j_1]!;
        const t15_d = h_d[j_1]!;
        const t16 = t14 * t15;
        const t16_d = t15 * t14_d + t14 * t15_d;
        const t17 = z + t16;
        const t17_d = z_d + t16_d;
        z = t17;
        z_d = t17_d;
      }
      const t18 = Math.tanh(z);
      const t18_d = (1 - t18 * t18) * z_d;
      stack_d[top]! = t18_d;
      stack[top++]! = t18;
      stack_d[top]! = next_d[i]!;
      stack[top++]! = next[i]!;
      next[i]! = t18;
      next_d[i]! = t18_d;
    }
    tape.pushRef(next);
    tape.pushRef(next_d);
    tape.pushRef(next_b);
    tape.pushRef(next_b_d);
    tape.pushRef(h);
    tape.pushRef(h_d);
    tape.pushRef(h_b);
    tape.pushRef(h_b_d);
    h = next;
    h_d = next_d;
    h_b = next_b;
    h_b_d = next_b_d;
  }
  let loss = 0;
  let loss_d = 0;
  const t19 = y.length;
  if (top + (t19 + 1 > 0 ? t19 + 1 : 0) > stack.length) {
    stack = tape.reserve(top, t19 + 1 > 0 ? t19 + 1 : 0);
    stack_d = tapeTangents(stack);
  }
  for (let o = 0; o < t19; o++) {
    r = 0;
    r_d = 0;
    for (let j_2 = 0; j_2 < H; j_2++) {
      const t20 = o * H;
      const t21 = t20 + j_2;
      const t22 = Wy[t21]!;
      const t22_d = Wy_d[t21]!;
      const t23 = h[j_2]!;
      const t23_d = h_d[j_2]!;
      const t24 = t22 * t23;
      const t24_d = t23 * t22_d + t22 * t23_d;
      const t25 = r + t24;
      const t25_d = r_d + t24_d;
      r = t25;
      r_d = t25_d;
    }
    const t26 = y[o]!;
    const t26_d = y_d[o]!;
    const d = r - t26;
    const d_d = r_d - t26_d;
    const t27 = d * d;
    const t27_d = (d + d) * d_d;
    stack_d[top]! = d_d;
    stack[top++]! = d;
    const t28 = loss + t27;
    const t28_d = loss_d + t27_d;
    loss = t28;
    loss_d = t28_d;
  }
  const Wx_b = adj.Wx;
  const Wx_b_d = adj_d.Wx;
  const Wh_b = adj.Wh;
  const Wh_b_d = adj_d.Wh;
  const b_b = adj.b;
  const b_b_d = adj_d.b;
  const Wy_b = adj.Wy;
  const Wy_b_d = adj_d.Wy;
  const xs_b = adj.xs;
  const xs_b_d = adj_d.xs;
  const y_b = adj.y;
  const y_b_d = adj_d.y;
  let z_b = 0;
  let z_b_d = 0;
  let loss_b = seed;
  let r_b = 0;
  let r_b_d = 0;
  // grad of: for (let o = 0; o < y.length; o++)
  for (let o = t19 - 1; o >= 0; o--) {
    // grad of: loss += d * d
    const t27_b = loss_b;
    const d = stack[--top]!;
    const d_d = stack_d[top]!;
    const d_b = t27_b * (d + d);
    const d_b_d = t27_b * (2 * d_d);
    // grad of: const d = r - y[o]
    r_b += d_b;
    r_b_d += d_b_d;
    const t26_b = -d_b;
    const t26_b_d = -d_b_d;
    y_b[o]! += t26_b;
    y_b_d[o]! += t26_b_d;
    // grad of: for (let j = 0; j < H; j++)
    for (let j_2 = H - 1; j_2 >= 0; j_2--) {
      // grad of: r += Wy[o * H + j] * h[j]
      const t24_b = r_b;
      const t24_b_d = r_b_d;
      const t20 = o * H;
      const t21 = t20 + j_2;
      const t22 = Wy[t21]!;
      const t22_d = Wy_d[t21]!;
      const t23 = h[j_2]!;
      const t23_d = h_d[j_2]!;
      const t22_b = t24_b * t23;
      const t22_b_d = t23 * t24_b_d + t24_b * t23_d;
      const t23_b = t24_b * t22;
      const t23_b_d = t22 * t24_b_d + t24_b * t22_d;
      h_b[j_2]! += t23_b;
      h_b_d[j_2]! += t23_b_d;
      Wy_b[t21]! += t22_b;
      Wy_b_d[t21]! += t22_b_d;
    }
    // grad of: let r = 0
    r_b = 0;
    r_b_d = 0;
  }
  // grad of: for (let t = 0; t < T; t++)
  for (let t = Math.ceil(T) - 1; t >= 0; t--) {
    // grad of: h = next
    h_b_d = tape.popRef();
    h_b = tape.popRef();
    h_d = tape.popRef();
    h = tape.popRef();
    // grad of: for (let i = 0; i < H; i++)
    const next_b_d: Float64Array = tape.popRef();
    const next_b: Float64Array = tape.popRef();
    const next_d = tape.popRef();
    const next = tape.popRef();
    for (let i = H - 1; i >= 0; i--) {
      // grad of: next[i] = Math.tanh(z)
      next[i]! = stack[--top]!;
      next_d[i]! = stack_d[top]!;
      const t18_b = next_b[i]!;
      const t18_b_d = next_b_d[i]!;
      next_b[i]! = 0;
      next_b_d[i]! = 0;
      const t18 = stack[--top]!;
      const t18_d = stack_d[top]!;
      if (t18_b !== 0 || t18_b_d !== 0) {
        z_b += t18_b * (1 - t18 * t18);
        z_b_d += (1 - t18 * t18) * t18_b_d - t18_b * ((t18 + t18) * t18_d);
      }
      // grad of: for (let j = 0; j < H; j++)
      for (let j_1 = H - 1; j_1 >= 0; j_1--) {
        // grad of: z += Wh[i * H + j] * h[j]
        const t16_b = z_b;
        const t16_b_d = z_b_d;
        const t12 = i * H;
        const t13 = t12 + j_1;
        const t14 = Wh[t13]!;
        const t14_d = Wh_d[t13]!;
        const t15 = h[j_1]!;
        const t15_d = h_d[j_1]!;
        const t14_b = t16_b === 0 ? 0 : t16_b * t15;
        const t14_b_d = t16_b === 0 && t16_b_d === 0 ? 0 : t15 * t16_b_d + t16_b * t15_d;
        const t15_b = t16_b === 0 ? 0 : t16_b * t14;
        const t15_b_d = t16_b === 0 && t16_b_d === 0 ? 0 : t14 * t16_b_d + t16_b * t14_d;
        h_b[j_1]! += t15_b;
        h_b_d[j_1]! += t15_b_d;
        Wh_b[t13]! += t14_b;
        Wh_b_d[t13]! += t14_b_d;
      }
      // grad of: for (let j = 0; j < I; j++)
      for (let j = Math.ceil(I) - 1; j >= 0; j--) {
        // grad of: z += Wx[i * I + j] * xs[t * I + j]
        const t10_b = z_b;
        const t10_b_d = z_b_d;
        const t4 = i * I;
        const t5 = t4 + j;
        const t6 = Wx[t5]!;
        const t6_d = Wx_d[t5]!;
        const t7 = t * I;
        const t8 = t7 + j;
        const t9 = xs[t8]!;
        const t9_d = xs_d[t8]!;
        const t6_b = t10_b === 0 ? 0 : t10_b * t9;
        const t6_b_d = t10_b === 0 && t10_b_d === 0 ? 0 : t9 * t10_b_d + t10_b * t9_d;
        const t9_b = t10_b === 0 ? 0 : t10_b * t6;
        const t9_b_d = t10_b === 0 && t10_b_d === 0 ? 0 : t6 * t10_b_d + t10_b * t6_d;
        xs_b[t8]! += t9_b;
        xs_b_d[t8]! += t9_b_d;
        Wx_b[t5]! += t6_b;
        Wx_b_d[t5]! += t6_b_d;
      }
      // grad of: let z = b[i]
      const t3_b = z_b;
      const t3_b_d = z_b_d;
      z_b = 0;
      z_b_d = 0;
      b_b[i]! += t3_b;
      b_b_d[i]! += t3_b_d;
    }
  }
  tape.top = top;
  return {
    value: loss,
    grad: adj,
    hvp: adj_d
  };
}

/** elmanRebind's value, gradient and dense Hessian (row-major n×n over Wx's elements, then Wh's elements, then b's elements, then Wy's elements, then xs's elements, then y's elements), from n Hessian-vector products. */
export function elmanRebind_hessian(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array, xs: Float64Array, y: Float64Array): { value: number; grad: { Wx: Float64Array; Wh: Float64Array; b: Float64Array; Wy: Float64Array; xs: Float64Array; y: Float64Array }; hessian: Float64Array } {
  return denseHessian([['Wx', Wx.length], ['Wh', Wh.length], ['b', b.length], ['Wy', Wy.length], ['xs', xs.length], ['y', y.length]], (v: { Wx?: Float64Array; Wh?: Float64Array; b?: Float64Array; Wy?: Float64Array; xs?: Float64Array; y?: Float64Array }) => elmanRebind_hvp(Wx, Wh, b, Wy, xs, y, v));
}

/** bezierX's value; adds seed times its gradient into adj. */
export function bezierX_vjp(ctrl: Float64Array, t: number, adj: { ctrl: Float64Array; t: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  const t1 = ctrl.length;
  let pts: number[] = new Array(t1);
  let pts_b: number[] = listZeros(t1);
  for (let j = 0; j < t1; j++) {
    const t2 = ctrl[j]!;
    pts[j]! = t2;
  }
  let iters = 0;
  for (;;) {
    const t3 = pts.length;
    const t4 = t3 > 1;
    if (!t4) {
      break;
    }
    iters++;
    const next: number[] = [];
    const next_b: number[] = [];
    const t5 = pts.length;
    const t6 = t5 - 1;
    for (let i = 0; i < t6; i++) {
      const t7 = 1 - t;
      const t8 = pts[i]!;
      const t9 = t7 * t8;
      const t10 = i + 1;
      const t11 = pts[t10]!;
      const t12 = t * t11;
      const t13 = t9 + t12;
      next.push(t13);
      next_b.push(0);
    }
    tape.pushRef(next);
    tape.pushRef(next_b);
    if (top + 1 > stack.length) stack = tape.reserve(top, 1);
    stack[top++]! = t6;
    tape.pushRef(pts);
    tape.pushRef(pts_b);
    pts = next;
    pts_b = next_b;
  }
  const t14 = pts[0]!;
  const ctrl_b = adj.ctrl;
  let t_b = 0;
  const t14_b = seed;
  // grad of: return pts[0]
  pts_b[0]! += t14_b;
  // grad of: while (pts.length > 1)
  for (let k = iters; k > 0; k--) {
    // grad of: pts = next
    pts_b = tape.popRef();
    pts = tape.popRef();
    // grad of: for (let i = 0; i + 1 < pts.length; i++)
    const t6 = stack[--top]!;
    const next_b: number[] = tape.popRef();
    const next = tape.popRef();
    for (let i = t6 - 1; i >= 0; i--) {
      // grad of: next.push((1 - t) * pts[i] + t * pts[i + 1])
      const t13_b = next_b[next.length - 1]!;
      next.pop();
      const t9_b = t13_b;
      const t12_b = t13_b;
      const t10 = i + 1;
      const t11 = pts[t10]!;
      const t11_b = t12_b === 0 ? 0 : t12_b * t;
      if (t12_b !== 0) t_b += t12_b * t11;
      pts_b[t10]! += t11_b;
      const t7 = 1 - t;
      const t8 = pts[i]!;
      const t7_b = t9_b === 0 ? 0 : t9_b * t8;
      const t8_b = t9_b === 0 ? 0 : t9_b * t7;
      pts_b[i]! += t8_b;
      t_b -= t7_b;
    }
  }
  // grad of: let pts = Array.from(ctrl)
  for (let j = t1 - 1; j >= 0; j--) {
    const t2_b = pts_b[j]! ?? 0;
    pts_b[j]! = 0;
    ctrl_b[j]! += t2_b;
  }
  adj.t += t_b;
  tape.top = top;
  return t14;
}

/** bezierX's value and gradient. */
export function bezierX_grad(ctrl: Float64Array, t: number): { value: number; grad: { ctrl: Float64Array; t: number } } {
  const grad: { ctrl: Float64Array; t: number } = { ctrl: f64Zeros(ctrl.length), t: 0 };
  const value = bezierX_vjp(ctrl, t, grad);
  return { value, grad };
}

/** bezierX's value and its derivative along tangent (forward mode); a missing key of tangent is zero. */
export function bezierX_jvp(ctrl: Float64Array, t: number, tangent: { ctrl?: Float64Array; t?: number }): { value: number; tangent: number } {
  const ctrl_d = tangent.ctrl ?? new Float64Array(ctrl.length);
  const t_d = tangent.t ?? 0;
  const t1 = ctrl.length;
  let pts: number[] = new Array(t1);
  let pts_d: number[] = new Array(t1).fill(0);
  for (let j = 0; j < t1; j++) {
    const t2 = ctrl[j]!;
    const t2_d = ctrl_d[j]!;
    pts[j]! = t2;
    pts_d[j]! = t2_d;
  }
  for (;;) {
    const t3 = pts.length;
    const t4 = t3 > 1;
    if (!t4) {
      break;
    }
    const next: number[] = [];
    const next_d: number[] = [];
    const t5 = pts.length;
    const t6 = t5 - 1;
    for (let i = 0; i < t6; i++) {
      const t7 = 1 - t;
      const t7_d = -t_d;
      const t8 = pts[i]!;
      const t8_d = pts_d[i]!;
      const t9 = t7 * t8;
      const t9_d = t8 * t7_d + t7 * t8_d;
      const t10 = i + 1;
      const t11 = pts[t10]!;
      const t11_d = pts_d[t10]!;
      const t12 = t * t11;
      const t12_d = t11 * t_d + t * t11_d;
      const t13 = t9 + t12;
      const t13_d = t9_d + t12_d;
      next.push(t13);
      next_d.push(t13_d);
    }
    pts = next;
    pts_d = next_d;
  }
  const t14 = pts[0]!;
  const t14_d = pts_d[0]!;
  return {
    value: t14,
    tangent: t14_d
  };
}

/** bezierX's value, gradient, and Hessian times v (forward over reverse); a missing key of v is zero. */
export function bezierX_hvp(ctrl: Float64Array, t: number, v: { ctrl?: Float64Array; t?: number }): { value: number; grad: { ctrl: Float64Array; t: number }; hvp: { ctrl: Float64Array; t: number } } {
  const ctrl_d = v.ctrl ?? f64Zeros(ctrl.length);
  const t_d = v.t ?? 0;
  const adj: { ctrl: Float64Array; t: number } = {
    ctrl: f64Zeros(ctrl.length),
    t: 0
  };
  const adj_d: { ctrl: Float64Array; t: number } = {
    ctrl: f64Zeros(ctrl.length),
    t: 0
  };
  const seed: number = 1;
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let stack_d = tapeTangents(stack);
  let top = tape.top;
  const t1 = ctrl.length;
  let pts: number[] = new Array(t1);
  let pts_d: number[] = new Array(t1);
  let pts_b: number[] = listZeros(t1);
  let pts_b_d: number[] = listZeros(t1);
  for (let j = 0; j < t1; j++) {
    const t2 = ctrl[j]!;
    const t2_d = ctrl_d[j]!;
    pts[j]! = t2;
    pts_d[j]! = t2_d;
  }
  let iters = 0;
  for (;;) {
    const t3 = pts.length;
    const t4 = t3 > 1;
    if (!t4) {
      break;
    }
    iters++;
    const next: number[] = [];
    const next_d: number[] = [];
    const next_b: number[] = [];
    const next_b_d: number[] = [];
    const t5 = pts.length;
    const t6 = t5 - 1;
    const t6_d: number = 0;
    for (let i = 0; i < t6; i++) {
      const t7 = 1 - t;
      const t7_d = -t_d;
      const t8 = pts[i]!;
      const t8_d = pts_d[i]!;
      const t9 = t7 * t8;
      const t9_d = t8 * t7_d + t7 * t8_d;
      const t10 = i + 1;
      const t11 = pts[t10]!;
      const t11_d = pts_d[t10]!;
      const t12 = t * t11;
      const t12_d = t11 * t_d + t * t11_d;
      const t13 = t9 + t12;
      const t13_d = t9_d + t12_d;
      next.push(t13);
      next_d.push(t13_d);
      next_b.push(0);
      next_b_d.push(0);
    }
    tape.pushRef(next);
    tape.pushRef(next_d);
    tape.pushRef(next_b);
    tape.pushRef(next_b_d);
    if (top + 1 > stack.length) {
      stack = tape.reserve(top, 1);
      stack_d = tapeTangents(stack);
    }
    stack_d[top]! = t6_d;
    stack[top++]! = t6;
    tape.pushRef(pts);
    tape.pushRef(pts_d);
    tape.pushRef(pts_b);
    tape.pushRef(pts_b_d);
    pts = next;
    pts_d = next_d;
    pts_b = next_b;
    pts_b_d = next_b_d;
  }
  const t14 = pts[0]!;
  const t14_d = pts_d[0]!;
  const ctrl_b = adj.ctrl;
  const ctrl_b_d = adj_d.ctrl;
  let t_b = 0;
  let t_b_d = 0;
  const t14_b = seed;
  // grad of: return pts[0]
  pts_b[0]! += t14_b;
  // grad of: while (pts.length > 1)
  for (let k = iters; k > 0; k--) {
    // grad of: pts = next
    pts_b_d = tape.popRef();
    pts_b = tape.popRef();
    pts_d = tape.popRef();
    pts = tape.popRef();
    // grad of: for (let i = 0; i + 1 < pts.length; i++)
    const t6 = stack[--top]!;
    const t6_d = stack_d[top]!;
    const next_b_d: number[] = tape.popRef();
    const next_b: number[] = tape.popRef();
    const next_d = tape.popRef();
    const next = tape.popRef();
    for (let i = t6 - 1; i >= 0; i--) {
      // grad of: next.push((1 - t) * pts[i] + t * pts[i + 1])
      const t13_b = next_b[next.length - 1]!;
      const t13_b_d = next_b_d[next.length - 1]!;
      next.pop();
      const t9_b = t13_b;
      const t9_b_d = t13_b_d;
      const t12_b = t13_b;
      const t12_b_d = t13_b_d;
      const t10 = i + 1;
      const t11 = pts[t10]!;
      const t11_d = pts_d[t10]!;
      const t11_b = t12_b === 0 ? 0 : t12_b * t;
      const t11_b_d = t12_b === 0 && t12_b_d === 0 ? 0 : t * t12_b_d + t12_b * t_d;
      if (t12_b !== 0 || t12_b_d !== 0) {
        t_b += t12_b * t11;
        t_b_d += t11 * t12_b_d + t12_b * t11_d;
      }
      pts_b[t10]! += t11_b;
      pts_b_d[t10]! += t11_b_d;
      const t7 = 1 - t;
      const t7_d = -t_d;
      const t8 = pts[i]!;
      const t8_d = pts_d[i]!;
      const t7_b = t9_b === 0 ? 0 : t9_b * t8;
      const t7_b_d = t9_b === 0 && t9_b_d === 0 ? 0 : t8 * t9_b_d + t9_b * t8_d;
      const t8_b = t9_b === 0 ? 0 : t9_b * t7;
      const t8_b_d = t9_b === 0 && t9_b_d === 0 ? 0 : t7 * t9_b_d + t9_b * t7_d;
      pts_b[i]! += t8_b;
      pts_b_d[i]! += t8_b_d;
      t_b -= t7_b;
      t_b_d -= t7_b_d;
    }
  }
  // grad of: let pts = Array.from(ctrl)
  for (let j = t1 - 1; j >= 0; j--) {
    const t2_b = pts_b[j]! ?? 0;
    const t2_b_d = pts_b_d[j]! ?? 0;
    pts_b[j]! = 0;
    pts_b_d[j]! = 0;
    ctrl_b[j]! += t2_b;
    ctrl_b_d[j]! += t2_b_d;
  }
  adj.t += t_b;
  adj_d.t += t_b_d;
  tape.top = top;
  return {
    value: t14,
    grad: adj,
    hvp: adj_d
  };
}

/** bezierX's value, gradient and dense Hessian (row-major n×n over ctrl's elements, then t), from n Hessian-vector products. */
export function bezierX_hessian(ctrl: Float64Array, t: number): { value: number; grad: { ctrl: Float64Array; t: number }; hessian: Float64Array } {
  return denseHessian([['ctrl', ctrl.length], ['t', -1]], (v: { ctrl?: Float64Array; t?: number }) => bezierX_hvp(ctrl, t, v));
}

/** gruVec's value; adds seed times its gradient into adj. */
export function gruVec_vjp(xs: Float64Array, U: Float64Array, adj: { xs: Float64Array; U: Float64Array }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let h = new Float64Array(2);
  let h_b = f64Zeros(2);
  const t1 = xs.length;
  for (let t = 0; t < t1; t++) {
    const next = new Float64Array(2);
    const next_b = f64Zeros(2);
    if (top + 6 > stack.length) stack = tape.reserve(top, 6);
    {
      const k: number = 0;
      const t2 = 3 * k;
      const t3 = U[t2]!;
      const t4 = xs[t]!;
      const t5 = t3 * t4;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t8 = h[0]!;
      const t9 = t7 * t8;
      const t10 = t5 + t9;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t13 = h[1]!;
      const t14 = t12 * t13;
      const pre = t10 + t14;
      const t15 = Math.tanh(pre);
      stack[top++]! = t15;
      stack[top++]! = next[k]!;
      next[k]! = t15;
    }
    {
      const k: number = 1;
      const t2 = 3 * k;
      const t3 = U[t2]!;
      const t4 = xs[t]!;
      const t5 = t3 * t4;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t8 = h[0]!;
      const t9 = t7 * t8;
      const t10 = t5 + t9;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t13 = h[1]!;
      const t14 = t12 * t13;
      const pre = t10 + t14;
      const t15 = Math.tanh(pre);
      stack[top++]! = t15;
      stack[top++]! = next[k]!;
      next[k]! = t15;
    }
    tape.pushRef(next);
    tape.pushRef(next_b);
    tape.pushRef(h);
    tape.pushRef(h_b);
    h = next;
    h_b = next_b;
  }
  const t16 = h[0]!;
  const t17 = h[1]!;
  const t18 = t16 - t17;
  const xs_b = adj.xs;
  const U_b = adj.U;
  const t18_b = seed;
  // grad of: return h[0] - h[1]
  const t16_b = t18_b;
  const t17_b = -t18_b;
  h_b[1]! += t17_b;
  h_b[0]! += t16_b;
  // grad of: for (let t = 0; t < xs.length; t++)
  for (let t = t1 - 1; t >= 0; t--) {
    // grad of: h = next
    h_b = tape.popRef();
    h = tape.popRef();
    // grad of: for (let k = 0; k < 2; k++)
    const next_b: Float64Array = tape.popRef();
    const next = tape.popRef();
    let xs_b_acc = 0;
    {
      const k: number = 1;
      // grad of: next[k] = Math.tanh(pre)
      next[k]! = stack[--top]!;
      const t15_b = next_b[k]!;
      next_b[k]! = 0;
      const t15 = stack[--top]!;
      const pre_b = t15_b === 0 ? 0 : t15_b * (1 - t15 * t15);
      // grad of: const pre = U[3 * k] * xs[t] + U[3 * k + 1] * h[0] + U[3 * k + 2] * h[1]
      const t10_b = pre_b;
      const t14_b = pre_b;
      const t2 = 3 * k;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t13 = h[1]!;
      const t12_b = t14_b === 0 ? 0 : t14_b * t13;
      const t13_b = t14_b === 0 ? 0 : t14_b * t12;
      h_b[1]! += t13_b;
      U_b[t11]! += t12_b;
      const t5_b = t10_b;
      const t9_b = t10_b;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t8 = h[0]!;
      const t7_b = t9_b === 0 ? 0 : t9_b * t8;
      const t8_b = t9_b === 0 ? 0 : t9_b * t7;
      h_b[0]! += t8_b;
      U_b[t6]! += t7_b;
      const t3 = U[t2]!;
      const t4 = xs[t]!;
      const t3_b = t5_b === 0 ? 0 : t5_b * t4;
      const t4_b = t5_b === 0 ? 0 : t5_b * t3;
      xs_b_acc += t4_b;
      U_b[t2]! += t3_b;
    }
    {
      const k: number = 0;
      // grad of: next[k] = Math.tanh(pre)
      next[k]! = stack[--top]!;
      const t15_b = next_b[k]!;
      next_b[k]! = 0;
      const t15 = stack[--top]!;
      const pre_b = t15_b === 0 ? 0 : t15_b * (1 - t15 * t15);
      // grad of: const pre = U[3 * k] * xs[t] + U[3 * k + 1] * h[0] + U[3 * k + 2] * h[1]
      const t10_b = pre_b;
      const t14_b = pre_b;
      const t2 = 3 * k;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t13 = h[1]!;
      const t12_b = t14_b === 0 ? 0 : t14_b * t13;
      const t13_b = t14_b === 0 ? 0 : t14_b * t12;
      h_b[1]! += t13_b;
      U_b[t11]! += t12_b;
      const t5_b = t10_b;
      const t9_b = t10_b;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t8 = h[0]!;
      const t7_b = t9_b === 0 ? 0 : t9_b * t8;
      const t8_b = t9_b === 0 ? 0 : t9_b * t7;
      h_b[0]! += t8_b;
      U_b[t6]! += t7_b;
      const t3 = U[t2]!;
      const t4 = xs[t]!;
      const t3_b = t5_b === 0 ? 0 : t5_b * t4;
      const t4_b = t5_b === 0 ? 0 : t5_b * t3;
      xs_b_acc += t4_b;
      U_b[t2]! += t3_b;
    }
    xs_b[t]! += xs_b_acc;
  }
  tape.top = top;
  return t18;
}

/** gruVec's value and gradient. */
export function gruVec_grad(xs: Float64Array, U: Float64Array): { value: number; grad: { xs: Float64Array; U: Float64Array } } {
  const grad: { xs: Float64Array; U: Float64Array } = { xs: f64Zeros(xs.length), U: f64Zeros(U.length) };
  const value = gruVec_vjp(xs, U, grad);
  return { value, grad };
}

/** gruVec's value and its derivative along tangent (forward mode); a missing key of tangent is zero. */
export function gruVec_jvp(xs: Float64Array, U: Float64Array, tangent: { xs?: Float64Array; U?: Float64Array }): { value: number; tangent: number } {
  const xs_d = tangent.xs ?? new Float64Array(xs.length);
  const U_d = tangent.U ?? new Float64Array(U.length);
  let h = new Float64Array(2);
  let h_d = new Float64Array(2);
  const t1 = xs.length;
  for (let t = 0; t < t1; t++) {
    const next = new Float64Array(2);
    const next_d = new Float64Array(2);
    {
      const k: number = 0;
      const t2 = 3 * k;
      const t3 = U[t2]!;
      const t3_d = U_d[t2]!;
      const t4 = xs[t]!;
      const t4_d = xs_d[t]!;
      const t5 = t3 * t4;
      const t5_d = t4 * t3_d + t3 * t4_d;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t7_d = U_d[t6]!;
      const t8 = h[0]!;
      const t8_d = h_d[0]!;
      const t9 = t7 * t8;
      const t9_d = t8 * t7_d + t7 * t8_d;
      const t10 = t5 + t9;
      const t10_d = t5_d + t9_d;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t12_d = U_d[t11]!;
      const t13 = h[1]!;
      const t13_d = h_d[1]!;
      const t14 = t12 * t13;
      const t14_d = t13 * t12_d + t12 * t13_d;
      const pre = t10 + t14;
      const pre_d = t10_d + t14_d;
      const t15 = Math.tanh(pre);
      const t15_d = (1 - t15 * t15) * pre_d;
      next[k]! = t15;
      next_d[k]! = t15_d;
    }
    {
      const k: number = 1;
      const t2 = 3 * k;
      const t3 = U[t2]!;
      const t3_d = U_d[t2]!;
      const t4 = xs[t]!;
      const t4_d = xs_d[t]!;
      const t5 = t3 * t4;
      const t5_d = t4 * t3_d + t3 * t4_d;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t7_d = U_d[t6]!;
      const t8 = h[0]!;
      const t8_d = h_d[0]!;
      const t9 = t7 * t8;
      const t9_d = t8 * t7_d + t7 * t8_d;
      const t10 = t5 + t9;
      const t10_d = t5_d + t9_d;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t12_d = U_d[t11]!;
      const t13 = h[1]!;
      const t13_d = h_d[1]!;
      const t14 = t12 * t13;
      const t14_d = t13 * t12_d + t12 * t13_d;
      const pre = t10 + t14;
      const pre_d = t10_d + t14_d;
      const t15 = Math.tanh(pre);
      const t15_d = (1 - t15 * t15) * pre_d;
      next[k]! = t15;
      next_d[k]! = t15_d;
    }
    h = next;
    h_d = next_d;
  }
  const t16 = h[0]!;
  const t16_d = h_d[0]!;
  const t17 = h[1]!;
  const t17_d = h_d[1]!;
  const t18 = t16 - t17;
  const t18_d = t16_d - t17_d;
  return {
    value: t18,
    tangent: t18_d
  };
}

/** gruVec's value, gradient, and Hessian times v (forward over reverse); a missing key of v is zero. */
export function gruVec_hvp(xs: Float64Array, U: Float64Array, v: { xs?: Float64Array; U?: Float64Array }): { value: number; grad: { xs: Float64Array; U: Float64Array }; hvp: { xs: Float64Array; U: Float64Array } } {
  const xs_d = v.xs ?? f64Zeros(xs.length);
  const U_d = v.U ?? f64Zeros(U.length);
  const adj: { xs: Float64Array; U: Float64Array } = {
    xs: f64Zeros(xs.length),
    U: f64Zeros(U.length)
  };
  const adj_d: { xs: Float64Array; U: Float64Array } = {
    xs: f64Zeros(xs.length),
    U: f64Zeros(U.length)
  };
  const seed: number = 1;
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let stack_d = tapeTangents(stack);
  let top = tape.top;
  let h = new Float64Array(2);
  let h_d = new Float64Array(2);
  let h_b = f64Zeros(2);
  let h_b_d = f64Zeros(2);
  const t1 = xs.length;
  for (let t = 0; t < t1; t++) {
    const next = new Float64Array(2);
    const next_d = new Float64Array(2);
    const next_b = f64Zeros(2);
    const next_b_d = f64Zeros(2);
    if (top + 6 > stack.length) {
      stack = tape.reserve(top, 6);
      stack_d = tapeTangents(stack);
    }
    {
      const k: number = 0;
      const t2 = 3 * k;
      const t3 = U[t2]!;
      const t3_d = U_d[t2]!;
      const t4 = xs[t]!;
      const t4_d = xs_d[t]!;
      const t5 = t3 * t4;
      const t5_d = t4 * t3_d + t3 * t4_d;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t7_d = U_d[t6]!;
      const t8 = h[0]!;
      const t8_d = h_d[0]!;
      const t9 = t7 * t8;
      const t9_d = t8 * t7_d + t7 * t8_d;
      const t10 = t5 + t9;
      const t10_d = t5_d + t9_d;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t12_d = U_d[t11]!;
      const t13 = h[1]!;
      const t13_d = h_d[1]!;
      const t14 = t12 * t13;
      const t14_d = t13 * t12_d + t12 * t13_d;
      const pre = t10 + t14;
      const pre_d = t10_d + t14_d;
      const t15 = Math.tanh(pre);
      const t15_d = (1 - t15 * t15) * pre_d;
      stack_d[top]! = t15_d;
      stack[top++]! = t15;
      stack_d[top]! = next_d[k]!;
      stack[top++]! = next[k]!;
      next[k]! = t15;
      next_d[k]! = t15_d;
    }
    {
      const k: number = 1;
      const t2 = 3 * k;
      const t3 = U[t2]!;
      const t3_d = U_d[t2]!;
      const t4 = xs[t]!;
      const t4_d = xs_d[t]!;
      const t5 = t3 * t4;
      const t5_d = t4 * t3_d + t3 * t4_d;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t7_d = U_d[t6]!;
      const t8 = h[0]!;
      const t8_d = h_d[0]!;
      const t9 = t7 * t8;
      const t9_d = t8 * t7_d + t7 * t8_d;
      const t10 = t5 + t9;
      const t10_d = t5_d + t9_d;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t12_d = U_d[t11]!;
      const t13 = h[1]!;
      const t13_d = h_d[1]!;
      const t14 = t12 * t13;
      const t14_d = t13 * t12_d + t12 * t13_d;
      const pre = t10 + t14;
      const pre_d = t10_d + t14_d;
      const t15 = Math.tanh(pre);
      const t15_d = (1 - t15 * t15) * pre_d;
      stack_d[top]! = t15_d;
      stack[top++]! = t15;
      stack_d[top]! = next_d[k]!;
      stack[top++]! = next[k]!;
      next[k]! = t15;
      next_d[k]! = t15_d;
    }
    tape.pushRef(next);
    tape.pushRef(next_d);
    tape.pushRef(next_b);
    tape.pushRef(next_b_d);
    tape.pushRef(h);
    tape.pushRef(h_d);
    tape.pushRef(h_b);
    tape.pushRef(h_b_d);
    h = next;
    h_d = next_d;
    h_b = next_b;
    h_b_d = next_b_d;
  }
  const t16 = h[0]!;
  const t16_d = h_d[0]!;
  const t17 = h[1]!;
  const t17_d = h_d[1]!;
  const t18 = t16 - t17;
  const t18_d = t16_d - t17_d;
  const xs_b = adj.xs;
  const xs_b_d = adj_d.xs;
  const U_b = adj.U;
  const U_b_d = adj_d.U;
  const t18_b = seed;
  // grad of: return h[0] - h[1]
  const t16_b = t18_b;
  const t17_b = -t18_b;
  h_b[1]! += t17_b;
  h_b[0]! += t16_b;
  // grad of: for (let t = 0; t < xs.length; t++)
  for (let t = t1 - 1; t >= 0; t--) {
    // grad of: h = next
    h_b_d = tape.popRef();
    h_b = tape.popRef();
    h_d = tape.popRef();
    h = tape.popRef();
    // grad of: for (let k = 0; k < 2; k++)
    const next_b_d: Float64Array = tape.popRef();
    const next_b: Float64Array = tape.popRef();
    const next_d = tape.popRef();
    const next = tape.popRef();
    let xs_b_acc = 0;
    let xs_b_acc_d = 0;
    {
      const k: number = 1;
      // grad of: next[k] = Math.tanh(pre)
      next[k]! = stack[--top]!;
      next_d[k]! = stack_d[top]!;
      const t15_b = next_b[k]!;
      const t15_b_d = next_b_d[k]!;
      next_b[k]! = 0;
      next_b_d[k]! = 0;
      const t15 = stack[--top]!;
      const t15_d = stack_d[top]!;
      const pre_b = t15_b === 0 ? 0 : t15_b * (1 - t15 * t15);
      const pre_b_d = t15_b === 0 && t15_b_d === 0 ? 0 : (1 - t15 * t15) * t15_b_d - t15_b * ((t15 + t15) * t15_d);
      // grad of: const pre = U[3 * k] * xs[t] + U[3 * k + 1] * h[0] + U[3 * k + 2] * h[1]
      const t10_b = pre_b;
      const t10_b_d = pre_b_d;
      const t14_b = pre_b;
      const t14_b_d = pre_b_d;
      const t2 = 3 * k;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t12_d = U_d[t11]!;
      const t13 = h[1]!;
      const t13_d = h_d[1]!;
      const t12_b = t14_b === 0 ? 0 : t14_b * t13;
      const t12_b_d = t14_b === 0 && t14_b_d === 0 ? 0 : t13 * t14_b_d + t14_b * t13_d;
      const t13_b = t14_b === 0 ? 0 : t14_b * t12;
      const t13_b_d = t14_b === 0 && t14_b_d === 0 ? 0 : t12 * t14_b_d + t14_b * t12_d;
      h_b[1]! += t13_b;
      h_b_d[1]! += t13_b_d;
      U_b[t11]! += t12_b;
      U_b_d[t11]! += t12_b_d;
      const t5_b = t10_b;
      const t5_b_d = t10_b_d;
      const t9_b = t10_b;
      const t9_b_d = t10_b_d;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t7_d = U_d[t6]!;
      const t8 = h[0]!;
      const t8_d = h_d[0]!;
      const t7_b = t9_b === 0 ? 0 : t9_b * t8;
      const t7_b_d = t9_b === 0 && t9_b_d === 0 ? 0 : t8 * t9_b_d + t9_b * t8_d;
      const t8_b = t9_b === 0 ? 0 : t9_b * t7;
      const t8_b_d = t9_b === 0 && t9_b_d === 0 ? 0 : t7 * t9_b_d + t9_b * t7_d;
      h_b[0]! += t8_b;
      h_b_d[0]! += t8_b_d;
      U_b[t6]! += t7_b;
      U_b_d[t6]! += t7_b_d;
      const t3 = U[t2]!;
      const t3_d = U_d[t2]!;
      const t4 = xs[t]!;
      const t4_d = xs_d[t]!;
      const t3_b = t5_b === 0 ? 0 : t5_b * t4;
      const t3_b_d = t5_b === 0 && t5_b_d === 0 ? 0 : t4 * t5_b_d + t5_b * t4_d;
      const t4_b = t5_b === 0 ? 0 : t5_b * t3;
      const t4_b_d = t5_b === 0 && t5_b_d === 0 ? 0 : t3 * t5_b_d + t5_b * t3_d;
      xs_b_acc += t4_b;
      xs_b_acc_d += t4_b_d;
      U_b[t2]! += t3_b;
      U_b_d[t2]! += t3_b_d;
    }
    {
      const k: number = 0;
      // grad of: next[k] = Math.tanh(pre)
      next[k]! = stack[--top]!;
      next_d[k]! = stack_d[top]!;
      const t15_b = next_b[k]!;
      const t15_b_d = next_b_d[k]!;
      next_b[k]! = 0;
      next_b_d[k]! = 0;
      const t15 = stack[--top]!;
      const t15_d = stack_d[top]!;
      const pre_b = t15_b === 0 ? 0 : t15_b * (1 - t15 * t15);
      const pre_b_d = t15_b === 0 && t15_b_d === 0 ? 0 : (1 - t15 * t15) * t15_b_d - t15_b * ((t15 + t15) * t15_d);
      // grad of: const pre = U[3 * k] * xs[t] + U[3 * k + 1] * h[0] + U[3 * k + 2] * h[1]
      const t10_b = pre_b;
      const t10_b_d = pre_b_d;
      const t14_b = pre_b;
      const t14_b_d = pre_b_d;
      const t2 = 3 * k;
      const t11 = t2 + 2;
      const t12 = U[t11]!;
      const t12_d = U_d[t11]!;
      const t13 = h[1]!;
      const t13_d = h_d[1]!;
      const t12_b = t14_b === 0 ? 0 : t14_b * t13;
      const t12_b_d = t14_b === 0 && t14_b_d === 0 ? 0 : t13 * t14_b_d + t14_b * t13_d;
      const t13_b = t14_b === 0 ? 0 : t14_b * t12;
      const t13_b_d = t14_b === 0 && t14_b_d === 0 ? 0 : t12 * t14_b_d + t14_b * t12_d;
      h_b[1]! += t13_b;
      h_b_d[1]! += t13_b_d;
      U_b[t11]! += t12_b;
      U_b_d[t11]! += t12_b_d;
      const t5_b = t10_b;
      const t5_b_d = t10_b_d;
      const t9_b = t10_b;
      const t9_b_d = t10_b_d;
      const t6 = t2 + 1;
      const t7 = U[t6]!;
      const t7_d = U_d[t6]!;
      const t8 = h[0]!;
      const t8_d = h_d[0]!;
      const t7_b = t9_b === 0 ? 0 : t9_b * t8;
      const t7_b_d = t9_b === 0 && t9_b_d === 0 ? 0 : t8 * t9_b_d + t9_b * t8_d;
      const t8_b = t9_b === 0 ? 0 : t9_b * t7;
      const t8_b_d = t9_b === 0 && t9_b_d === 0 ? 0 : t7 * t9_b_d + t9_b * t7_d;
      h_b[0]! += t8_b;
      h_b_d[0]! += t8_b_d;
      U_b[t6]! += t7_b;
      U_b_d[t6]! += t7_b_d;
      const t3 = U[t2]!;
      const t3_d = U_d[t2]!;
      const t4 = xs[t]!;
      const t4_d = xs_d[t]!;
      const t3_b = t5_b === 0 ? 0 : t5_b * t4;
      const t3_b_d = t5_b === 0 && t5_b_d === 0 ? 0 : t4 * t5_b_d + t5_b * t4_d;
      const t4_b = t5_b === 0 ? 0 : t5_b * t3;
      const t4_b_d = t5_b === 0 && t5_b_d === 0 ? 0 : t3 * t5_b_d + t5_b * t3_d;
      xs_b_acc += t4_b;
      xs_b_acc_d += t4_b_d;
      U_b[t2]! += t3_b;
      U_b_d[t2]! += t3_b_d;
    }
    xs_b[t]! += xs_b_acc;
    xs_b_d[t]! += xs_b_acc_d;
  }
  tape.top = top;
  return {
    value: t18,
    grad: adj,
    hvp: adj_d
  };
}

/** gruVec's value, gradient and dense Hessian (row-major n×n over xs's elements, then U's elements), from n Hessian-vector products. */
export function gruVec_hessian(xs: Float64Array, U: Float64Array): { value: number; grad: { xs: Float64Array; U: Float64Array }; hessian: Float64Array } {
  return denseHessian([['xs', xs.length], ['U', U.length]], (v: { xs?: Float64Array; U?: Float64Array }) => gruVec_hvp(xs, U, v));
}

/** smoothPasses's value; adds seed times its gradient into adj. */
export function smoothPasses_vjp(xs: number[], lam: number, adj: { xs: Float64Array; lam: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  const t1 = xs.length;
  let cur: number[] = new Array(t1);
  let cur_b: number[] = listZeros(t1);
  for (let j = 0; j < t1; j++) {
    const t2 = xs[j]!;
    cur[j]! = t2;
  }
  if (top + 4 > stack.length) stack = tape.reserve(top, 4);
  for (let pass = 0; pass < 3; pass++) {
    const next: number[] = [];
    const next_b: number[] = [];
    const t3 = cur.length;
    for (let i = 0; i < t3; i++) {
      const t4 = i - 1;
      const t5 = Math.max(t4, 0);
      const l = cur[t5]!;
      const t6 = i + 1;
      const t7 = cur.length;
      const t8 = t7 - 1;
      const t9 = Math.min(t6, t8);
      const r = cur[t9]!;
      const t10 = cur[i]!;
      const t11 = l + r;
      const t12 = 2 * t10;
      const t13 = t11 - t12;
      const t14 = lam * t13;
      const t15 = t10 + t14;
      next.push(t15);
      next_b.push(0);
    }
    tape.pushRef(next);
    tape.pushRef(next_b);
    stack[top++]! = t3;
    tape.pushRef(cur);
    tape.pushRef(cur_b);
    cur = next;
    cur_b = next_b;
  }
  let s = 0;
  const t16 = cur.length;
  const items = cur;
  const items_b = cur_b;
  const xs_b = adj.xs;
  let lam_b = 0;
  let s_b = seed;
  // forward and reverse of each iteration together: the loop only adds into the result
  for (let i_1 = 0; i_1 < t16; i_1++) {
    const v = items[i_1]!;
    const t17 = v * v;
    const t18 = t17 * v;
    const t19 = s + t18;
    s = t19;
    // the reverse of this iteration
    // grad of: s += v * v * v
    const t18_b = s_b;
    const t17_b = t18_b * v;
    let v_b = t18_b * t17;
    v_b += t17_b * (v + v);
    // grad of: for (const v of cur)
    items_b[i_1]! += v_b;
  }
  // grad of: for (let pass = 0; pass < 3; pass++)
  for (let pass = 2; pass >= 0; pass--) {
    // grad of: cur = next
    cur_b = tape.popRef();
    cur = tape.popRef();
    // grad of: for (let i = 0; i < cur.length; i++)
    const t3 = stack[--top]!;
    const next_b: number[] = tape.popRef();
    const next = tape.popRef();
    for (let i = t3 - 1; i >= 0; i--) {
      // grad of: next.push(cur[i] + lam * (l + r - 2 * cur[i]))
      const t15_b = next_b[next.length - 1]!;
      next.pop();
      let t10_b = t15_b;
      const t14_b = t15_b;
      const t4 = i - 1;
      const t5 = Math.max(t4, 0);
      const l = cur[t5]!;
      const t6 = i + 1;
      const t7 = cur.length;
      const t8 = t7 - 1;
      const t9 = Math.min(t6, t8);
      const r = cur[t9]!;
      const t11 = l + r;
      const t10 = cur[i]!;
      const t12 = 2 * t10;
      const t13 = t11 - t12;
      const t13_b = t14_b === 0 ? 0 : t14_b * lam;
      if (t14_b !== 0) lam_b += t14_b * t13;
      const t11_b = t13_b;
      const t12_b = -t13_b;
      t10_b += t12_b * 2;
      const l_b = t11_b;
      const r_b = t11_b;
      cur_b[i]! += t10_b;
      // grad of: const l = cur[Math.max(i - 1, 0)], r = cur[Math.min(i + 1, cur.length - 1)]
      cur_b[t9]! += r_b;
      cur_b[t5]! += l_b;
    }
  }
  // grad of: let cur = xs
  for (let j = t1 - 1; j >= 0; j--) {
    const t2_b = cur_b[j]! ?? 0;
    cur_b[j]! = 0;
    xs_b[j]! += t2_b;
  }
  adj.lam += lam_b;
  tape.top = top;
  return s;
}

/** smoothPasses's value and gradient. */
export function smoothPasses_grad(xs: number[], lam: number): { value: number; grad: { xs: Float64Array; lam: number } } {
  const grad: { xs: Float64Array; lam: number } = { xs: f64Zeros(xs.length), lam: 0 };
  const value = smoothPasses_vjp(xs, lam, grad);
  return { value, grad };
}

/** smoothPasses's value and its derivative along tangent (forward mode); a missing key of tangent is zero. */
export function smoothPasses_jvp(xs: number[], lam: number, tangent: { xs?: Float64Array | number[]; lam?: number }): { value: number; tangent: number } {
  const xs_d = tangent.xs ?? new Float64Array(xs.length);
  const lam_d = tangent.lam ?? 0;
  const t1 = xs.length;
  let cur: number[] = new Array(t1);
  let cur_d: number[] = new Array(t1).fill(0);
  for (let j = 0; j < t1; j++) {
    const t2 = xs[j]!;
    const t2_d = xs_d[j]!;
    cur[j]! = t2;
    cur_d[j]! = t2_d;
  }
  for (let pass = 0; pass < 3; pass++) {
    const next: number[] = [];
    const next_d: number[] = [];
    const t3 = cur.length;
    for (let i = 0; i < t3; i++) {
      const t4 = i - 1;
      const t5 = Math.max(t4, 0);
      const l = cur[t5]!;
      const l_d = cur_d[t5]!;
      const t6 = i + 1;
      const t7 = cur.length;
      const t8 = t7 - 1;
      const t9 = Math.min(t6, t8);
      const r = cur[t9]!;
      const r_d = cur_d[t9]!;
      const t10 = cur[i]!;
      const t10_d = cur_d[i]!;
      const t11 = l + r;
      const t11_d = l_d + r_d;
      const t12 = 2 * t10;
      const t12_d = 2 * t10_d;
      const t13 = t11 - t12;
      const t13_d = t11_d - t12_d;
      const t14 = lam * t13;
      const t14_d = t13 * lam_d + lam * t13_d;
      const t15 = t10 + t14;
      const t15_d = t10_d + t14_d;
      next.push(t15);
      next_d.push(t15_d);
    }
    cur = next;
    cur_d = next_d;
  }
  let s = 0;
  let s_d = 0;
  const t16 = cur.length;
  const items = cur;
  const items_d = cur_d;
  for (let i_1 = 0; i_1 < t16; i_1++) {
    const v = items[i_1]!;
    const v_d = items_d[i_1]!;
    const t17 = v * v;
    const t17_d = (v + v) * v_d;
    const t18 = t17 * v;
    const t18_d = v * t17_d + t17 * v_d;
    const t19 = s + t18;
    const t19_d = s_d + t18_d;
    s = t19;
    s_d = t19_d;
  }
  return {
    value: s,
    tangent: s_d
  };
}

/** smoothPasses's value, gradient, and Hessian times v1 (forward over reverse); a missing key of v1 is zero. */
export function smoothPasses_hvp(xs: number[], lam: number, v1: { xs?: Float64Array | number[]; lam?: number }): { value: number; grad: { xs: Float64Array; lam: number }; hvp: { xs: Float64Array; lam: number } } {
  const xs_d = v1.xs ?? f64Zeros(xs.length);
  const lam_d = v1.lam ?? 0;
  const adj: { xs: Float64Array; lam: number } = {
    xs: f64Zeros(xs.length),
    lam: 0
  };
  const adj_d: { xs: Float64Array; lam: number } = {
    xs: f64Zeros(xs.length),
    lam: 0
  };
  const seed: number = 1;
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let stack_d = tapeTangents(stack);
  let top = tape.top;
  const t1 = xs.length;
  let cur: number[] = new Array(t1);
  let cur_d: number[] = new Array(t1);
  let cur_b: number[] = listZeros(t1);
  let cur_b_d: number[] = listZeros(t1);
  for (let j = 0; j < t1; j++) {
    const t2 = xs[j]!;
    const t2_d = xs_d[j]!;
    cur[j]! = t2;
    cur_d[j]! = t2_d;
  }
  if (top + 4 > stack.length) {
    stack = tape.reserve(top, 4);
    stack_d = tapeTangents(stack);
  }
  for (let pass = 0; pass < 3; pass++) {
    const next: number[] = [];
    const next_d: number[] = [];
    const next_b: number[] = [];
    const next_b_d: number[] = [];
    const t3 = cur.length;
    const t3_d: number = 0;
    for (let i = 0; i < t3; i++) {
      const t4 = i - 1;
      const t5 = Math.max(t4, 0);
      const l = cur[t5]!;
      const l_d = cur_d[t5]!;
      const t6 = i + 1;
      const t7 = cur.length;
      const t8 = t7 - 1;
      const t9 = Math.min(t6, t8);
      const r = cur[t9]!;
      const r_d = cur_d[t9]!;
      const t10 = cur[i]!;
      const t10_d = cur_d[i]!;
      const t11 = l + r;
      const t11_d = l_d + r_d;
      const t12 = 2 * t10;
      const t12_d = 2 * t10_d;
      const t13 = t11 - t12;
      const t13_d = t11_d - t12_d;
      const t14 = lam * t13;
      const t14_d = t13 * lam_d + lam * t13_d;
      const t15 = t10 + t14;
      const t15_d = t10_d + t14_d;
      next.push(t15);
      next_d.push(t15_d);
      next_b.push(0);
      next_b_d.push(0);
    }
    tape.pushRef(next);
    tape.pushRef(next_d);
    tape.pushRef(next_b);
    tape.pushRef(next_b_d);
    stack_d[top]! = t3_d;
    stack[top++]! = t3;
    tape.pushRef(cur);
    tape.pushRef(cur_d);
    tape.pushRef(cur_b);
    tape.pushRef(cur_b_d);
    cur = next;
    cur_d = next_d;
    cur_b = next_b;
    cur_b_d = next_b_d;
  }
  let s = 0;
  let s_d = 0;
  const t16 = cur.length;
  const items = cur;
  const items_d = cur_d;
  const items_b = cur_b;
  const items_b_d = cur_b_d;
  const xs_b = adj.xs;
  const xs_b_d = adj_d.xs;
  let lam_b = 0;
  let lam_b_d = 0;
  let s_b = seed;
  // forward and reverse of each iteration together: the loop only adds into the result
  for (let i_1 = 0; i_1 < t16; i_1++) {
    const v = items[i_1]!;
    const v_d = items_d[i_1]!;
    const t17 = v * v;
    const t17_d = (v + v) * v_d;
    const t18 = t17 * v;
    const t18_d = v * t17_d + t17 * v_d;
    const t19 = s + t18;
    const t19_d = s_d + t18_d;
    s = t19;
    s_d = t19_d;
    // the reverse of this iteration
    // grad of: s += v * v * v
    const t18_b = s_b;
    const t17_b = t18_b * v;
    const t17_b_d = t18_b * v_d;
    let v_b = t18_b * t17;
    let v_b_d = t18_b * t17_d;
    v_b += t17_b * (v + v);
    v_b_d += (v + v) * t17_b_d + t17_b * (2 * v_d);
    // grad of: for (const v of cur)
    items_b[i_1]! += v_b;
    items_b_d[i_1]! += v_b_d;
  }
  // grad of: for (let pass = 0; pass < 3; pass++)
  for (let pass = 2; pass >= 0; pass--) {
    // grad of: cur = next
    cur_b_d = tape.popRef();
    cur_b = tape.popRef();
    cur_d = tape.popRef();
    cur = tape.popRef();
    // grad of: for (let i = 0; i < cur.length; i++)
    const t3 = stack[--top]!;
    const t3_d = stack_d[top]!;
    const next_b_d: number[] = tape.popRef();
    const next_b: number[] = tape.popRef();
    const next_d = tape.popRef();
    const next = tape.popRef();
    for (let i = t3 - 1; i >= 0; i--) {
      // grad of: next.push(cur[i] + lam * (l + r - 2 * cur[i]))
      const t15_b = next_b[next.length - 1]!;
      const t15_b_d = next_b_d[next.length - 1]!;
      next.pop();
      let t10_b = t15_b;
      let t10_b_d = t15_b_d;
      const t14_b = t15_b;
      const t14_b_d = t15_b_d;
      const t4 = i - 1;
      const t5 = Math.max(t4, 0);
      const l = cur[t5]!;
      const l_d = cur_d[t5]!;
      const t6 = i + 1;
      const t7 = cur.length;
      const t8 = t7 - 1;
      const t9 = Math.min(t6, t8);
      const r = cur[t9]!;
      const r_d = cur_d[t9]!;
      const t11 = l + r;
      const t11_d = l_d + r_d;
      const t10 = cur[i]!;
      const t10_d = cur_d[i]!;
      const t12 = 2 * t10;
      const t12_d = 2 * t10_d;
      const t13 = t11 - t12;
      const t13_d = t11_d - t12_d;
      const t13_b = t14_b === 0 ? 0 : t14_b * lam;
      const t13_b_d = t14_b === 0 && t14_b_d === 0 ? 0 : lam * t14_b_d + t14_b * lam_d;
      if (t14_b !== 0 || t14_b_d !== 0) {
        lam_b += t14_b * t13;
        lam_b_d += t13 * t14_b_d + t14_b * t13_d;
      }
      const t11_b = t13_b;
      const t11_b_d = t13_b_d;
      const t12_b = -t13_b;
      const t12_b_d = -t13_b_d;
      t10_b += t12_b * 2;
      t10_b_d += 2 * t12_b_d;
      const l_b = t11_b;
      const l_b_d = t11_b_d;
      const r_b = t11_b;
      const r_b_d = t11_b_d;
      cur_b[i]! += t10_b;
      cur_b_d[i]! += t10_b_d;
      // grad of: const l = cur[Math.max(i - 1, 0)], r = cur[Math.min(i + 1, cur.length - 1)]
      cur_b[t9]! += r_b;
      cur_b_d[t9]! += r_b_d;
      cur_b[t5]! += l_b;
      cur_b_d[t5]! += l_b_d;
    }
  }
  // grad of: let cur = xs
  for (let j = t1 - 1; j >= 0; j--) {
    const t2_b = cur_b[j]! ?? 0;
    const t2_b_d = cur_b_d[j]! ?? 0;
    cur_b[j]! = 0;
    cur_b_d[j]! = 0;
    xs_b[j]! += t2_b;
    xs_b_d[j]! += t2_b_d;
  }
  adj.lam += lam_b;
  adj_d.lam += lam_b_d;
  tape.top = top;
  return {
    value: s,
    grad: adj,
    hvp: adj_d
  };
}

/** smoothPasses's value, gradient and dense Hessian (row-major n×n over xs's elements, then lam), from n Hessian-vector products. */
export function smoothPasses_hessian(xs: number[], lam: number): { value: number; grad: { xs: Float64Array; lam: number }; hessian: Float64Array } {
  return denseHessian([['xs', xs.length], ['lam', -1]], (v: { xs?: Float64Array | number[]; lam?: number }) => smoothPasses_hvp(xs, lam, v));
}
