// trial50 perf: repro/loop_reserve_check.ts's series_vjp as tsgrad generates it (series_vjp) and with its capacity
// check removed (series_vjp_nocheck); timed by perf/bench_series.mjs.
import { tape } from 'tsgrad/runtime';
export function series_vjp(a: number, x: number, adj: { a: number; x: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let ap = a;
  const t1 = 1 / a;
  let del = t1;
  let sum_1 = del;
  let n = 1;
  let brk = false;
  let iters = 0;
  for (;;) {
    const t2 = n <= 200;
    const t13 = !brk;
    const t14 = t13 && t2;
    if (!t14) {
      break;
    }
    iters++;
    const t3 = ap + 1;
    if (top + 2 > stack.length) stack = tape.reserve(top, 2);
    stack[top++]! = ap;
    ap = t3;
    const t4 = x / ap;
    const t5 = del * t4;
    stack[top++]! = del;
    del = t5;
    const t6 = sum_1 + del;
    sum_1 = t6;
    const t7 = Math.abs(del);
    const t8 = Math.abs(sum_1);
    const t9 = t8 * 3e-12;
    const t10 = t7 < t9;
    if (t10) {
      brk = true;
      break;
    }
    const t11 = n + 1;
    n = t11;
  }
  const t15 = -x;
  const t16 = Math.log(x);
  const t17 = a * t16;
  const t18 = t15 + t17;
  const t19 = Math.exp(t18);
  const t20 = sum_1 * t19;
  let a_b = 0;
  let x_b = 0;
  let ap_b = 0;
  let del_b = 0;
  let sum_1_b = 0;
  const t20_b = seed;
  // grad of: return sum * Math.exp(-x + a * Math.log(x))
  sum_1_b += t20_b * t19;
  const t19_b = t20_b * sum_1;
  const t18_b = t19_b * t19;
  const t15_b = t18_b;
  const t17_b = t18_b;
  a_b += t17_b * t16;
  const t16_b = t17_b * a;
  x_b += t16_b / x;
  x_b -= t15_b;
  // grad of: for (let n = 1; n <= ITMAX; n++)
  for (let k = iters; k > 0; k--) {
    // grad of: sum += del
    del_b += sum_1_b;
    // grad of: del *= x / ap
    del = stack[--top]!;
    const t4_r_1 = 1 / ap;
    const t4 = x * t4_r_1;
    const t4_b = del_b * del;
    del_b = del_b * t4;
    x_b += t4_b * t4_r_1;
    ap_b -= t4_b * (x * t4_r_1 * t4_r_1);
    // grad of: ++ap
    ap = stack[--top]!;
  }
  // grad of: let sum = del
  del_b += sum_1_b;
  // grad of: let del = 1 / a
  const t1_b = del_b;
  a_b -= t1_b * (t1 * t1);
  // grad of: let ap = a
  a_b += ap_b;
  adj.a += a_b;
  adj.x += x_b;
  tape.top = top;
  return t20;
}
export function series_vjp_nocheck(a: number, x: number, adj: { a: number; x: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let ap = a;
  const t1 = 1 / a;
  let del = t1;
  let sum_1 = del;
  let n = 1;
  let brk = false;
  let iters = 0;
  for (;;) {
    const t2 = n <= 200;
    const t13 = !brk;
    const t14 = t13 && t2;
    if (!t14) {
      break;
    }
    iters++;
    const t3 = ap + 1;
    stack[top++]! = ap;
    ap = t3;
    const t4 = x / ap;
    const t5 = del * t4;
    stack[top++]! = del;
    del = t5;
    const t6 = sum_1 + del;
    sum_1 = t6;
    const t7 = Math.abs(del);
    const t8 = Math.abs(sum_1);
    const t9 = t8 * 3e-12;
    const t10 = t7 < t9;
    if (t10) {
      brk = true;
      break;
    }
    const t11 = n + 1;
    n = t11;
  }
  const t15 = -x;
  const t16 = Math.log(x);
  const t17 = a * t16;
  const t18 = t15 + t17;
  const t19 = Math.exp(t18);
  const t20 = sum_1 * t19;
  let a_b = 0;
  let x_b = 0;
  let ap_b = 0;
  let del_b = 0;
  let sum_1_b = 0;
  const t20_b = seed;
  // grad of: return sum * Math.exp(-x + a * Math.log(x))
  sum_1_b += t20_b * t19;
  const t19_b = t20_b * sum_1;
  const t18_b = t19_b * t19;
  const t15_b = t18_b;
  const t17_b = t18_b;
  a_b += t17_b * t16;
  const t16_b = t17_b * a;
  x_b += t16_b / x;
  x_b -= t15_b;
  // grad of: for (let n = 1; n <= ITMAX; n++)
  for (let k = iters; k > 0; k--) {
    // grad of: sum += del
    del_b += sum_1_b;
    // grad of: del *= x / ap
    del = stack[--top]!;
    const t4_r_1 = 1 / ap;
    const t4 = x * t4_r_1;
    const t4_b = del_b * del;
    del_b = del_b * t4;
    x_b += t4_b * t4_r_1;
    ap_b -= t4_b * (x * t4_r_1 * t4_r_1);
    // grad of: ++ap
    ap = stack[--top]!;
  }
  // grad of: let sum = del
  del_b += sum_1_b;
  // grad of: let del = 1 / a
  const t1_b = del_b;
  a_b -= t1_b * (t1 * t1);
  // grad of: let ap = a
  a_b += ap_b;
  adj.a += a_b;
  adj.x += x_b;
  tape.top = top;
  return t20;
}
