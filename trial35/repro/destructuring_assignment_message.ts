// Expected: differentiated (README: destructuring works "into `let` names assigned again"), or, if the parenthesised
// destructuring assignment is not supported, a message saying so. Actual: TSG1007 "'sy' is never assigned", hint "give it
// a value where it is declared, or assign it before it is read": untrue, each branch assigns it.
function sigmas(x: number, a: number): { sy: number; sz: number } {
  return { sy: a * x, sz: 0.5 * a * x };
}
export function f(x: number, wide: boolean): number {
  let sy: number;
  let sz: number;
  if (wide) ({ sy, sz } = sigmas(x, 2));
  else ({ sy, sz } = sigmas(x, 1));
  return sy * sz;
}
