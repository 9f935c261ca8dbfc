// fmin@0.0.4, src/blas1.js (BSD-3-Clause, see LICENSE). Types added (the package ships no
// declarations); the vector helpers fmin's optimizers call, as the authors wrote them.
// need some basic operations on vectors, rather than adding a dependency,
// just define here
export function zeros(x: number): number[] {
    const r = new Array(x);
    for (let i = 0; i < x; ++i) {
        r[i] = 0;
    }
    return r;
}

export function dot(a: number[], b: number[]): number {
    let ret = 0;
    for (let i = 0; i < a.length; ++i) {
        ret += a[i] * b[i];
    }
    return ret;
}

export function norm2(a: number[]): number {
    return Math.sqrt(dot(a, a));
}

export function scale(ret: number[], value: number[], c: number): void {
    for (let i = 0; i < value.length; ++i) {
        ret[i] = value[i] * c;
    }
}

export function weightedSum(ret: number[], w1: number, v1: number[], w2: number, v2: number[]): void {
    for (let j = 0; j < ret.length; ++j) {
        ret[j] = w1 * v1[j] + w2 * v2[j];
    }
}
