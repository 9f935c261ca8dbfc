// Finding 5 (refusal, the messages are false or lead in a circle): a factory taking functions, compose(f, g).
// README: factories called in the function work "with any arguments", and helpers take functions (an arrow written at
// the call or a function's name). A factory that takes functions is neither.
// Expected: compiled, or a message saying a factory may not take functions, with the hint "write the composition as
// an arrow: const h = (x) => f(g(x))".
// Actual: a module-level arrow passed (sqM) is TSG1002 "module constant 'sqM' is not a number or a boolean that tsgrad
// computes when compiling"; arrows written at the call are TSG1002 "a local function used as a value … is not
// supported", hint "call it directly (f(x)), or move the function to module level and call it": at module level it
// is the first message.
const compose = (f: (x: number) => number, g: (x: number) => number) => (x: number): number => f(g(x));
const sqM = (t: number): number => t * t;
export function composeModule(x: number): number {
  return compose(sqM, sqM)(x);
}
export function composeLocal(x: number, a: number): number {
  return compose((t) => t * t, (t) => t + a)(x);
}
