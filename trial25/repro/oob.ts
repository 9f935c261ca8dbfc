export function fill3(x: number, out: Float64Array): number {
  for (let i = 0; i < 3; i++) out[i] = x * i;
  return x * x;
}
