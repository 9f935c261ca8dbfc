// Game physics: a Verlet rope with distance constraints, a 2-D box with penalty contacts, a drag projectile aimed
// by the secant method, boids, and a character controller's jump.

// rope pinned at both ends (second anchor at (span, 0)); returns the sag of its middle point after `frames`
export function ropeSag(restLen: number, span: number, gravity: number, damping: number, frames: number): number {
  const n = 9;
  const rest = restLen / (n - 1);
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = i * rest;
  const px = Float64Array.from(x), py = Float64Array.from(y);
  const dt = 1 / 60;
  for (let f = 0; f < frames; f++) {
    for (let i = 1; i < n - 1; i++) {
      const vx = (x[i] - px[i]) * damping, vy = (y[i] - py[i]) * damping;
      px[i] = x[i];
      py[i] = y[i];
      x[i] += vx;
      y[i] += vy - gravity * dt * dt;
    }
    x[n - 1] = span;
    y[n - 1] = 0;
    for (let it = 0; it < 4; it++) {
      for (let i = 0; i < n - 1; i++) {
        const dx = x[i + 1] - x[i], dy = y[i + 1] - y[i];
        const dist = Math.sqrt(dx * dx + dy * dy);
        const corr = (0.5 * (dist - rest)) / dist;
        const w0 = i === 0 ? 0 : 1, w1 = i + 1 === n - 1 ? 0 : 1;
        const share = w0 + w1 === 0 ? 0 : 2 / (w0 + w1);
        x[i] += w0 * share * corr * dx;
        y[i] += w0 * share * corr * dy;
        x[i + 1] -= w1 * share * corr * dx;
        y[i + 1] -= w1 * share * corr * dy;
      }
    }
  }
  return -y[(n - 1) / 2];
}

// a box (half sizes hw, hh) dropped with a spin onto the ground y = 0, contacts as penalty springs at the corners
export function boxDropEnergy(h0: number, spin: number, k: number, c: number, mu: number, steps: number): number {
  const hw = 0.5, hh = 0.25, mass = 1;
  const inertia = (mass * (4 * hw * hw + 4 * hh * hh)) / 12;
  const dt = 1 / 240;
  let x = 0, y = h0, th = 0.3, vx = 0.5, vy = 0, w = spin;
  const corners: [number, number][] = [[hw, hh], [-hw, hh], [-hw, -hh], [hw, -hh]];
  for (let s = 0; s < steps; s++) {
    let fx = 0, fy = -9.81 * mass, tq = 0;
    const cs = Math.cos(th), sn = Math.sin(th);
    for (const [cx, cy] of corners) {
      const rx = cs * cx - sn * cy, ry = sn * cx + cs * cy;
      const py = y + ry;
      if (py >= 0) continue;
      const pvx = vx - w * ry, pvy = vy + w * rx;
      const fn = Math.max(-k * py - c * pvy, 0);
      // regularised Coulomb friction
      const ft = -mu * fn * Math.tanh(pvx / 0.05);
      fx += ft;
      fy += fn;
      tq += rx * fn - ry * ft;
    }
    vx += (dt * fx) / mass;
    vy += (dt * fy) / mass;
    w += (dt * tq) / inertia;
    x += dt * vx;
    y += dt * vy;
    th += dt * w;
  }
  return 0.5 * mass * (vx * vx + vy * vy) + 0.5 * inertia * w * w + 9.81 * mass * y + 0.01 * x;
}

function projectileRange(angle: number, speed: number, drag: number): number {
  let x = 0, y = 0, vx = speed * Math.cos(angle), vy = speed * Math.sin(angle);
  const dt = 0.01;
  let prevX = 0, prevY = 0;
  for (let i = 0; i < 2000; i++) {
    prevX = x;
    prevY = y;
    const v = Math.hypot(vx, vy);
    vx -= dt * drag * v * vx;
    vy -= dt * (9.81 + drag * v * vy);
    x += dt * vx;
    y += dt * vy;
    if (y < 0) break;
  }
  // interpolate the ground crossing
  return prevX + ((x - prevX) * prevY) / (prevY - y);
}

// aim by the secant method at a target distance; returns the miss after a fixed number of iterations plus the angle
export function aimBySecant(speed: number, drag: number, target: number): number {
  let a0 = 0.3, a1 = 0.5;
  let f0 = projectileRange(a0, speed, drag) - target;
  for (let it = 0; it < 6; it++) {
    const f1 = projectileRange(a1, speed, drag) - target;
    if (Math.abs(f1) < 1e-10) break;
    const next = a1 - (f1 * (a1 - a0)) / (f1 - f0);
    a0 = a1;
    f0 = f1;
    a1 = next;
  }
  return a1;
}

// one boids step; returns an order parameter (|mean heading|) plus a cohesion energy
export function boidsStep(px: Float64Array, py: Float64Array, vx: Float64Array, vy: Float64Array, wCoh: number, wSep: number, wAli: number): number {
  const n = px.length;
  const nvx = new Float64Array(n), nvy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let cx = 0, cy = 0, ax = 0, ay = 0, sx = 0, sy = 0;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dx = px[j] - px[i], dy = py[j] - py[i];
      const d2 = dx * dx + dy * dy + 1e-3;
      cx += dx;
      cy += dy;
      ax += vx[j];
      ay += vy[j];
      sx -= dx / d2;
      sy -= dy / d2;
    }
    nvx[i] = vx[i] + (wCoh * cx + wAli * (ax / (n - 1) - vx[i]) + wSep * sx) * 0.1;
    nvy[i] = vy[i] + (wCoh * cy + wAli * (ay / (n - 1) - vy[i]) + wSep * sy) * 0.1;
  }
  let hx = 0, hy = 0, spread = 0;
  for (let i = 0; i < n; i++) {
    const s = Math.hypot(nvx[i], nvy[i]);
    hx += nvx[i] / s;
    hy += nvy[i] / s;
    spread += (px[i] + 0.1 * nvx[i]) ** 2 + (py[i] + 0.1 * nvy[i]) ** 2;
  }
  return Math.hypot(hx, hy) / n + 0.01 * spread;
}

// a platformer jump: higher gravity while falling, jump cut when the button is released; apex and landing distance
export function jumpArc(jumpSpeed: number, gUp: number, gDown: number, releaseT: number, runSpeed: number): number {
  const dt = 1 / 120;
  let y = 0, vy = jumpSpeed, t = 0, apex = 0;
  do {
    if (t >= releaseT && vy > 0) vy *= 0.5;
    const g = vy > 0 ? gUp : gDown;
    vy -= g * dt;
    y += vy * dt;
    t += dt;
    apex = Math.max(apex, y);
  } while (y > 0 && t < 5);
  return apex + 0.1 * runSpeed * t;
}
