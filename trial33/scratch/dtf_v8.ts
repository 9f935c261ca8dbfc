import { tape } from 'tsgrad/runtime';
export function daysToFlower_vjp(tmean: Float64Array, daylen: Float64Array, req: number, critical_arg: number | undefined, sens_arg: number | undefined, adj: { tmean: Float64Array; daylen: Float64Array; req: number; critical: number; sens: number }, seed = 1): number {
  // the tape: values saved for the reverse sweep, on a stack
  let stack = tape.values;
  let top = tape.top;
  let critical: number = 0;
  let sens: number = 0;
  let result: number = 0;
  let ret: boolean = false;
  const t1 = critical_arg === undefined;
  if (t1) {
    critical = 12;
  } else {
    critical = critical_arg;
  }
  const t2 = sens_arg === undefined;
  if (t2) {
    sens = 0.2;
  } else {
    sens = sens_arg;
  }
  let sum_1 = 0;
  let d = 0;
  let iters = 0;
  for (;;) {
    const t3 = tmean.length;
    const t4 = d < t3;
    const t19 = !ret;
    const t20 = t19 && t4;
    if (!t20) {
      break;
    }
    iters++;
    const t5 = tmean[d]!;
    const t6 = t5 - 8;
    const tt = Math.max(0, t6);
    const t7 = daylen[d]!;
    const t8 = critical - t7;
    const t9 = Math.max(0, t8);
    const t10 = sens * t9;
    const t11 = 1 - t10;
    const pf = Math.max(0, t11);
    const inc = tt * pf;
    const t12 = sum_1 + inc;
    const t13 = t12 >= req;
    if (top + 3 > stack.length) stack = tape.reserve(top, 3);
    if (t13) {
      const t14 = req - sum_1;
      const t15 = t14 / inc;
      stack[top++]! = t14;
      const t16 = d + t15;
      result = t16;
      ret = true;
    } else {
      sum_1 = t12;
    }
    const t18 = !ret;
    if (t18) {
      const t17 = d + 1;
      d = t17;
    } else {
    }
  }
  const t21 = !ret;
  if (t21) {
    const t22 = tmean.length;
    const t23 = req - sum_1;
    const t24 = t22 + t23;
    result = t24;
    ret = true;
  }
  const tmean_b = adj.tmean;
  const daylen_b = adj.daylen;
  let req_b = 0;
  let critical_arg_b = 0;
  let sens_arg_b = 0;
  let critical_b = 0;
  let sens_b = 0;
  let result_b = seed;
  let sum_1_b = 0;
  // grad of: return tmean.length + (req - sum)
  if (t21) {
    const t24_b = result_b;
    result_b = 0;
    const t23_b = t24_b;
    req_b += t23_b;
    sum_1_b -= t23_b;
  }
  // grad of: sens = 0.2
  if (t2) {
    sens_b = 0;
  } else {
    sens_arg_b += sens_b;
    sens_b = 0;
  }
  // grad of: critical = 12
  if (t1) {
    critical_b = 0;
  } else {
    critical_arg_b += critical_b;
    critical_b = 0;
  }
  adj.req += req_b;
  adj.critical += critical_arg_b;
  adj.sens += sens_arg_b;
  tape.top = top;
  return result;
}
