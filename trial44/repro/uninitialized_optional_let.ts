// Finding (WRONG, and a crash): a local declared without a value whose type includes undefined,
// `let best: number | undefined;`, is treated as already holding 0: every test of it for undefined (`=== undefined`,
// `== null`, `??`, `??=`) is false, so the value and the gradient are wrong; `c ?? x` read before any assignment
// makes code that throws.
//
// tsc --strict accepts all four functions (undefined is in the declared type, so no TS2454). The README: "A variable
// declared without a value starts at 0 in the generated code where JavaScript has undefined, so a read that some path
// reaches before any assignment is refused (TSG1007), exactly where tsc --strict reports TS2454": here tsc reports
// nothing, tsgrad compiles without a word, and the generated code differs from f.
//
// Expected (at the points below), what f returns and differences give:
//   runningBest([-0.2, -1, -0.9, -0.4]) = -0.2, grad [1, 0, 0, 0]     (the max of values, none positive)
//   nullishAssign(0.8, 0.7)             = 1.5,  grad { x: 1, y: 1 }
//   eqUndefined(0.8, 0.7)               = 0.56, grad { x: 0.7, y: 0.8 }
//   nullishRead(0.8, 0.7)               = 0.56, grad { x: 0.7, y: 0.8 }
// Actual: runningBest value 0, grad [0, 0, 0, 0]; nullishAssign value 0, grad 0; eqUndefined value 0, grad 0;
// nullishRead_grad throws "ReferenceError: c_absent is not defined": its generated vjp drops the declaration of c
// (never assigned) but keeps `if (c_absent) { t1 = x; } else { t1 = c; }`, so tsc 7 --strict reports TS2304
// "Cannot find name 'c_absent'" and "'c'" on the generated file (a crash by the trial's terms). The generated vjps
// of the other three begin
// `let best: number = 0; let best_absent: boolean = false;` (true is what JavaScript has). Written out as
// `let best: number | undefined = undefined;` all four are right. `tsgrad trace` of nullishAssign at x=0.8,y=0.7
// prints "nullishAssign returns no number here and writes no element of an array parameter: no derivatives": the IR
// interpreter, independent of the emitted code, reads it the same wrong way, so the flag is wrong in the lowering.
// Run: node --import tsgrad/register trial44/repro/uninitialized_optional_let.ts
import { grad } from 'tsgrad';

export function runningBest(xs: Float64Array): number {
  let best: number | undefined;
  for (const v of xs) if (best === undefined || v > best) best = v;
  return best ?? 0;
}
export function nullishAssign(x: number, y: number): number {
  let c: number | undefined;
  c ??= x + y;
  return c;
}
export function eqUndefined(x: number, y: number): number {
  let c: number | undefined;
  if (c === undefined) c = x * y;
  return c;
}
export function nullishRead(x: number, y: number): number {
  let c: number | undefined;
  return (c ?? x) * y;
}

const xs = Float64Array.of(-0.2, -1, -0.9, -0.4);
const rb = grad(runningBest)(xs);
const na = grad(nullishAssign)(0.8, 0.7), eu = grad(eqUndefined)(0.8, 0.7);
let nr = '';
try {
  nr = JSON.stringify(grad(nullishRead)(0.8, 0.7));
} catch (e) {
  nr = String(e);
}
console.log(`runningBest: f ${runningBest(xs)}, f_grad ${rb.value} [${Array.from(rb.grad.xs).join(', ')}]`);
console.log(`nullishAssign: f ${nullishAssign(0.8, 0.7)}, f_grad ${na.value} ${JSON.stringify(na.grad)}`);
console.log(`eqUndefined: f ${eqUndefined(0.8, 0.7)}, f_grad ${eu.value} ${JSON.stringify(eu.grad)}`);
console.log(`nullishRead: f ${nullishRead(0.8, 0.7)}, f_grad ${nr}`);
const wrong = rb.value !== runningBest(xs) || na.value !== nullishAssign(0.8, 0.7) || eu.value !== eqUndefined(0.8, 0.7) || nr.includes('Error');
console.log(wrong ? 'REPRODUCES: an uninitialised number | undefined local is read as 0' : 'GONE: uninitialised number | undefined locals are undefined');
