// Loops that rebind arrays (issue 13): taken from trial24/physics.ts and bench/cases/rnn_rebind.ts.
export function clothVerlet(x0: Float64Array, k: number, rest: number, steps = 20, dt = 0.01): number {
  const n = x0.length;
  let x = new Float64Array(x0);
  let prev = new Float64Array(x0);
  let next = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      let f = -9.81;
      if (i > 0) f -= k * (x[i] - x[i - 1] - rest);
      if (i < n - 1) f += k * (x[i + 1] - x[i] - rest);
      next[i] = i === 0 ? x[0] : 2 * x[i] - prev[i] + dt * dt * f; // pinned top
    }
    const t = prev;
    prev = x;
    x = next;
    next = t;
  }
  let e = 0;
  for (let i = 1; i < n; i++) {
    const d = x[i] - x[i - 1] - rest;
    e += 0.5 * k * d * d;
  }
  return e;
}

export function heatExplicit(u0: Float64Array, alpha: number, steps = 25): number {
  const n = u0.length;
  let u = Float64Array.from(u0);
  let v = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    v[0] = 0;
    v[n - 1] = 0;
    for (let i = 1; i < n - 1; i++) v[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1]);
    [u, v] = [v, u];
  }
  let e = 0;
  for (const w of u) e += w * w;
  return e;
}

export function waveEnergy(u0: Float64Array, c: number, steps = 30): number {
  const n = u0.length;
  const dx = 1 / (n - 1), dt = 0.5 * dx;
  const lam = (c * dt / dx) ** 2;
  let prev = new Float64Array(u0);
  let cur = new Float64Array(u0);
  for (let s = 0; s < steps; s++) {
    const nxt = new Float64Array(n);
    for (let i = 1; i < n - 1; i++) nxt[i] = 2 * cur[i] - prev[i] + lam * (cur[i + 1] - 2 * cur[i] + cur[i - 1]);
    prev = cur;
    cur = nxt;
  }
  let E = 0;
  for (let i = 1; i < n; i++) {
    const vt = (cur[i] - prev[i]) / dt;
    const ux = (cur[i] - cur[i - 1]) / dx;
    E += 0.5 * (vt * vt + c * c * ux * ux) * dx;
  }
  return E;
}


export function elmanRebind(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array,
  xs: Float64Array, y: Float64Array): number {
  const H = b.length;
  const I = Wx.length / H;
  const T = xs.length / I;
  let h = new Float64Array(H);
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(H);
    for (let i = 0; i < H; i++) {
      let z = b[i];
      for (let j = 0; j < I; j++) z += Wx[i * I + j] * xs[t * I + j];
      for (let j = 0; j < H; j++) z += Wh[i * H + j] * h[j];
      next[i] = Math.tanh(z);
    }
    h = next;
  }
  let loss = 0;
  for (let o = 0; o < y.length; o++) {
    let r = 0;
    for (let j = 0; j < H; j++) r += Wy[o * H + j] * h[j];
    const d = r - y[o];
    loss += d * d;
  }
  return loss;
}

// From trial25 (graphics.ts, ml.ts, shapes.ts): number[] state rebound to arrays built by push,
// starting from a copy of a parameter or the parameter itself; a Float64Array state rebound.
export function bezierX(ctrl: Float64Array, t: number): number {
  let pts = Array.from(ctrl);
  while (pts.length > 1) {
    const next: number[] = [];
    for (let i = 0; i + 1 < pts.length; i++) next.push((1 - t) * pts[i] + t * pts[i + 1]);
    pts = next;
  }
  return pts[0];
}

export function gruVec(xs: Float64Array, U: Float64Array): number {
  let h = new Float64Array(2);
  for (let t = 0; t < xs.length; t++) {
    const next = new Float64Array(2);
    for (let k = 0; k < 2; k++) {
      const pre = U[3 * k] * xs[t] + U[3 * k + 1] * h[0] + U[3 * k + 2] * h[1];
      next[k] = Math.tanh(pre);
    }
    h = next;
  }
  return h[0] - h[1];
}

export function smoothPasses(xs: number[], lam: number): number {
  let cur = xs;
  for (let pass = 0; pass < 3; pass++) {
    const next: number[] = [];
    for (let i = 0; i < cur.length; i++) {
      const l = cur[Math.max(i - 1, 0)], r = cur[Math.min(i + 1, cur.length - 1)];
      next.push(cur[i] + lam * (l + r - 2 * cur[i]));
    }
    cur = next;
  }
  let s = 0;
  for (const v of cur) s += v * v * v;
  return s;
}
