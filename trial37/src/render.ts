// A tiny SDF sphere tracer: a value class for vectors, a scene SDF with a smooth union, a rendering loss.
import { smin, sigmoid } from './util.js';

class V3 {
  constructor(public x: number, public y: number, public z: number) {}
  add(o: V3): V3 { return new V3(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o: V3): V3 { return new V3(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(s: number): V3 { return new V3(this.x * s, this.y * s, this.z * s); }
  dot(o: V3): number { return this.x * o.x + this.y * o.y + this.z * o.z; }
  get len(): number { return Math.hypot(this.x, this.y, this.z); }
}

function sceneSdf(p: V3, c: V3, r: number, floorY: number): number {
  const sphere = p.sub(c).len - r;
  const plane = p.y - floorY;
  return smin(sphere, plane, 0.3);
}

/** SDF of a sphere smoothly joined to a floor, at a point */
export function sceneDistance(px: number, py: number, pz: number, cx: number, cy: number, cz: number, r: number): number {
  return sceneSdf(new V3(px, py, pz), new V3(cx, cy, cz), r, 0);
}

/** sphere tracing along a ray; returns the hit distance (or the far plane) */
export function marchDepth(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number,
  cx: number, cy: number, cz: number, r: number): number {
  const dir = new V3(dx, dy, dz);
  const d = dir.scale(1 / dir.len);
  const o = new V3(ox, oy, oz);
  const c = new V3(cx, cy, cz);
  let t = 0;
  for (let i = 0; i < 64; i++) {
    const p = o.add(d.scale(t));
    const dist = sceneSdf(p, c, r, 0);
    if (dist < 1e-7) break;
    t += dist;
    if (t > 20) return 20;
  }
  return t;
}

/** Lambert shading with a normal from central differences of the SDF */
export function shadePoint(px: number, py: number, pz: number, cx: number, cy: number, cz: number, r: number,
  lx: number, ly: number, lz: number): number {
  const e = 1e-4;
  const c = new V3(cx, cy, cz);
  const f = (x: number, y: number, z: number) => sceneSdf(new V3(x, y, z), c, r, 0);
  let n = new V3(f(px + e, py, pz) - f(px - e, py, pz), f(px, py + e, pz) - f(px, py - e, pz), f(px, py, pz + e) - f(px, py, pz - e));
  n = n.scale(1 / n.len);
  const l = new V3(lx, ly, lz);
  const ndl = n.dot(l) / l.len;
  return Math.max(0, ndl) * 0.9 + 0.1;
}

/** soft silhouette of a sphere over a w x h image against a target mask (orthographic), MSE */
export function silhouetteLoss(params: Float64Array, target: Float64Array, w: number, h: number, sharp: number): number {
  const [cx, cy, r] = params;
  let loss = 0;
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const u = (i + 0.5) / w * 2 - 1;
      const v = (j + 0.5) / h * 2 - 1;
      const sd = Math.hypot(u - cx, v - cy) - r;
      const cover = sigmoid(-sharp * sd);
      const e = cover - target[j * w + i];
      loss += e * e;
    }
  }
  return loss / (w * h);
}

/** depth image of rays from a pinhole into a sphere, written into out */
export function depthImage(cx: number, cy: number, cz: number, r: number, w: number, out: Float64Array): void {
  for (let i = 0; i < w; i++) {
    const dx = (i + 0.5) / w - 0.5;
    out[i] = marchDepth(0, 0.5, 0, dx, 0, 1, cx, cy, cz, r);
  }
}
