export function setTyped(x: number, y: number, z: number): number {
  const a = new Float64Array(4);
  a.set(Float64Array.of(x, y, z), 1);
  return a[0] + a[1] * a[2] + a[3];
}
export function setLiteral(x: number, y: number, z: number): number {
  const a = new Float64Array(4);
  a.set([x, y, z], 1);
  return a[0] + a[1] * a[2] + a[3];
}
namespace Units {
  export const SCALE = 2.5;
  export function scaled(v: number): number {
    return v * SCALE;
  }
}
export function nsConstOutside(x: number): number {
  return Units.SCALE * x;
}
export function nsFunction(x: number): number {
  return Units.scaled(x) * x;
}
