// Code I expect tsgrad to refuse, each with a precise diagnostic.

const SPECIFIC_HEAT: Record<string, number> = { water: 4186, copper: 385, air: 1005 };

/** String-keyed table lookup (a material name picks a constant): dynamic property access. */
export function heatNeeded(mass: number, dT: number, material: string): number {
  return mass * SPECIFIC_HEAT[material] * dT;
}

/** A Map of species to weights. */
export function weightedAbundance(abund: Float64Array, names: string[], weights: Map<string, number>): number {
  let s = 0;
  for (let i = 0; i < abund.length; i++) s += abund[i] * (weights.get(names[i]) ?? 1);
  return s;
}

class Reservoir {
  constructor(public level: number, public k: number) {}
  drain(dt: number): number {
    const out = this.k * this.level * dt;
    this.level -= out;
    return out;
  }
}

/** A class with mutable state stepped in a loop. */
export function reservoirOutflow(level: number, k: number, steps: number): number {
  const r = new Reservoir(level, k);
  let total = 0;
  for (let i = 0; i < steps; i++) total += r.drain(0.1);
  return total;
}

/** `every` as a guard (is the palette inside the gamut?) before a smooth penalty. */
export function gamutPenalty(rgb: Float64Array): number {
  if (rgb.every((c) => c >= 0 && c <= 1)) return 0;
  let p = 0;
  for (const c of rgb) p += Math.max(0, c - 1) ** 2 + Math.max(0, -c) ** 2;
  return p;
}

/** A closure over a mutable counter. */
export function countedSum(xs: Float64Array): number {
  let calls = 0;
  const f = (v: number) => {
    calls++;
    return v * v;
  };
  let s = 0;
  for (const v of xs) s += f(v);
  return s + calls;
}
