export function indexShift(x: number, y: number, z: number): number {
  const a = [x, y, z];
  let i = 0;
  const p = a[i] * a[++i];
  const q = a[i++] * a[i++];
  return p + q * 2;
}
export function indexCommaRead(x: number, y: number): number {
  const w = [x, y, x * y];
  let k = 0;
  return w[k] * (k++, w[k]) + w[k] * w[(k = 2)];
}
export function powIntAtZero(x: number, n: number): number {
  return x ** n + Math.pow(x, n) * 2;
}
export function powNegBase(x: number): number {
  return x ** 3 + Math.pow(x, 2);
}
export function optionalNumber(x: number, y?: number): number {
  return (y ?? x) * x + (y === undefined ? 0 : y * y);
}
export function reverseLoop(x: number, n: number): number {
  let s = 0;
  for (let i = n; i--; ) s = s * x + (i + 1);
  return s;
}
export function stepLoop(x: number, n: number): number {
  let s = 0;
  let i = 0;
  while (i < n) {
    s += Math.sin(x * i);
    i += 3;
  }
  return s;
}
export function activeLoopCount(x: number): number {
  let v = x;
  let steps = 0;
  do {
    v = v / 2;
    steps++;
  } while (v > 0.1);
  return v * steps + x;
}
export function switchOnFloor(x: number): number {
  switch (Math.floor(x)) {
    case 0:
      return x * x;
    case 1:
      return Math.exp(x);
    default:
      return -x;
  }
}
export function notGreater(x: number, y: number): number {
  if (!(x > 0)) return y * x;
  return y * Math.log(x);
}
export function isInteger(x: number, n: number): number {
  return Number.isInteger(n) ? x * n : x;
}
export function shadowParam(x: number, y: number): number {
  const f = (x: number) => x * y;
  {
    const y = x * 3;
    return f(y) + y;
  }
}
export function reduceMaxInf(x: number, y: number, z: number): number {
  const a = [x, y, z];
  return a.reduce((m, v) => Math.max(m, v), -Infinity) + a.reduce((m, v) => Math.min(m, v * v), Infinity);
}
export function closureAfterReassign(x: number): number {
  const g = () => x * x;
  x = x + 1;
  return g() + x;
}
export function nestedTernaryAssign(x: number, y: number): number {
  let a = 0, b = 0;
  const r = x > 0 ? (y > 0 ? (a = x * y) : (b = x - y)) : (a = b = x);
  return r + a * 2 + b * 3;
}
export function intDivIndex(x: number, y: number, z: number, w: number): number {
  const a = [x, y, z, w];
  let s = 0;
  for (let i = 0; i < 8; i++) s += a[(i / 2) | 0] * (i + 1);
  return s;
}
export function f32RoundTrip(x: number, y: number): number {
  const b = new Float32Array(2);
  b[0] = x;
  b[1] = b[0] * y;
  return b[1] + b[0] * b[0];
}
export function varHoist(x: number, n: number): number {
  for (var i = 0; i < n; i++) {
    var t = x * i;
  }
  return (t ?? 0) * i + x;
}
export function labeledContinue(x: number, n: number): number {
  let s = 0;
  rows: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j > i) continue rows;
      s += x * (i - j + 1) + s * 0.1;
    }
  }
  return s;
}
export function prefixOnProperty(x: number, y: number): number {
  const o = { a: x, b: y };
  const r = o.a * ++o.b + o.b--;
  return r * o.b;
}
export function compoundSelfRef(x: number, y: number): number {
  let s = x;
  s *= s + y;
  s -= (s = s / 2) * 2;
  return s + y;
}
