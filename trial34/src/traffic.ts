// Traffic flow (intelligent driver model stepped in time, fundamental diagrams) and ranking
// (Bradley-Terry, Elo, Plackett-Luce, matrix factorisation for recommendation).

interface Idm {
  v0: number;
  T: number;
  a: number;
  b: number;
}

function idmAccel(v: number, gap: number, dv: number, p: Idm, opts: { delta?: number; s0?: number } = {}): number {
  const delta = opts.delta ?? 4;
  const s0 = opts.s0 ?? 2;
  const sStar = s0 + Math.max(0, v * p.T + (v * dv) / (2 * Math.sqrt(p.a * p.b)));
  return p.a * (1 - (v / p.v0) ** delta - (sStar / gap) ** 2);
}

interface Car {
  x: number;
  v: number;
}

function stepCar(c: Car, acc: number, dt: number): Car {
  const v = Math.max(0, c.v + acc * dt);
  return { x: c.x + 0.5 * (c.v + v) * dt, v };
}

/** One follower behind a leader at constant speed; squared error of the gap against observations. */
export function idmGapLoss(v0: number, T: number, a: number, b: number, observedGap: Float64Array, dt = 0.5, leaderSpeed = 20): number {
  let leader: Car = { x: 40, v: leaderSpeed };
  let car: Car = { x: 0, v: 15 };
  let loss = 0;
  for (const obs of observedGap) {
    const acc = idmAccel(car.v, leader.x - car.x, car.v - leader.v, { v0, T, a, b });
    car = stepCar(car, acc, dt);
    leader = stepCar(leader, 0, dt);
    const e = leader.x - car.x - obs;
    loss += e * e;
  }
  return loss / observedGap.length;
}

/** A platoon on a ring road: positions and speeds in arrays, double-buffered; returns the final spread of speeds. */
export function ringRoadSpread(v0: number, T: number, a: number, b: number, x0: Float64Array, length = 230, steps = 60, dt = 0.4): number {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let v = new Float64Array(n).fill(10);
  let xn = new Float64Array(n);
  let vn = new Float64Array(n);
  const p = { v0, T, a, b };
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      let gap = x[j] - x[i];
      if (gap <= 0) gap += length;
      const acc = idmAccel(v[i], gap, v[i] - v[j], p, { delta: 4 });
      vn[i] = Math.max(0, v[i] + acc * dt);
      xn[i] = x[i] + 0.5 * (v[i] + vn[i]) * dt;
    }
    [x, xn] = [xn, x];
    [v, vn] = [vn, v];
  }
  let mean = 0;
  for (const vi of v) mean += vi / n;
  let spread = 0;
  for (const vi of v) spread += (vi - mean) ** 2;
  return spread / n;
}

/** Least-squares fit of a triangular fundamental diagram (softened minimum) to flow-density data. */
export function triangularFdFit(vf: number, kc: number, kj: number, density: number[], flow: number[], softness = 50): number {
  const w = (vf * kc) / (kj - kc); // congested wave speed
  return density.reduce((acc, k, i) => {
    const free = vf * k;
    const cong = w * (kj - k);
    const q = -softness * Math.log(Math.exp(-free / softness) + Math.exp(-cong / softness));
    return acc + (q - flow[i]) ** 2;
  }, 0);
}

// --- ranking --------------------------------------------------------------------------------------

/** Bradley-Terry log-likelihood with log-strengths theta, games winners[g] beat losers[g], a Gaussian prior. */
export function bradleyTerryLogLik(theta: Float64Array, winners: Int32Array, losers: Int32Array, prior = 0.1): number {
  let ll = 0;
  for (let g = 0; g < winners.length; g++) {
    const d = theta[winners[g]] - theta[losers[g]];
    ll -= Math.log1p(Math.exp(-d));
  }
  let reg = 0;
  theta.forEach((t) => {
    reg += t * t;
  });
  return ll - 0.5 * prior * reg;
}

/** Elo ratings updated game by game; returns the prequential log-loss of the predictions (k and scale fitted). */
export function eloLogLoss(k: number, scale: number, home: Int32Array, away: Int32Array, outcome: Float64Array, players: number, homeAdv = 0): number {
  const r = new Float64Array(players);
  let loss = 0;
  for (let g = 0; g < home.length; g++) {
    const h = home[g];
    const w = away[g];
    const e = 1 / (1 + 10 ** ((r[w] - r[h] - homeAdv) / scale));
    const y = outcome[g];
    loss -= y * Math.log(e) + (1 - y) * Math.log(1 - e);
    r[h] += k * (y - e);
    r[w] -= k * (y - e);
  }
  return loss / home.length;
}

/** Plackett-Luce log-likelihood of one observed ranking `order` (best first) under scores. */
export function plackettLuce(scores: Float64Array, order: Int32Array): number {
  let ll = 0;
  for (let pos = 0; pos < order.length; pos++) {
    let m = -Infinity;
    for (let q = pos; q < order.length; q++) m = Math.max(m, scores[order[q]]);
    let s = 0;
    for (let q = pos; q < order.length; q++) s += Math.exp(scores[order[q]] - m);
    ll += scores[order[pos]] - m - Math.log(s);
  }
  return ll;
}

/** Matrix factorisation loss for recommendation: ratings r at (rows[i], cols[i]), factors u (m x k), v (n x k). */
export function mfLoss(
  u: Float64Array,
  v: Float64Array,
  rows: Int32Array,
  cols: Int32Array,
  ratings: Float64Array,
  k: number,
  lambda = 0.05,
  opts: { bias?: boolean; clip?: boolean } = {},
): number {
  let loss = 0;
  for (let i = 0; i < ratings.length; i++) {
    const ru = rows[i] * k;
    const cv = cols[i] * k;
    let pred = opts.bias ? 3 : 0;
    for (let f = 0; f < k; f++) pred += u[ru + f] * v[cv + f];
    if (opts.clip) pred = Math.min(5, Math.max(1, pred));
    const e = ratings[i] - pred;
    loss += e * e;
  }
  const norm = (m: Float64Array) => m.reduce((s, t) => s + t * t, 0);
  return loss + lambda * (norm(u) + norm(v));
}
