const HALF = Number('0.5');
const TWO = 2 * Number('1');
export function numberInside(x: number): number {
  const half = Number('0.5');
  return half * x * x;
}
export function numberModule(x: number): number {
  return HALF * x * x;
}
export function numberModuleArith(x: number): number {
  return TWO * x;
}
