// Expression trees stored in arrays, recursive evaluators, de Casteljau, recursive sums.

export const enum Op {
  Const = 0,
  Var = 1,
  Add = 2,
  Mul = 3,
  Sin = 4,
  Exp = 5,
  Div = 6,
}

/**
 * Evaluates node `i` of a tree: ops[i] is the opcode, left/right the child indices,
 * vals[i] the constant (Const) or variable index (Var) as an integer.
 */
function evalNode(i: number, ops: Int32Array, left: Int32Array, right: Int32Array, consts: Float64Array, x: Float64Array): number {
  switch (ops[i]) {
    case Op.Const:
      return consts[i];
    case Op.Var:
      return x[left[i]];
    case Op.Add:
      return evalNode(left[i], ops, left, right, consts, x) + evalNode(right[i], ops, left, right, consts, x);
    case Op.Mul:
      return evalNode(left[i], ops, left, right, consts, x) * evalNode(right[i], ops, left, right, consts, x);
    case Op.Sin:
      return Math.sin(evalNode(left[i], ops, left, right, consts, x));
    case Op.Exp:
      return Math.exp(evalNode(left[i], ops, left, right, consts, x));
    case Op.Div:
      return evalNode(left[i], ops, left, right, consts, x) / evalNode(right[i], ops, left, right, consts, x);
    default:
      return 0;
  }
}

export function evalTree(ops: Int32Array, left: Int32Array, right: Int32Array, consts: Float64Array, x: Float64Array): number {
  return evalNode(0, ops, left, right, consts, x);
}

/** The same tree evaluated bottom-up (children have larger indices), with a value stack array. */
export function evalTreeIterative(ops: Int32Array, left: Int32Array, right: Int32Array, consts: Float64Array, x: Float64Array): number {
  const n = ops.length;
  const v = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const op = ops[i];
    let r: number;
    if (op === Op.Const) r = consts[i];
    else if (op === Op.Var) r = x[left[i]];
    else if (op === Op.Add) r = v[left[i]] + v[right[i]];
    else if (op === Op.Mul) r = v[left[i]] * v[right[i]];
    else if (op === Op.Sin) r = Math.sin(v[left[i]]);
    else if (op === Op.Exp) r = Math.exp(v[left[i]]);
    else r = v[left[i]] / v[right[i]];
    v[i] = r;
  }
  return v[0];
}

/** de Casteljau, recursive on the degree, for one coordinate of a Bézier curve. */
function casteljau(p: Float64Array, lo: number, hi: number, t: number): number {
  if (hi - lo === 0) return p[lo];
  return (1 - t) * casteljau(p, lo, hi - 1, t) + t * casteljau(p, lo + 1, hi, t);
}

export function bezier(p: Float64Array, t: number): number {
  return casteljau(p, 0, p.length - 1, t);
}

/** Arc length of a 2-D Bézier (xs, ys control points) by sampling. */
export function bezierLength(xs: Float64Array, ys: Float64Array, samples = 16): number {
  let len = 0;
  let px = bezier(xs, 0);
  let py = bezier(ys, 0);
  for (let s = 1; s <= samples; s++) {
    const t = s / samples;
    const qx = bezier(xs, t);
    const qy = bezier(ys, t);
    len += Math.hypot(qx - px, qy - py);
    px = qx;
    py = qy;
  }
  return len;
}

/** de Casteljau iteratively, in a scratch copy. */
export function bezierIter(p: Float64Array, t: number): number {
  const b = Float64Array.from(p);
  for (let r = 1; r < b.length; r++) {
    for (let i = 0; i < b.length - r; i++) b[i] = (1 - t) * b[i] + t * b[i + 1];
  }
  return b[0];
}

/** Recursive pairwise sum of a range. */
function pairwise(x: Float64Array, lo: number, hi: number): number {
  if (hi - lo <= 2) {
    let s = 0;
    for (let i = lo; i < hi; i++) s += x[i];
    return s;
  }
  const mid = (lo + hi) >> 1;
  return pairwise(x, lo, mid) + pairwise(x, mid, hi);
}

export function pairwiseSumSq(x: Float64Array): number {
  const sq = x.map((v) => v * v);
  return pairwise(sq, 0, sq.length);
}

export function pairwiseSumSq2(x: Float64Array): number {
  const sq = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) sq[i] = x[i] * x[i];
  return pairwise(sq, 0, sq.length);
}

/** A binary "tree of evaluations": each level halves, combining neighbours with a smooth max. */
export function softmaxTree(x: Float64Array, temp: number): number {
  let cur = Float64Array.from(x);
  while (cur.length > 1) {
    const next = new Float64Array(cur.length >> 1);
    for (let i = 0; i < next.length; i++) {
      const a = cur[2 * i], b = cur[2 * i + 1];
      const m = Math.max(a, b);
      next[i] = m + temp * Math.log(Math.exp((a - m) / temp) + Math.exp((b - m) / temp));
    }
    cur = next;
  }
  return cur[0];
}

/** Recursive power by squaring with a number exponent split into integer halves. */
function powRec(x: number, n: number): number {
  if (n === 0) return 1;
  if (n % 2 === 1) return x * powRec(x, n - 1);
  const h = powRec(x, n / 2);
  return h * h;
}

export function polyByRecursion(x: number, c: Float64Array): number {
  let s = 0;
  for (let k = 0; k < c.length; k++) s += c[k] * powRec(x, k);
  return s;
}

/** Horner, recursive on the coefficient index. */
function hornerRec(c: number[], x: number, i: number): number {
  return i === c.length - 1 ? c[i] : c[i] + x * hornerRec(c, x, i + 1);
}

export function hornerRecursive(c: number[], x: number): number {
  return hornerRec(c, x, 0);
}

/** A recursive continued fraction for tan-like expansions, depth-limited. */
function contFrac(x: number, k: number, depth: number): number {
  if (depth === 0) return 2 * k + 1;
  return 2 * k + 1 - (x * x) / contFrac(x, k + 1, depth - 1);
}

export function tanCF(x: number): number {
  return x / contFrac(x, 0, 10);
}
