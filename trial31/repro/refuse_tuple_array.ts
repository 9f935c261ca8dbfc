// trial31 repro (refusal, imprecise hint): a local array of pairs, `const pts: [number, number][] = []`
// filled by push([x, y]), is TSG1003 "variables of type '[number, number][]' are not supported" with the
// generic hint "local variables hold numbers, booleans or arrays of numbers". A number[][] parameter gets a
// precise hint (flatten row-major, pass the columns). Expected: the same flattening hint here (or support).
export function perimeterPairs(poly: number[]): number {
  const pts: [number, number][] = [];
  for (let i = 0; i < poly.length; i += 2) pts.push([poly[i], poly[i + 1]]);
  let p = 0;
  let prev = pts[pts.length - 1];
  for (const q of pts) {
    p += Math.hypot(q[0] - prev[0], q[1] - prev[1]);
    prev = q;
  }
  return p;
}

export function perimeterFlat(poly: number[]): number {
  const n = poly.length / 2;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    p += Math.hypot(poly[2 * j] - poly[2 * i], poly[2 * j + 1] - poly[2 * i + 1]);
  }
  return p;
}
