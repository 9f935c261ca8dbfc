// A helper returning a tuple [a, b], destructured at each call: f_vjp allocates two arrays per call and tapes their
// references (3-5x the primal); the same helper returning { a, b } is scalar-replaced (about 1.5x).
function rhsTuple(th: number, om: number, k: number): [number, number] {
  return [om, -k * Math.sin(th)];
}
function rhsObject(th: number, om: number, k: number): { a: number; b: number } {
  return { a: om, b: -k * Math.sin(th) };
}
export function eulerTuple(th: number, om: number, k: number): number {
  for (let i = 0; i < 50; i++) {
    const [da, db] = rhsTuple(th, om, k);
    th += 0.01 * da;
    om += 0.01 * db;
  }
  return th;
}
export function eulerObject(th: number, om: number, k: number): number {
  for (let i = 0; i < 50; i++) {
    const { a: da, b: db } = rhsObject(th, om, k);
    th += 0.01 * da;
    om += 0.01 * db;
  }
  return th;
}
