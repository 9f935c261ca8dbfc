export function scopes(x: number): number {
  let y = x;
  {
    const y2 = y * 2;
    let y = y2 + 1;
    y *= x;
    return y;
  }
}
