// ADBench's GMM objective written in a common style (issue 13): scratch vectors xc and Qxc
// reused across iterations, a logsumexp helper over a local array, sumQs and Qdiags as local
// arrays. The same value as fixtures/adbench/gmm/input.ts.
const PI = 3.14159265359;

function logsumexp(v: Float64Array): number {
  let mx = v[0];
  for (let i = 1; i < v.length; i++) if (v[i] > mx) mx = v[i];
  let s = 0;
  for (let i = 0; i < v.length; i++) s += Math.exp(v[i] - mx);
  return Math.log(s) + mx;
}

function logGammaHalf(z: number): number {
  let out = 0;
  let t = z;
  while (t > 1.25) {
    t -= 1;
    out += Math.log(t);
  }
  if (t < 0.75) out += 0.5 * Math.log(Math.PI);
  return out;
}

export function gmmScratch(alphas: Float64Array, means: Float64Array, icf: Float64Array, x: Float64Array,
  d: number, k: number, n: number, gamma: number, m: number): number {
  const D = Math.trunc(d);
  const K = Math.trunc(k);
  const N = Math.trunc(n);
  const icfSz = (D * (D + 1)) / 2;
  const sumQs = new Float64Array(K);
  const Qdiags = new Float64Array(D * K);
  for (let ik = 0; ik < K; ik++) {
    let s = 0;
    for (let j = 0; j < D; j++) {
      s += icf[ik * icfSz + j];
      Qdiags[ik * D + j] = Math.exp(icf[ik * icfSz + j]);
    }
    sumQs[ik] = s;
  }
  const xc = new Float64Array(D);
  const Qxc = new Float64Array(D);
  const main = new Float64Array(K);
  let slse = 0;
  for (let i = 0; i < N; i++) {
    for (let ik = 0; ik < K; ik++) {
      for (let j = 0; j < D; j++) xc[j] = x[i * D + j] - means[ik * D + j];
      for (let j = 0; j < D; j++) Qxc[j] = Qdiags[ik * D + j] * xc[j];
      let idx = ik * icfSz + D;
      for (let c = 0; c < D; c++) {
        for (let r = c + 1; r < D; r++) {
          Qxc[r] += icf[idx] * xc[c];
          idx++;
        }
      }
      let sq = 0;
      for (let j = 0; j < D; j++) sq += Qxc[j] * Qxc[j];
      main[ik] = alphas[ik] + sumQs[ik] - 0.5 * sq;
    }
    slse += logsumexp(main);
  }
  const constant = -N * D * 0.5 * Math.log(2 * PI);
  let result = constant + slse - N * logsumexp(alphas);
  // the Wishart prior
  const nu = D + Math.trunc(m) + 1;
  let lgd = 0.25 * D * (D - 1) * Math.log(PI);
  for (let j = 1; j <= D; j++) lgd += logGammaHalf(0.5 * nu + 0.5 * (1 - j));
  const C = nu * D * (Math.log(gamma) - 0.5 * Math.log(2)) - lgd;
  for (let ik = 0; ik < K; ik++) {
    let frob = 0;
    for (let j = 0; j < D; j++) frob += Qdiags[ik * D + j] * Qdiags[ik * D + j];
    for (let j = D; j < icfSz; j++) frob += icf[ik * icfSz + j] * icf[ik * icfSz + j];
    result += 0.5 * gamma * gamma * frob - m * sumQs[ik];
  }
  return result - K * C;
}
