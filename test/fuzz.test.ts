/**
 * A fixed-seed sample of the differential fuzzer (fuzz/): generated programs over the language
 * tsgrad differentiates today (the `test` profile), each checked against the dual-number
 * reference: value, gradient, vjp contract, inputs, tape, repeatability, and tsc --strict on a
 * sample of the output. `npm run fuzz -- --count N --seed S` runs more.
 */
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import * as runtime from '../runtime/index.js';
import { PROFILES } from '../fuzz/features.js';
import { fuzz, table, type Tsgrad } from '../fuzz/run.js';

const tsgrad: Tsgrad = {
  compileFiles: (files) => compileFiles(files),
  runtime: runtime as unknown as Tsgrad['runtime'],
  root: join(__dirname, '..'),
};

test('520 generated functions (seed 12, the whole language) pass every check', () => {
  const summary = fuzz(tsgrad, { count: 520, seed: 12, features: new Set(PROFILES.test), tscShare: 0.05 });
  const o = summary.outcomes;
  const report = table(summary);
  const failed = o.filter((x) => x.status === 'fail')
    .map((x) => `#${x.index} ${x.module}.${x.fn}: ${x.failures.map((f) => `${f.kind}: ${f.detail}`).join('; ')}`);
  expect(o.length).toBeGreaterThanOrEqual(500);
  expect({ failed, report }).toEqual({ failed: [], report });
  // the share of functions inside the documented language that tsgrad refuses: the issue aims
  // at 1%; at this seed 3 of 520 (0.58%) are, all for rebinding an array variable to a
  // parameter array (TSG1008), which tsgrad does not support yet
  const refused = o.filter((x) => x.status === 'refused');
  expect({ share: refused.length / o.length <= 0.015, refused: refused.map((x) => `${x.code} ${x.message}`) })
    .toEqual({ share: true, refused: expect.anything() });
  expect(summary.tscChecked).toBeGreaterThan(0);
}, 180_000);
