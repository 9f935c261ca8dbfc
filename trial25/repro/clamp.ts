export function clampAcos(c: number): number {
  return Math.acos(Math.min(1, Math.max(-1, c)));
}
export function sqrtGuard(v: number): number {
  return Math.sqrt(Math.max(v, 0)) + v;
}
export function sqrtTernary(v: number): number {
  return Math.sqrt(v > 0 ? v : 0) + v;
}
export function sqrtGuard2(v: number, w: number): number {
  return Math.sqrt(Math.max(v * w, 0)) + v;
}
