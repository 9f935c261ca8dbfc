// log-sum-exp, second hand: the maximum, then `for … of`. Written first as
// `const m = Math.max(...x)`, which tsgrad refuses (TSG1002, see REFUSED.md); the maximum is
// taken by a `for … of` loop instead.

export function logSumExpStyled(x: Float64Array): number {
  let m = -Infinity;
  for (const v of x) if (v > m) m = v;
  let s = 0;
  for (const v of x) s += Math.exp(v - m);
  return m + Math.log(s);
}
