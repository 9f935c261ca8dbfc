// Refused as expected. Expected: a message saying that a Map is not read (e.g. "'MASS' is a Map: use a constant object
// or a table"). Actual: TSG2002 "'MASS.get' is not a function tsgrad can follow", with a hint about declaring functions.
const MASS = new Map<string, number>([['H', 1.008], ['O', 15.999]]);
export function f(n: number, el: 'H' | 'O'): number {
  return n * (MASS.get(el) ?? 0);
}
