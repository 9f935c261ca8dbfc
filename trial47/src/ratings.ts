// Sports ratings: Glicko-2 updates, Elo, Bradley-Terry, a Massey-style least squares.

const SCALE = 173.7178;

function gOf(phi: number): number {
  return 1 / Math.sqrt(1 + (3 * phi * phi) / (Math.PI * Math.PI));
}

function expectation(mu: number, muj: number, phij: number): number {
  return 1 / (1 + Math.exp(-gOf(phij) * (mu - muj)));
}

class Glicko2Player {
  mu: number;
  phi: number;
  constructor(rating: number, rd: number, public sigma: number) {
    this.mu = (rating - 1500) / SCALE;
    this.phi = rd / SCALE;
  }
  get rating(): number {
    return SCALE * this.mu + 1500;
  }
  get rd(): number {
    return SCALE * this.phi;
  }
}

/** Glicko-2 volatility by the Illinois method, as in Glickman's paper. */
function newVolatility(sigma: number, phi: number, v: number, delta: number, tau: number): number {
  const a = Math.log(sigma * sigma);
  const f = (x: number): number => {
    const ex = Math.exp(x);
    const d = phi * phi + v + ex;
    return (ex * (delta * delta - phi * phi - v - ex)) / (2 * d * d) - (x - a) / (tau * tau);
  };
  let A = a;
  let B: number;
  if (delta * delta > phi * phi + v) {
    B = Math.log(delta * delta - phi * phi - v);
  } else {
    let k = 1;
    while (f(a - k * tau) < 0) k++;
    B = a - k * tau;
  }
  let fA = f(A);
  let fB = f(B);
  for (let it = 0; it < 100 && Math.abs(B - A) > 1e-12; it++) {
    const C = A + ((A - B) * fA) / (fB - fA);
    const fC = f(C);
    if (fC * fB <= 0) {
      A = B;
      fA = fB;
    } else {
      fA = fA / 2;
    }
    B = C;
    fB = fC;
  }
  return Math.exp(A / 2);
}

/** One Glicko-2 rating period for a player against opponents (ratings, RDs, scores); returns the new rating. */
export function glicko2Rating(rating: number, rd: number, sigma: number, oppR: Float64Array, oppRd: Float64Array, scores: Float64Array, tau: number): number {
  const p = new Glicko2Player(rating, rd, sigma);
  let vinv = 0;
  let dsum = 0;
  for (let j = 0; j < oppR.length; j++) {
    const muj = (oppR[j] - 1500) / SCALE;
    const phij = oppRd[j] / SCALE;
    const E = expectation(p.mu, muj, phij);
    const g = gOf(phij);
    vinv += g * g * E * (1 - E);
    dsum += g * (scores[j] - E);
  }
  const v = 1 / vinv;
  const sigmaNew = newVolatility(p.sigma, p.phi, v, v * dsum, tau);
  const phiStar = Math.sqrt(p.phi * p.phi + sigmaNew * sigmaNew);
  p.phi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
  p.mu += p.phi * p.phi * dsum;
  return p.rating + 0.1 * p.rd;
}

/** Elo over a season of games (winner index, loser index) with K factor; log-loss of the predictions made. */
export function eloLogLoss(init: Float64Array, home: Int32Array, away: Int32Array, result: Float64Array, K: number, hfa: number): number {
  const r = Float64Array.from(init);
  let loss = 0;
  for (let g = 0; g < home.length; g++) {
    const h = home[g], a = away[g];
    const p = 1 / (1 + Math.pow(10, (r[a] - r[h] - hfa) / 400));
    loss -= result[g] * Math.log(p) + (1 - result[g]) * Math.log(1 - p);
    const delta = K * (result[g] - p);
    r[h] += delta;
    r[a] -= delta;
  }
  return loss / home.length;
}

/** Bradley-Terry negative log-likelihood with a ridge on strengths (softplus form). */
export function bradleyTerryNll(s: Float64Array, winners: Int32Array, losers: Int32Array, ridge: number): number {
  let nll = 0;
  for (let g = 0; g < winners.length; g++) {
    const d = s[winners[g]] - s[losers[g]];
    nll += d > 0 ? Math.log1p(Math.exp(-d)) : -d + Math.log1p(Math.exp(d));
  }
  let r = 0;
  for (const x of s) r += x * x;
  return nll + ridge * r;
}

/** Massey ratings by Gauss-Seidel on the ridge-regularised normal equations; squared distance to target ratings. */
export function masseyLoss(margins: Float64Array, home: Int32Array, away: Int32Array, teams: number, target: Float64Array, ridge: number): number {
  const M: number[][] = [];
  for (let i = 0; i < teams; i++) M.push(new Array(teams).fill(0));
  const p = new Float64Array(teams);
  for (let g = 0; g < home.length; g++) {
    const h = home[g], a = away[g];
    M[h][h] += 1; M[a][a] += 1; M[h][a] -= 1; M[a][h] -= 1;
    p[h] += margins[g]; p[a] -= margins[g];
  }
  for (let j = 0; j < teams; j++) M[j][j] += ridge;
  const r = new Float64Array(teams);
  for (let sweep = 0; sweep < 200; sweep++) {
    for (let i = 0; i < teams; i++) {
      let s = p[i];
      for (let j = 0; j < teams; j++) if (j !== i) s -= M[i][j] * r[j];
      r[i] = s / M[i][i];
    }
  }
  let loss = 0;
  for (let i = 0; i < teams; i++) loss += (r[i] - target[i]) ** 2;
  return loss;
}

/** Glicko-1 style expected score of a pairing, from the two RDs combined. */
export function expectedScore(r1: number, rd1: number, r2: number, rd2: number): number {
  const q = Math.LN10 / 400;
  const g = 1 / Math.sqrt(1 + (3 * q * q * (rd1 * rd1 + rd2 * rd2)) / (Math.PI * Math.PI));
  return 1 / (1 + Math.pow(10, (-g * (r1 - r2)) / 400));
}
