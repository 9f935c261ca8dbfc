import { f64Zeros, tape } from 'tsgrad/runtime';

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

export function heatExplicit_vjp_noNullish(u0: Float64Array, alpha: number, steps_arg: number | undefined, adj: { u0: Float64Array; alpha: number; steps: number }, seed = 1): number {
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
      const t13_b = v_b[i]!;
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
    const t2_b = u_b[j]!;
    u_b[j]! = 0;
    u0_b[j]! += t2_b;
  }
  adj.alpha += alpha_b;
  tape.top = top;
  return e;
}

export function heatExplicit_vjp_noGuard(u0: Float64Array, alpha: number, steps_arg: number | undefined, adj: { u0: Float64Array; alpha: number; steps: number }, seed = 1): number {
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
      const t11_b = t12_b * alpha;
      alpha_b += t12_b * t11;
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

export function heatExplicit_vjp_neither(u0: Float64Array, alpha: number, steps_arg: number | undefined, adj: { u0: Float64Array; alpha: number; steps: number }, seed = 1): number {
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
      const t13_b = v_b[i]!;
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
      const t11_b = t12_b * alpha;
      alpha_b += t12_b * t11;
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
    const t2_b = u_b[j]!;
    u_b[j]! = 0;
    u0_b[j]! += t2_b;
  }
  adj.alpha += alpha_b;
  tape.top = top;
  return e;
}

export function heatExplicit_vjp_nc_fwdonly(u0: Float64Array, alpha: number, steps_arg: number | undefined, adj: { u0: Float64Array; alpha: number; steps: number }, seed = 1): number {
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
  top -= 2 * steps + (n - 2) * steps;
  adj.alpha += alpha_b;
  tape.top = top;
  return e;
}

export function heatExplicit_vjp_nc_fwdnotape(u0: Float64Array, alpha: number, steps_arg: number | undefined, adj: { u0: Float64Array; alpha: number; steps: number }, seed = 1): number {
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
    
    v[0]! = 0;
    const t3 = n - 1;
    
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
  adj.alpha += alpha_b;
  tape.top = top;
  return e;
}

export function heatExplicit_vjp_oneBranch(u0: Float64Array, alpha: number, steps_arg: number | undefined, adj: { u0: Float64Array; alpha: number; steps: number }, seed = 1): number {
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
      let t11_b = 0;
      if (t12_b !== 0) { t11_b = t12_b * alpha; alpha_b += t12_b * t11; }
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
