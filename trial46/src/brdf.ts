// Microfacet shading: GGX normal distribution, Smith masking, Fresnel-Schlick, Cook-Torrance, Oren-Nayar,
// and fits of a material to measured reflectance.
type Vec3 = [number, number, number];

const INV_PI = 1 / Math.PI;
const EPS = 1e-7;

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function normalize(v: Vec3): Vec3 {
  const len = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / len, v[1] / len, v[2] / len];
}

export function ggxD(nh: number, alpha: number): number {
  const a2 = alpha * alpha;
  const d = nh * nh * (a2 - 1) + 1;
  return (a2 * INV_PI) / (d * d);
}

export function smithG1(nv: number, alpha: number): number {
  const a2 = alpha * alpha;
  return (2 * nv) / (nv + Math.sqrt(a2 + (1 - a2) * nv * nv));
}

export function fresnelSchlick(cosTheta: number, f0: number): number {
  const m = Math.min(Math.max(1 - cosTheta, 0), 1);
  const m2 = m * m;
  return f0 + (1 - f0) * m2 * m2 * m;
}

class Material {
  constructor(
    public roughness: number,
    public f0: number,
    public kd: number,
  ) {}

  get alpha(): number {
    return this.roughness * this.roughness;
  }

  // outgoing radiance factor times cos(theta_l) for unit light/view directions, normal +z
  shade(l: Vec3, v: Vec3): number {
    const n: Vec3 = [0, 0, 1];
    const h = normalize([l[0] + v[0], l[1] + v[1], l[2] + v[2]]);
    const nl = Math.max(dot(n, l), 0);
    const nv = Math.max(dot(n, v), EPS);
    if (nl <= 0) return 0;
    const nh = Math.max(dot(n, h), 0);
    const vh = Math.max(dot(v, h), 0);
    const a = this.alpha;
    const spec = (ggxD(nh, a) * smithG1(nl, a) * smithG1(nv, a) * fresnelSchlick(vh, this.f0)) / (4 * nl * nv);
    return (this.kd * INV_PI + spec) * nl;
  }
}

export function cookTorrance(light: Float64Array, view: Float64Array, roughness: number, f0: number, kd: number): number {
  const m = new Material(roughness, f0, kd);
  const l = normalize([light[0], light[1], light[2]]);
  const v = normalize([view[0], view[1], view[2]]);
  return m.shade(l, v);
}

// least squares in log space between the model and measured values; dirs hold (l, v) pairs, 6 numbers per sample
export function brdfFitLoss(params: Float64Array, dirs: Float64Array, measured: Float64Array): number {
  const m = new Material(params[0], params[1], params[2]);
  let loss = 0;
  for (let s = 0; s < measured.length; s++) {
    const o = 6 * s;
    const l = normalize([dirs[o], dirs[o + 1], dirs[o + 2]]);
    const v = normalize([dirs[o + 3], dirs[o + 4], dirs[o + 5]]);
    const r = Math.log(m.shade(l, v) + 1e-3) - Math.log(measured[s] + 1e-3);
    loss += r * r;
  }
  return loss / measured.length;
}

export function orenNayar(sigma: number, thetaI: number, thetaR: number, phiDiff: number, albedo: number): number {
  const s2 = sigma * sigma;
  const A = 1 - (0.5 * s2) / (s2 + 0.33);
  const B = (0.45 * s2) / (s2 + 0.09);
  const alpha = Math.max(thetaI, thetaR);
  const beta = Math.min(thetaI, thetaR);
  return albedo * INV_PI * Math.cos(thetaI) * (A + B * Math.max(0, Math.cos(phiDiff)) * Math.sin(alpha) * Math.tan(beta));
}

// directional albedo of the specular lobe for a view at angle thetaV: midpoint rule over the hemisphere
export function directionalAlbedo(roughness: number, f0: number, thetaV: number, nTheta: number, nPhi: number): number {
  const m = new Material(roughness, f0, 0);
  const v: Vec3 = [Math.sin(thetaV), 0, Math.cos(thetaV)];
  const dTheta = Math.PI / 2 / nTheta;
  const dPhi = (2 * Math.PI) / nPhi;
  let sum = 0;
  for (let i = 0; i < nTheta; i++) {
    const th = (i + 0.5) * dTheta;
    const st = Math.sin(th);
    for (let j = 0; j < nPhi; j++) {
      const ph = (j + 0.5) * dPhi;
      sum += m.shade([st * Math.cos(ph), st * Math.sin(ph), Math.cos(th)], v) * st * dTheta * dPhi;
    }
  }
  return sum;
}

function lightTerm(n: Vec3, v: Vec3, l: Vec3, power: number, a: number, f0: number, kd: number): number {
  const nl = dot(n, l);
  if (nl <= 0) return 0;
  const h = normalize([l[0] + v[0], l[1] + v[1], l[2] + v[2]]);
  const nv = Math.max(dot(n, v), EPS);
  const spec = (ggxD(dot(n, h), a) * smithG1(nl, a) * smithG1(nv, a) * fresnelSchlick(dot(v, h), f0)) / (4 * nl * nv);
  return power * (kd * INV_PI + spec) * nl;
}

// a lit sphere rendered on a small grid by two lights, compared with a target image
export function sphereRenderLoss(roughness: number, f0: number, kd: number, lightAz: number, target: Float64Array, size: number): number {
  const key = normalize([Math.cos(lightAz), Math.sin(lightAz), 1]);
  const fill = normalize([-0.3, 0.2, 1]);
  const v: Vec3 = [0, 0, 1];
  const a = roughness * roughness;
  let loss = 0;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = ((px + 0.5) / size) * 2 - 1;
      const y = ((py + 0.5) / size) * 2 - 1;
      const r2 = x * x + y * y;
      if (r2 >= 1) continue;
      const n: Vec3 = [x, y, Math.sqrt(1 - r2)];
      const pix = lightTerm(n, v, key, 2.0, a, f0, kd) + lightTerm(n, v, fill, 0.5, a, f0, kd);
      const d = pix - target[py * size + px];
      loss += d * d;
    }
  }
  return loss;
}

// energy-conserving mix of a diffuse and a specular layer with Fresnel weighting, averaged over light samples
export function layeredMean(roughness: number, f0: number, kd: number, lights: Float64Array): number {
  const m = new Material(roughness, f0, kd);
  const v: Vec3 = normalize([0.2, -0.1, 1]);
  const shaded: number[] = [];
  for (let i = 0; i + 2 < lights.length; i += 3) {
    const l = normalize([lights[i], lights[i + 1], lights[i + 2]]);
    const f = fresnelSchlick(dot(l, v), f0);
    shaded.push((1 - f) * m.shade(l, v) + f * 0.1);
  }
  return shaded.reduce((s, x) => s + x, 0) / shaded.length;
}
