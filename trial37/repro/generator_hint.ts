// A generator consumed by for...of: refused at the loop (fair). The hint says to name the array; following it
// (Array.from(powers(x, n)) bound to a local) is refused again, at the Array.from: nothing says generators are out.
// Expected: a message naming the generator function 'powers' (generators are not supported) with a loop as the hint.
// Actual: 1) "'for … of' over 'powers(x, n)' is not supported: only over an array of numbers", hint "name the array …";
//         2) after naming it: "'Array.from' copies an array of numbers tsgrad knows, and 'powers(x, n)' is none".
// run: node dist/cli/main.js compile trial37/repro/generator_hint.ts --out-dir /tmp/trial37/repro
function* powers(x: number, n: number): Generator<number> {
  let p = 1;
  for (let i = 0; i < n; i++) { yield p; p *= x; }
}
export function sumPowers(x: number, n: number): number {
  let s = 0;
  for (const p of powers(x, n)) s += p;
  return s;
}
export function sumPowersNamed(x: number, n: number): number {
  const ps = Array.from(powers(x, n));
  let s = 0;
  for (const p of ps) s += p;
  return s;
}
