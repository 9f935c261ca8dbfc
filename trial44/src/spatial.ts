// Geodesy, image processing and game physics.

const EARTH_R = 6371.0088; // km
const DEG = Math.PI / 180;

/** Length of a track of (lat, lon) points in degrees, by haversine, against a measured length. */
export function haversineTrackError(latLon: Float64Array, measuredKm: number): number {
  let total = 0;
  for (let i = 2; i < latLon.length; i += 2) {
    const p1 = latLon[i - 2] * DEG, p2 = latLon[i] * DEG;
    const dp = p2 - p1, dl = (latLon[i + 1] - latLon[i - 1]) * DEG;
    const h = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
    total += 2 * EARTH_R * Math.asin(Math.sqrt(h));
  }
  return (total - measuredKm) ** 2;
}

/** Vincenty's inverse on the WGS-84 ellipsoid with a fixed number of lambda iterations: distance in km. */
export function vincentyDistance(lat1: number, lon1: number, lat2: number, lon2: number, iters: number): number {
  const a = 6378.137, f = 1 / 298.257223563, b = (1 - f) * a;
  const u1 = Math.atan((1 - f) * Math.tan(lat1 * DEG)), u2 = Math.atan((1 - f) * Math.tan(lat2 * DEG));
  const L = (lon2 - lon1) * DEG;
  const su1 = Math.sin(u1), cu1 = Math.cos(u1), su2 = Math.sin(u2), cu2 = Math.cos(u2);
  let lambda = L;
  let sinS = 0, cosS = 1, sigma = 0, cos2a = 1, cos2sm = 0;
  for (let i = 0; i < iters; i++) {
    const sl = Math.sin(lambda), cl = Math.cos(lambda);
    sinS = Math.hypot(cu2 * sl, cu1 * su2 - su1 * cu2 * cl);
    cosS = su1 * su2 + cu1 * cu2 * cl;
    sigma = Math.atan2(sinS, cosS);
    const sinA = (cu1 * cu2 * sl) / sinS;
    cos2a = 1 - sinA * sinA;
    cos2sm = cosS - (2 * su1 * su2) / cos2a;
    const C = (f / 16) * cos2a * (4 + f * (4 - 3 * cos2a));
    lambda = L + (1 - C) * f * sinA * (sigma + C * sinS * (cos2sm + C * cosS * (-1 + 2 * cos2sm * cos2sm)));
  }
  const uSq = (cos2a * (a * a - b * b)) / (b * b);
  const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
  const dS = B * sinS * (cos2sm + (B / 4) * (cosS * (-1 + 2 * cos2sm * cos2sm) - (B / 6) * cos2sm * (-3 + 4 * sinS * sinS) * (-3 + 4 * cos2sm * cos2sm)));
  return b * A * (sigma - dS);
}

/** 3x3 Gaussian blur (edges clamped) then the Sobel gradient magnitude, summed over the image (w x h, flat). */
export function blurSobelEnergy(img: Float64Array, w: number, h: number): number {
  const blur = new Float64Array(w * h);
  const at = (src: Float64Array, x: number, y: number): number => src[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))];
  const kern = [1, 2, 1, 2, 4, 2, 1, 2, 1] as const;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) s += kern[(dy + 1) * 3 + dx + 1] * at(img, x + dx, y + dy);
      blur[y * w + x] = s / 16;
    }
  let e = 0;
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const gx = at(blur, x + 1, y - 1) + 2 * at(blur, x + 1, y) + at(blur, x + 1, y + 1) - at(blur, x - 1, y - 1) - 2 * at(blur, x - 1, y) - at(blur, x - 1, y + 1);
      const gy = at(blur, x - 1, y + 1) + 2 * at(blur, x, y + 1) + at(blur, x + 1, y + 1) - at(blur, x - 1, y - 1) - 2 * at(blur, x, y - 1) - at(blur, x + 1, y - 1);
      e += Math.sqrt(gx * gx + gy * gy + 1e-8);
    }
  return e;
}

/** Total-variation denoising energy (smoothed isotropic TV) of u against the noisy image f. */
export function tvEnergy(u: Float64Array, f: Float64Array, w: number, lambda: number, eps: number): number {
  const h = u.length / w;
  let fid = 0, tv = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      fid += (u[i] - f[i]) ** 2;
      const ux = x + 1 < w ? u[i + 1] - u[i] : 0;
      const uy = y + 1 < h ? u[i + w] - u[i] : 0;
      tv += Math.sqrt(ux * ux + uy * uy + eps * eps);
    }
  return 0.5 * fid + lambda * tv;
}

/** One pass of a bilateral filter over a 1-D signal, range and space sigmas as parameters: residual to a target. */
export function bilateralResidual(signal: Float64Array, sigmaS: number, sigmaR: number, radius: number, target: Float64Array): number {
  const n = signal.length;
  let res = 0;
  for (let i = 0; i < n; i++) {
    let num = 0, den = 0;
    for (let j = Math.max(0, i - radius); j <= Math.min(n - 1, i + radius); j++) {
      const ds = (i - j) / sigmaS, dr = (signal[i] - signal[j]) / sigmaR;
      const wgt = Math.exp(-0.5 * (ds * ds + dr * dr));
      num += wgt * signal[j];
      den += wgt;
    }
    res += (num / den - target[i]) ** 2;
  }
  return res;
}

/** Verlet cloth strip: particles under gravity, pinned first node, distance constraints relaxed `relax` times. */
export function verletClothSag(rest: number, stiffness: number, gravity: number, n: number, steps: number, relax: number): number {
  const x = new Float64Array(n), y = new Float64Array(n), px = new Float64Array(n), py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = i * rest;
    px[i] = x[i];
  }
  const dt = 0.02;
  for (let s = 0; s < steps; s++) {
    for (let i = 1; i < n; i++) {
      const vx = x[i] - px[i], vy = y[i] - py[i];
      px[i] = x[i];
      py[i] = y[i];
      x[i] += 0.99 * vx;
      y[i] += 0.99 * vy - gravity * dt * dt;
    }
    for (let k = 0; k < relax; k++)
      for (let i = 0; i + 1 < n; i++) {
        const dx = x[i + 1] - x[i], dy = y[i + 1] - y[i];
        const d = Math.hypot(dx, dy);
        const corr = (stiffness * (d - rest)) / d;
        const wa = i === 0 ? 0 : 0.5, wb = i === 0 ? 1 : 0.5; // node 0 is pinned
        x[i] += wa * corr * dx;
        y[i] += wa * corr * dy;
        x[i + 1] -= wb * corr * dx;
        y[i + 1] -= wb * corr * dy;
      }
  }
  return -y[n - 1];
}

/** A projectile with quadratic drag, stepped by semi-implicit Euler until it falls below ground: squared miss. */
export function dragProjectileMiss(speed: number, angle: number, dragK: number, targetX: number): number {
  let x = 0, y = 0;
  let vx = speed * Math.cos(angle), vy = speed * Math.sin(angle);
  const dt = 0.01;
  let px = 0, py = 0;
  while (true) {
    const v = Math.hypot(vx, vy);
    vx -= dragK * v * vx * dt;
    vy -= (9.81 + dragK * v * vy) * dt;
    px = x;
    py = y;
    x += vx * dt;
    y += vy * dt;
    if (y < 0) break;
  }
  // interpolate the landing point on the last segment
  const landX = px + (x - px) * (py / (py - y));
  return (landX - targetX) ** 2;
}

/** Balls on springs to their anchors, with a penalty for overlapping each other and the floor. */
export function springCollisionEnergy(pos: Float64Array, anchors: Float64Array, k: number, radius: number, penalty: number): number {
  const n = pos.length / 2;
  let e = 0;
  for (let i = 0; i < n; i++) {
    e += 0.5 * k * ((pos[2 * i] - anchors[2 * i]) ** 2 + (pos[2 * i + 1] - anchors[2 * i + 1]) ** 2);
    const floorPen = Math.max(0, radius - pos[2 * i + 1]);
    e += penalty * floorPen * floorPen;
    for (let j = i + 1; j < n; j++) {
      const d = Math.hypot(pos[2 * j] - pos[2 * i], pos[2 * j + 1] - pos[2 * i + 1]);
      const overlap = 2 * radius - d;
      if (overlap > 0) e += penalty * overlap * overlap;
    }
  }
  return e;
}
