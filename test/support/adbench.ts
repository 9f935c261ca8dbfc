/**
 * Reading ADBench's input files (`data/adbench/`, formats in its README) and its reference
 * values, and ADBench's comparison ρ(a, b) = |a − b| / max(1, |a| + |b|).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './fixtures.js';

export const adbenchDir = join(root, 'data', 'adbench');

export interface GmmInstance {
  d: number;
  k: number;
  n: number;
  alphas: Float64Array;
  means: Float64Array;
  icf: Float64Array;
  x: Float64Array;
  gamma: number;
  m: number;
}

export interface LstmInstance {
  l: number;
  c: number;
  b: number;
  mainParams: Float64Array;
  extraParams: Float64Array;
  state: Float64Array;
  sequence: Float64Array;
}

export interface Reference {
  input: string;
  objective: number;
  gradient: number[];
  tolerance: number;
}

/** The whitespace-separated numbers of a file, read front to back. */
class Numbers {
  private readonly tokens: string[];
  private next = 0;

  constructor(readonly file: string) {
    this.tokens = readFileSync(file, 'utf8').split(/\s+/).filter((t) => t !== '');
  }

  number(): number {
    if (this.next >= this.tokens.length) throw new Error(`${this.file}: ends after ${this.next} numbers`);
    const v = Number(this.tokens[this.next++]);
    if (Number.isNaN(v)) throw new Error(`${this.file}: '${this.tokens[this.next - 1]}' is not a number`);
    return v;
  }

  int(): number {
    const v = this.number();
    if (!Number.isInteger(v)) throw new Error(`${this.file}: ${v} is not an integer`);
    return v;
  }

  array(length: number): Float64Array {
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = this.number();
    return out;
  }

  end(): void {
    if (this.next !== this.tokens.length) {
      throw new Error(`${this.file}: ${this.tokens.length - this.next} numbers left over after ${this.next}`);
    }
  }
}

/** A GMM file: `d k n`, alphas (k), means (k·d), icf (k·d(d+1)/2), x (n·d), `gamma m`. */
export function readGmm(relative: string): GmmInstance {
  const r = new Numbers(join(adbenchDir, relative));
  const d = r.int();
  const k = r.int();
  const n = r.int();
  const alphas = r.array(k);
  const means = r.array(k * d);
  const icf = r.array((k * d * (d + 1)) / 2);
  const x = r.array(n * d);
  const gamma = r.number();
  const m = r.int();
  r.end();
  return { d, k, n, alphas, means, icf, x, gamma, m };
}

/** An LSTM file: `l c b`, main params (2l·4b), extra params (3b), state (2l·b), sequence (c·b). */
export function readLstm(relative: string): LstmInstance {
  const r = new Numbers(join(adbenchDir, relative));
  const l = r.int();
  const c = r.int();
  const b = r.int();
  const mainParams = r.array(2 * l * 4 * b);
  const extraParams = r.array(3 * b);
  const state = r.array(2 * l * b);
  const sequence = r.array(c * b);
  r.end();
  return { l, c, b, mainParams, extraParams, state, sequence };
}

/** An entry of `reference.json` (`gmm_test`, `lstm_l2_c1024`). */
export function readReference(name: string): Reference {
  const all = JSON.parse(readFileSync(join(adbenchDir, 'reference.json'), 'utf8')) as Record<string, Reference>;
  const entry = all[name];
  if (!entry) throw new Error(`reference.json has no entry '${name}'`);
  return entry;
}

/** ADBench's relative difference. */
export function rho(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(a) + Math.abs(b));
}

/** The largest ρ between matching entries of two vectors of the same length. */
export function maxRho(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} and ${b.length}`);
  let out = 0;
  for (let i = 0; i < a.length; i++) out = Math.max(out, rho(a[i]!, b[i]!));
  return out;
}

/** The concatenation of some vectors, as reference.json lists gradients. */
export function concat(...parts: ArrayLike<number>[]): Float64Array {
  const out = new Float64Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
