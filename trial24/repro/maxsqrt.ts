export function f(v: number, z: number): number {
  const vp = Math.max(v, 0);
  return z * Math.sqrt(vp);
}
export function g(v: number, z: number): number {
  let x = 1;
  for (let i = 0; i < 2; i++) {
    const vp = Math.max(v, 0);
    x += z * Math.sqrt(vp);
    v -= 1;
  }
  return x;
}
export function h(v: number, z: number): number {
  const vp = Math.max(v, 0);
  const s = Math.sqrt(vp * 0.5);
  return z * s + vp;
}
