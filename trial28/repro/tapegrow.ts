function rec(c: Float64Array, x: number, d: number): number {
  let s = 0;
  for (let i = 0; i < c.length; i++) s = s * x + c[i];
  const y = Math.sin(s);
  if (d === 0) return y;
  return rec(c, x * 0.9, d - 1) + rec(c, x * 0.8, d - 1);
}

export function top(c: Float64Array, x: number, d: number): number {
  return rec(c, x, d);
}

// one recursive call is enough (depth 300 here)
function lin(c: Float64Array, x: number, d: number): number {
  let s = 0;
  for (let i = 0; i < c.length; i++) s = s * x + c[i];
  const y = Math.sin(s);
  if (d === 0) return y;
  return lin(c, x * 0.99, d - 1) + y;
}

export function chain(c: Float64Array, x: number, d: number): number {
  return lin(c, x, d);
}
