import { f64Zeros, tape } from 'tsgrad/runtime';

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

export function clothVerlet_vjp_dt2(x0: Float64Array, k: number, rest: number, steps_arg: number | undefined, dt_arg: number | undefined, adj: { x0: Float64Array; k: number; rest: number; steps: number; dt: number }, seed = 1): number {
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
    if (top + (n + 1 > 0 ? n + 1 : 0) * 2 > stack.length) stack = tape.reserve(top, (n + 1 > 0 ? n + 1 : 0) * 2);
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
        const t29 = dt * dt;
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

export function clothVerlet_vjp_dt2noguard(x0: Float64Array, k: number, rest: number, steps_arg: number | undefined, dt_arg: number | undefined, adj: { x0: Float64Array; k: number; rest: number; steps: number; dt: number }, seed = 1): number {
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
    if (top + (n + 1 > 0 ? n + 1 : 0) * 2 > stack.length) stack = tape.reserve(top, (n + 1 > 0 ? n + 1 : 0) * 2);
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
        const t29 = dt * dt;
        const t29_b = t30_b * f;
        f_b += t30_b * t29;
        dt_b += t29_b * (dt + dt);
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
        const t19_b = t20_b * k;
        k_b += t20_b * t19;
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
        const t10_b = t11_b * k;
        k_b += t11_b * t10;
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
