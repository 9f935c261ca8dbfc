import { tape } from 'tsgrad/runtime';
export function biquadL1_vjp_gen(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number, adj: { x: Float64Array; b0: number; b1: number; b2: number; a1: number; a2: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let s = 0;
  const t1 = x.length;
  if (top + (t1 + 1 > 0 ? t1 + 1 : 0) * 5 > stack.length) stack = tape.reserve(top, (t1 + 1 > 0 ? t1 + 1 : 0) * 5);
  for (let i = 0; i < t1; i++) {
    const t2 = x[i]!;
    const t3 = b0 * t2;
    const t4 = b1 * x1;
    const t5 = t3 + t4;
    const t6 = b2 * x2;
    const t7 = t5 + t6;
    const t8 = a1 * y1;
    const t9 = t7 - t8;
    const t10 = a2 * y2;
    const y = t9 - t10;
    stack[top++]! = x2;
    x2 = x1;
    stack[top++]! = x1;
    x1 = t2;
    stack[top++]! = y2;
    y2 = y1;
    stack[top++]! = y1;
    y1 = y;
    const t11 = Math.abs(y);
    stack[top++]! = y;
    const t12 = s + t11;
    s = t12;
  }
  const x_b = adj.x;
  let b0_b = 0;
  let b1_b = 0;
  let b2_b = 0;
  let a1_b = 0;
  let a2_b = 0;
  let x1_b = 0;
  let x2_b = 0;
  let y1_b = 0;
  let y2_b = 0;
  let s_b = seed;
  // grad of: for (let i = 0; i < x.length; i++)
  for (let i = t1 - 1; i >= 0; i--) {
    // grad of: s += Math.abs(y)
    const t11_b = s_b;
    const y = stack[--top]!;
    let y_b = t11_b * Math.sign(y);
    // grad of: y1 = y
    y1 = stack[--top]!;
    y_b += y1_b;
    y1_b = 0;
    // grad of: y2 = y1
    y2 = stack[--top]!;
    y1_b += y2_b;
    y2_b = 0;
    // grad of: x1 = x[i]
    x1 = stack[--top]!;
    let t2_b = x1_b;
    x1_b = 0;
    // grad of: x2 = x1
    x2 = stack[--top]!;
    x1_b += x2_b;
    x2_b = 0;
    // grad of: const y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
    const t9_b = y_b;
    const t10_b = -y_b;
    if (t10_b !== 0) {
      a2_b += t10_b * y2;
      y2_b += t10_b * a2;
    }
    const t7_b = t9_b;
    const t8_b = -t9_b;
    if (t8_b !== 0) {
      a1_b += t8_b * y1;
      y1_b += t8_b * a1;
    }
    const t5_b = t7_b;
    const t6_b = t7_b;
    if (t6_b !== 0) {
      b2_b += t6_b * x2;
      x2_b += t6_b * b2;
    }
    const t3_b = t5_b;
    const t4_b = t5_b;
    if (t4_b !== 0) {
      b1_b += t4_b * x1;
      x1_b += t4_b * b1;
    }
    const t2 = x[i]!;
    if (t3_b !== 0) {
      b0_b += t3_b * t2;
      t2_b += t3_b * b0;
    }
    x_b[i]! += t2_b;
  }
  adj.b0 += b0_b;
  adj.b1 += b1_b;
  adj.b2 += b2_b;
  adj.a1 += a1_b;
  adj.a2 += a2_b;
  tape.top = top;
  return s;
}
export function biquadL1_vjp_noguard(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number, adj: { x: Float64Array; b0: number; b1: number; b2: number; a1: number; a2: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let s = 0;
  const t1 = x.length;
  if (top + (t1 + 1 > 0 ? t1 + 1 : 0) * 5 > stack.length) stack = tape.reserve(top, (t1 + 1 > 0 ? t1 + 1 : 0) * 5);
  for (let i = 0; i < t1; i++) {
    const t2 = x[i]!;
    const t3 = b0 * t2;
    const t4 = b1 * x1;
    const t5 = t3 + t4;
    const t6 = b2 * x2;
    const t7 = t5 + t6;
    const t8 = a1 * y1;
    const t9 = t7 - t8;
    const t10 = a2 * y2;
    const y = t9 - t10;
    stack[top++]! = x2;
    x2 = x1;
    stack[top++]! = x1;
    x1 = t2;
    stack[top++]! = y2;
    y2 = y1;
    stack[top++]! = y1;
    y1 = y;
    const t11 = Math.abs(y);
    stack[top++]! = y;
    const t12 = s + t11;
    s = t12;
  }
  const x_b = adj.x;
  let b0_b = 0;
  let b1_b = 0;
  let b2_b = 0;
  let a1_b = 0;
  let a2_b = 0;
  let x1_b = 0;
  let x2_b = 0;
  let y1_b = 0;
  let y2_b = 0;
  let s_b = seed;
  // grad of: for (let i = 0; i < x.length; i++)
  for (let i = t1 - 1; i >= 0; i--) {
    // grad of: s += Math.abs(y)
    const t11_b = s_b;
    const y = stack[--top]!;
    let y_b = t11_b * Math.sign(y);
    // grad of: y1 = y
    y1 = stack[--top]!;
    y_b += y1_b;
    y1_b = 0;
    // grad of: y2 = y1
    y2 = stack[--top]!;
    y1_b += y2_b;
    y2_b = 0;
    // grad of: x1 = x[i]
    x1 = stack[--top]!;
    let t2_b = x1_b;
    x1_b = 0;
    // grad of: x2 = x1
    x2 = stack[--top]!;
    x1_b += x2_b;
    x2_b = 0;
    // grad of: const y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
    const t9_b = y_b;
    const t10_b = -y_b;
        a2_b += t10_b * y2;
    y2_b += t10_b * a2;
    const t7_b = t9_b;
    const t8_b = -t9_b;
        a1_b += t8_b * y1;
    y1_b += t8_b * a1;
    const t5_b = t7_b;
    const t6_b = t7_b;
        b2_b += t6_b * x2;
    x2_b += t6_b * b2;
    const t3_b = t5_b;
    const t4_b = t5_b;
        b1_b += t4_b * x1;
    x1_b += t4_b * b1;
    const t2 = x[i]!;
        b0_b += t3_b * t2;
    t2_b += t3_b * b0;
    x_b[i]! += t2_b;
  }
  adj.b0 += b0_b;
  adj.b1 += b1_b;
  adj.b2 += b2_b;
  adj.a1 += a1_b;
  adj.a2 += a2_b;
  tape.top = top;
  return s;
}
export function biquadL1_vjp_rot(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number, adj: { x: Float64Array; b0: number; b1: number; b2: number; a1: number; a2: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let s = 0;
  const t1 = x.length;
  if (top + (t1 + 1 > 0 ? t1 + 1 : 0) * 4 > stack.length) stack = tape.reserve(top, (t1 + 1 > 0 ? t1 + 1 : 0) * 4);
  for (let i = 0; i < t1; i++) {
    const t2 = x[i]!;
    const t3 = b0 * t2;
    const t4 = b1 * x1;
    const t5 = t3 + t4;
    const t6 = b2 * x2;
    const t7 = t5 + t6;
    const t8 = a1 * y1;
    const t9 = t7 - t8;
    const t10 = a2 * y2;
    const y = t9 - t10;
    stack[top++]! = x2;
    x2 = x1;
    x1 = t2;
    stack[top++]! = y2;
    y2 = y1;
    stack[top++]! = y1;
    y1 = y;
    const t11 = Math.abs(y);
    stack[top++]! = y;
    const t12 = s + t11;
    s = t12;
  }
  const x_b = adj.x;
  let b0_b = 0;
  let b1_b = 0;
  let b2_b = 0;
  let a1_b = 0;
  let a2_b = 0;
  let x1_b = 0;
  let x2_b = 0;
  let y1_b = 0;
  let y2_b = 0;
  let s_b = seed;
  // grad of: for (let i = 0; i < x.length; i++)
  for (let i = t1 - 1; i >= 0; i--) {
    // grad of: s += Math.abs(y)
    const t11_b = s_b;
    const y = stack[--top]!;
    let y_b = t11_b * Math.sign(y);
    // grad of: y1 = y
    y1 = stack[--top]!;
    y_b += y1_b;
    y1_b = 0;
    // grad of: y2 = y1
    y2 = stack[--top]!;
    y1_b += y2_b;
    y2_b = 0;
    // grad of: x1 = x[i]
    x1 = x2;
    let t2_b = x1_b;
    x1_b = 0;
    // grad of: x2 = x1
    x2 = stack[--top]!;
    x1_b += x2_b;
    x2_b = 0;
    // grad of: const y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
    const t9_b = y_b;
    const t10_b = -y_b;
    if (t10_b !== 0) {
      a2_b += t10_b * y2;
      y2_b += t10_b * a2;
    }
    const t7_b = t9_b;
    const t8_b = -t9_b;
    if (t8_b !== 0) {
      a1_b += t8_b * y1;
      y1_b += t8_b * a1;
    }
    const t5_b = t7_b;
    const t6_b = t7_b;
    if (t6_b !== 0) {
      b2_b += t6_b * x2;
      x2_b += t6_b * b2;
    }
    const t3_b = t5_b;
    const t4_b = t5_b;
    if (t4_b !== 0) {
      b1_b += t4_b * x1;
      x1_b += t4_b * b1;
    }
    const t2 = x[i]!;
    if (t3_b !== 0) {
      b0_b += t3_b * t2;
      t2_b += t3_b * b0;
    }
    x_b[i]! += t2_b;
  }
  adj.b0 += b0_b;
  adj.b1 += b1_b;
  adj.b2 += b2_b;
  adj.a1 += a1_b;
  adj.a2 += a2_b;
  tape.top = top;
  return s;
}
export function biquadL1_vjp_rot2(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number, adj: { x: Float64Array; b0: number; b1: number; b2: number; a1: number; a2: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let s = 0;
  const t1 = x.length;
  if (top + (t1 + 1 > 0 ? t1 + 1 : 0) * 2 > stack.length) stack = tape.reserve(top, (t1 + 1 > 0 ? t1 + 1 : 0) * 2);
  for (let i = 0; i < t1; i++) {
    const t2 = x[i]!;
    const t3 = b0 * t2;
    const t4 = b1 * x1;
    const t5 = t3 + t4;
    const t6 = b2 * x2;
    const t7 = t5 + t6;
    const t8 = a1 * y1;
    const t9 = t7 - t8;
    const t10 = a2 * y2;
    const y = t9 - t10;
    stack[top++]! = x2;
    x2 = x1;
    x1 = t2;
    stack[top++]! = y2;
    y2 = y1;
    y1 = y;
    const t11 = Math.abs(y);
    const t12 = s + t11;
    s = t12;
  }
  const x_b = adj.x;
  let b0_b = 0;
  let b1_b = 0;
  let b2_b = 0;
  let a1_b = 0;
  let a2_b = 0;
  let x1_b = 0;
  let x2_b = 0;
  let y1_b = 0;
  let y2_b = 0;
  let s_b = seed;
  // grad of: for (let i = 0; i < x.length; i++)
  for (let i = t1 - 1; i >= 0; i--) {
    // grad of: s += Math.abs(y)
    const t11_b = s_b;
    const y = y1;
    let y_b = t11_b * Math.sign(y);
    // grad of: y1 = y
    y1 = y2;
    y_b += y1_b;
    y1_b = 0;
    // grad of: y2 = y1
    y2 = stack[--top]!;
    y1_b += y2_b;
    y2_b = 0;
    // grad of: x1 = x[i]
    x1 = x2;
    let t2_b = x1_b;
    x1_b = 0;
    // grad of: x2 = x1
    x2 = stack[--top]!;
    x1_b += x2_b;
    x2_b = 0;
    // grad of: const y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
    const t9_b = y_b;
    const t10_b = -y_b;
    if (t10_b !== 0) {
      a2_b += t10_b * y2;
      y2_b += t10_b * a2;
    }
    const t7_b = t9_b;
    const t8_b = -t9_b;
    if (t8_b !== 0) {
      a1_b += t8_b * y1;
      y1_b += t8_b * a1;
    }
    const t5_b = t7_b;
    const t6_b = t7_b;
    if (t6_b !== 0) {
      b2_b += t6_b * x2;
      x2_b += t6_b * b2;
    }
    const t3_b = t5_b;
    const t4_b = t5_b;
    if (t4_b !== 0) {
      b1_b += t4_b * x1;
      x1_b += t4_b * b1;
    }
    const t2 = x[i]!;
    if (t3_b !== 0) {
      b0_b += t3_b * t2;
      t2_b += t3_b * b0;
    }
    x_b[i]! += t2_b;
  }
  adj.b0 += b0_b;
  adj.b1 += b1_b;
  adj.b2 += b2_b;
  adj.a1 += a1_b;
  adj.a2 += a2_b;
  tape.top = top;
  return s;
}
export function biquadL1_vjp_rot2ng(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number, adj: { x: Float64Array; b0: number; b1: number; b2: number; a1: number; a2: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let s = 0;
  const t1 = x.length;
  if (top + (t1 + 1 > 0 ? t1 + 1 : 0) * 2 > stack.length) stack = tape.reserve(top, (t1 + 1 > 0 ? t1 + 1 : 0) * 2);
  for (let i = 0; i < t1; i++) {
    const t2 = x[i]!;
    const t3 = b0 * t2;
    const t4 = b1 * x1;
    const t5 = t3 + t4;
    const t6 = b2 * x2;
    const t7 = t5 + t6;
    const t8 = a1 * y1;
    const t9 = t7 - t8;
    const t10 = a2 * y2;
    const y = t9 - t10;
    stack[top++]! = x2;
    x2 = x1;
    x1 = t2;
    stack[top++]! = y2;
    y2 = y1;
    y1 = y;
    const t11 = Math.abs(y);
    const t12 = s + t11;
    s = t12;
  }
  const x_b = adj.x;
  let b0_b = 0;
  let b1_b = 0;
  let b2_b = 0;
  let a1_b = 0;
  let a2_b = 0;
  let x1_b = 0;
  let x2_b = 0;
  let y1_b = 0;
  let y2_b = 0;
  let s_b = seed;
  // grad of: for (let i = 0; i < x.length; i++)
  for (let i = t1 - 1; i >= 0; i--) {
    // grad of: s += Math.abs(y)
    const t11_b = s_b;
    const y = y1;
    let y_b = t11_b * Math.sign(y);
    // grad of: y1 = y
    y1 = y2;
    y_b += y1_b;
    y1_b = 0;
    // grad of: y2 = y1
    y2 = stack[--top]!;
    y1_b += y2_b;
    y2_b = 0;
    // grad of: x1 = x[i]
    x1 = x2;
    let t2_b = x1_b;
    x1_b = 0;
    // grad of: x2 = x1
    x2 = stack[--top]!;
    x1_b += x2_b;
    x2_b = 0;
    // grad of: const y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
    const t9_b = y_b;
    const t10_b = -y_b;
        a2_b += t10_b * y2;
    y2_b += t10_b * a2;
    const t7_b = t9_b;
    const t8_b = -t9_b;
        a1_b += t8_b * y1;
    y1_b += t8_b * a1;
    const t5_b = t7_b;
    const t6_b = t7_b;
        b2_b += t6_b * x2;
    x2_b += t6_b * b2;
    const t3_b = t5_b;
    const t4_b = t5_b;
        b1_b += t4_b * x1;
    x1_b += t4_b * b1;
    const t2 = x[i]!;
        b0_b += t3_b * t2;
    t2_b += t3_b * b0;
    x_b[i]! += t2_b;
  }
  adj.b0 += b0_b;
  adj.b1 += b1_b;
  adj.b2 += b2_b;
  adj.a1 += a1_b;
  adj.a2 += a2_b;
  tape.top = top;
  return s;
}
