// A Map of accumulators, refused (fair), but the message speaks of its method 'clear' and the hint says to keep
// 'clear' out of the object, which is no way to rewrite a Map.
// Expected: "a Map is not supported" with a hint such as: keep the values in a Float64Array indexed by the key.
// Actual: "error TSG1003: 'm' holds an object whose property 'clear' is a function (() => void) ('Map<number, number>'): ..."
//   hint: keep 'clear' out of the object: pass it to and return it from helpers as a value of its own, beside an object of numbers
// run: node dist/cli/main.js compile trial37/repro/map_message.ts --out-dir /tmp/trial37/repro
export function binnedEnergy(x: Float64Array): number {
  const m = new Map<number, number>();
  for (let i = 0; i < x.length; i++) m.set(i % 3, (m.get(i % 3) ?? 0) + x[i]);
  let s = 0;
  for (const v of m.values()) s += v * v;
  return s;
}
