class Gain {
  private _db = 0;
  get db(): number {
    return this._db;
  }
  setDb(v: number): void {
    this._db = Math.min(v, 24);
  }
  get linear(): number {
    return 10 ** (this._db / 20);
  }
}
export function gainMethod(db: number, x: number): number {
  const g = new Gain();
  g.setDb(db);
  return g.linear * x;
}
const HALF = Number('0.5');
export function numberConst(x: number): number {
  return HALF * x * x;
}
export function textParam(w: Float64Array, text: string): number {
  let z = 0;
  for (let i = 0; i + 3 <= text.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + 3; j++) h = Math.imul(h ^ text.charCodeAt(j), 16777619);
    z += w[(h >>> 0) % w.length];
  }
  return z * z;
}
