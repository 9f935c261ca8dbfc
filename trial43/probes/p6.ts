const TAB = [0.5, -1.25, 2, 0.75];
/** one active number, local arrays swapped each step */
export function heatOne(kappa: number): number {
  let u = Float64Array.of(0, 1, 0.5, -0.25, 0);
  let v = new Float64Array(5);
  for (let s = 0; s < 6; s++) {
    for (let i = 1; i < 4; i++) v[i] = u[i] + kappa * (u[i - 1] - 2 * u[i] + u[i + 1]);
    const t = u;
    u = v;
    v = t;
  }
  let e = 0;
  for (const x of u) e += x * x;
  return e;
}
/** @noinline */
function sq(v: number): number {
  return v * v * Math.sin(v);
}
export function noinlineOne(x: number): number {
  let s = 0;
  for (let i = 0; i < 3; i++) s += sq(x + i) * TAB[i];
  return s;
}
function rec(x: number, n: number): number {
  return n === 0 ? x : Math.cos(rec(x, n - 1)) * x;
}
export function recursionOne(x: number): number {
  return rec(x, 4) + x;
}
export function branchMaxOne(x: number, data: Float64Array): number {
  let best = -Infinity;
  let arg = 0;
  for (let i = 0; i < data.length; i++) {
    const v = -((data[i] - x) ** 2) + i * 0.1;
    if (v > best) {
      best = v;
      arg = i;
    }
  }
  return best + arg * x;
}
export function pushLocalOne(x: number): number {
  const hist: number[] = [];
  let y = x;
  for (let i = 0; i < 5; i++) {
    y = y * y - 0.5;
    hist.push(y);
  }
  let s = 0;
  for (let i = 0; i < hist.length; i++) s += hist[i] * (hist.length - i);
  return s;
}
export function writeParamArrayOne(x: number, buf: Float64Array): number {
  for (let i = 0; i < buf.length; i++) buf[i] = Math.exp(-x * i);
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i] / (i + 1);
  return s;
}
export function intParamOne(x: number, n: number): number {
  n = Math.round(n);
  let p = 1;
  for (let i = 0; i < n; i++) p *= x + i;
  return p;
}
