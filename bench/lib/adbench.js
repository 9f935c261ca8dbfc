/**
 * ADBench's input files (data/adbench/, MIT, formats in its README): whitespace-separated
 * numbers read front to back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build.js';

export const adbenchDir = join(root, 'data', 'adbench');

function reader(relative) {
  const file = join(adbenchDir, relative);
  const tokens = readFileSync(file, 'utf8').split(/\s+/).filter((t) => t !== '');
  let next = 0;
  const number = () => {
    if (next >= tokens.length) throw new Error(`${file}: ends after ${next} numbers`);
    const v = Number(tokens[next++]);
    if (Number.isNaN(v)) throw new Error(`${file}: '${tokens[next - 1]}' is not a number`);
    return v;
  };
  const array = (n) => Float64Array.from({ length: n }, number);
  const end = () => {
    if (next !== tokens.length) throw new Error(`${file}: ${tokens.length - next} numbers left over`);
  };
  return { number, array, end };
}

/** `d k n`, alphas (k), means (k·d), icf (k·d(d+1)/2), x (n·d), `gamma m`. */
export function readGmm(relative) {
  const r = reader(relative);
  const d = r.number();
  const k = r.number();
  const n = r.number();
  const alphas = r.array(k);
  const means = r.array(k * d);
  const icf = r.array((k * d * (d + 1)) / 2);
  const x = r.array(n * d);
  const gamma = r.number();
  const m = r.number();
  r.end();
  return { d, k, n, alphas, means, icf, x, gamma, m };
}

/** `l c b`, main params (2l·4b), extra params (3b), state (2l·b), sequence (c·b). */
export function readLstm(relative) {
  const r = reader(relative);
  const l = r.number();
  const c = r.number();
  const b = r.number();
  const mainParams = r.array(2 * l * 4 * b);
  const extraParams = r.array(3 * b);
  const state = r.array(2 * l * b);
  const sequence = r.array(c * b);
  r.end();
  return { l, c, b, mainParams, extraParams, state, sequence };
}

/** An entry of data/adbench/reference.json (objective and gradient from ADBench's C++ tests). */
export function readReference(name) {
  return JSON.parse(readFileSync(join(adbenchDir, 'reference.json'), 'utf8'))[name];
}
