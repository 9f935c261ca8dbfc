// Phylogenetic likelihood by Felsenstein pruning over a tree stored in index arrays.
// Nodes 0..nTips-1 are tips; internal node k (k >= nTips) has children left[k - nTips], right[k - nTips],
// both with smaller indices; the root is the last node. Branch length of node i (to its parent) is bl[i].

const NSTATES = 4;

/** Jukes-Cantor transition probability */
export const jcProb = (t: number, same: boolean, mu = 1): number => {
  const e = Math.exp((-4 / 3) * mu * t);
  return same ? 0.25 + 0.75 * e : 0.25 - 0.25 * e;
};

/** Kimura 2-parameter: transitions (A<->G, C<->T) vs transversions; states A=0 C=1 G=2 T=3 */
const k80Prob = (t: number, kappa: number, from: number, to: number): number => {
  const beta = 1 / (kappa + 2);
  const alpha = kappa * beta;
  const e1 = Math.exp(-4 * beta * t);
  const e2 = Math.exp(-2 * (alpha + beta) * t);
  if (from === to) return 0.25 + 0.25 * e1 + 0.5 * e2;
  return (from + to) % 2 === 0 ? 0.25 + 0.25 * e1 - 0.5 * e2 : 0.25 - 0.25 * e1;
};

/** log-likelihood of all sites under JC69, pruning with a scratch buffer of partials reused per site
 * @domain bl (0.02, 0.5) length 9
 * @domain left int [0, 0] length 4
 * @domain right int [1, 1] length 4
 * @domain tips int [0, 3] length 15
 * @domain nTips int [5, 5]
 */
export function jcLogLik(bl: Float64Array, left: Int32Array, right: Int32Array, tips: Int32Array, nTips: number, mu = 1): number {
  const nNodes = nTips + left.length;
  const nSites = tips.length / nTips;
  const L = new Float64Array(nNodes * NSTATES);
  let ll = 0;
  for (let s = 0; s < nSites; s++) {
    L.fill(0);
    for (let i = 0; i < nTips; i++) L[i * NSTATES + tips[s * nTips + i]] = 1;
    for (let k = nTips; k < nNodes; k++) {
      const a = left[k - nTips], b = right[k - nTips];
      for (let x = 0; x < NSTATES; x++) {
        let pa = 0, pb = 0;
        for (let y = 0; y < NSTATES; y++) {
          pa += jcProb(bl[a], x === y, mu) * L[a * NSTATES + y];
          pb += jcProb(bl[b], x === y, mu) * L[b * NSTATES + y];
        }
        L[k * NSTATES + x] = pa * pb;
      }
    }
    const root = nNodes - 1;
    let site = 0;
    for (let x = 0; x < NSTATES; x++) site += 0.25 * L[root * NSTATES + x];
    ll += Math.log(site);
  }
  return ll;
}

/** the same for one site by recursion over the tree: partial likelihood of node for state x */
function partial(node: number, x: number, bl: Float64Array, left: Int32Array, right: Int32Array, tips: Int32Array, site: number, nTips: number, mu: number): number {
  if (node < nTips) return tips[site * nTips + node] === x ? 1 : 0;
  const a = left[node - nTips], b = right[node - nTips];
  let pa = 0, pb = 0;
  for (let y = 0; y < NSTATES; y++) {
    pa += jcProb(bl[a], x === y, mu) * partial(a, y, bl, left, right, tips, site, nTips, mu);
    pb += jcProb(bl[b], x === y, mu) * partial(b, y, bl, left, right, tips, site, nTips, mu);
  }
  return pa * pb;
}

/**
 * @domain bl (0.02, 0.5) length 9
 * @domain left int [0, 0] length 4
 * @domain right int [1, 1] length 4
 * @domain tips int [0, 3] length 15
 * @domain nTips int [5, 5]
 */
export function jcLogLikRec(bl: Float64Array, left: Int32Array, right: Int32Array, tips: Int32Array, nTips: number, mu = 1): number {
  const root = nTips + left.length - 1;
  let ll = 0;
  for (let s = 0; s < tips.length / nTips; s++) {
    let site = 0;
    for (let x = 0; x < NSTATES; x++) site += 0.25 * partial(root, x, bl, left, right, tips, s, nTips, mu);
    ll += Math.log(site);
  }
  return ll;
}

/** K80 log-likelihood, with per-node rescaling (scale factors accumulated in log space)
 * @domain bl (0.02, 0.5) length 9
 * @domain left int [0, 0] length 4
 * @domain right int [1, 1] length 4
 * @domain tips int [0, 3] length 15
 * @domain nTips int [5, 5]
 * @domain kappa (1, 5)
 */
export function k80LogLik(bl: Float64Array, kappa: number, left: Int32Array, right: Int32Array, tips: Int32Array, nTips: number): number {
  const nNodes = nTips + left.length;
  const nSites = tips.length / nTips;
  const L = new Float64Array(nNodes * NSTATES);
  const P = new Float64Array(nNodes * NSTATES * NSTATES);
  for (let i = 0; i < nNodes - 1; i++)
    for (let x = 0; x < NSTATES; x++)
      for (let y = 0; y < NSTATES; y++) P[(i * NSTATES + x) * NSTATES + y] = k80Prob(bl[i], kappa, x, y);
  let ll = 0;
  for (let s = 0; s < nSites; s++) {
    L.fill(0);
    for (let i = 0; i < nTips; i++) L[i * NSTATES + tips[s * nTips + i]] = 1;
    for (let k = nTips; k < nNodes; k++) {
      const a = left[k - nTips], b = right[k - nTips];
      let mx = 0;
      for (let x = 0; x < NSTATES; x++) {
        let pa = 0, pb = 0;
        for (let y = 0; y < NSTATES; y++) {
          pa += P[(a * NSTATES + x) * NSTATES + y] * L[a * NSTATES + y];
          pb += P[(b * NSTATES + x) * NSTATES + y] * L[b * NSTATES + y];
        }
        const v = pa * pb;
        L[k * NSTATES + x] = v;
        if (v > mx) mx = v;
      }
      for (let x = 0; x < NSTATES; x++) L[k * NSTATES + x] /= mx;
      ll += Math.log(mx);
    }
    let site = 0;
    for (let x = 0; x < NSTATES; x++) site += 0.25 * L[(nNodes - 1) * NSTATES + x];
    ll += Math.log(site);
  }
  return ll;
}

/** tree length penalised log-likelihood: a prior of exponential branch lengths, for a MAP fit
 * @domain bl (0.02, 0.5) length 9
 * @domain left int [0, 0] length 4
 * @domain right int [1, 1] length 4
 * @domain tips int [0, 3] length 15
 * @domain nTips int [5, 5]
 */
export const jcLogPosterior = (bl: Float64Array, left: Int32Array, right: Int32Array, tips: Int32Array, nTips: number, rate = 10): number => {
  let lp = 0;
  for (const b of bl) lp += Math.log(rate) - rate * b;
  return jcLogLik(bl, left, right, tips, nTips) + lp;
};
