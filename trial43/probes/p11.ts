export function mapReduceChain(x: number, y: number, z: number): number {
  const a = [x, y, z];
  return a.map((v, i) => v * v * (i + 1)).reduce((s, v) => s + Math.sqrt(v + 1), 0);
}
export function f32Spread(x: number, y: number): number {
  const b = Float32Array.of(x, y, x * y);
  return Math.max(...b) + b.reduce((s, v) => s + v * v, 0);
}
export function filterSum(x: number, y: number, z: number): number {
  const a = [x, y, z];
  let s = 0;
  for (const v of a.filter((v) => v > 0)) s += v * v;
  return s;
}
export function sliceNegative(x: number, y: number, z: number): number {
  const a = Float64Array.of(x, y, z, x * z);
  const t = a.slice(-2);
  return t[0] * t[1] + a.subarray(1, -1)[0];
}
export function arrayFromTyped(x: number, y: number): number {
  const a = Float64Array.of(x, y);
  const b = Array.from(a, (v) => v * 2);
  return b[0] * b[1] + b.length;
}
export function fillThenWrite(x: number, y: number): number {
  const a = new Float64Array(4).fill(x);
  a[2] = y;
  a.fill(y * x, 3);
  return a[0] + a[1] * a[2] + a[3];
}
export function indexOfMax(x: number, y: number, z: number): number {
  const a = [x, y, z];
  let k = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[k]) k = i;
  return a[k] * k + a[(k + 1) % 3];
}
export function concatArrays(x: number, y: number): number {
  const a = [x, y];
  const b = [...a, x * y, ...a];
  return b[2] * b[3] + b[4];
}
