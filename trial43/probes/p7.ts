export function mathZoo1(x: number, y: number): number {
  return Math.asinh(x * y) + Math.acosh(1 + x * x) + Math.atanh(0.3 * y) + Math.cbrt(x + 2) + Math.log2(y + 2) + Math.log10(x * y + 3);
}
export function mathZoo2(x: number, y: number): number {
  return Math.sinh(x) * Math.cosh(y) + Math.tanh(x * y) + Math.expm1(x - y) + Math.log1p(x * x) + Math.atan2(y, x) + Math.pow(x, y);
}
export function mathZoo3(x: number, y: number): number {
  return Math.hypot(x, y, x * y) + Math.asin(0.5 * Math.sin(x)) + Math.acos(0.3 * y) + Math.tan(0.5 * x) + Math.sqrt(x * x + y) + (x * x) ** y;
}
export function mathZoo4(x: number, y: number): number {
  const xs = [x, y, x * y, Math.sin(x)];
  return Math.max(...xs) * Math.min(...xs) + Math.hypot(...xs) + Math.abs(x - y) * y + x % y;
}
