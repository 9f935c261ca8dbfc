// `tsgrad check` with default domains: at a point where the function's value is about 3e105, central differences of
// 0.47 are lost below the value's rounding, and the check reports a disagreement instead of saying so.
// Expected: the note says the value is 3.3e105, too large for differences at that step (or skips the component), and
// points to @domain tags, as it does for a NaN value.
// Actual: "∂/∂target[0] at (params = […], target = […], sampleRate = -0.148406): reverse 0.46837…, differences 0", FAIL.
// (The reverse value is right: with x0 = sin(0) = 0, ∂loss/∂target[0] = 2·target[0]/4 = 0.4684.)
// run: node dist/cli/main.js check trial37/repro/check_huge_value.ts --seed 1
export function fmMatchLoss(params: Float64Array, target: Float64Array, sampleRate: number): number {
  const [fc, fm, index, cutoff] = params;
  const a = 1 - Math.exp(-2 * Math.PI * cutoff / sampleRate);
  let y = 0;
  let loss = 0;
  for (let n = 0; n < target.length; n++) {
    const t = n / sampleRate;
    const x = Math.sin(2 * Math.PI * fc * t + index * Math.sin(2 * Math.PI * fm * t));
    y = y + a * (x - y);
    const e = y - target[n];
    loss += e * e;
  }
  return loss / target.length;
}
