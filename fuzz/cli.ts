/**
 * `npm run fuzz -- --count N --seed S [--features list] [--out dir] [--tsc share] [--minimize n]`
 * Checks N generated functions against the reference and prints the summary; failures are
 * minimised and saved into --out (default fuzz/failures). Uses the built compiler (dist/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FEATURES, parseFeatures } from './features.js';
import { minimize, report } from './minimize.js';
import { printModule } from './print.js';
import { fuzz, table, type Tsgrad } from './run.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    features: { type: 'string' },
    out: { type: 'string', default: join(root, 'fuzz', 'failures') },
    tsc: { type: 'string', default: '0.1' },
    minimize: { type: 'string', default: '10' },
    quiet: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    show: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run fuzz -- --count N --seed S [--features a,b,-c] [--out dir] [--tsc share] [--minimize n]

--features: profiles (test = npm test's, item2, all) and features (+name, -name), left to right;
            without a profile the test profile is the start. Features:
${Object.entries(FEATURES).map(([k, v]) => `  ${k.padEnd(15)} ${v}`).join('\n')}`);
  process.exit(0);
}

const compiler = await import(pathToFileURL(join(root, 'dist', 'compiler', 'index.js')).href) as typeof import('../compiler/index.js');
const runtime = await import(pathToFileURL(join(root, 'dist', 'runtime', 'index.js')).href) as typeof import('../runtime/index.js');
const tsgrad: Tsgrad = { compileFiles: (files) => compiler.compileFiles(files), runtime: runtime as unknown as Tsgrad['runtime'], root };
const features = parseFeatures(values.features);
const seed = Number(values.seed);
const started = Date.now();
const summary = fuzz(tsgrad, {
  count: Number(values.count), seed, features, tscShare: Number(values.tsc),
  log: values.quiet ? undefined : (line) => console.error(line),
});
console.log(`seed ${seed}, features ${[...features].join(',')}`);
console.log(table(summary));
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
if (values.show !== undefined) {
  // print the module (as generated) that holds function #show
  const g = summary.groups.find((x) => x.targets.some((t) => t.index === Number(values.show)))!;
  const t = g.targets.find((x) => x.index === Number(values.show))!;
  console.log(printModule(g.modules.find((m) => m.name === t.module)!).text);
}
if (values.details) {
  for (const o of summary.outcomes) {
    if (o.status === 'refused') console.log(`#${o.index} ${o.module}.${o.fn} refused ${o.code}: ${o.message}`);
    for (const f of o.failures) console.log(`#${o.index} ${o.module}.${o.fn} ${f.kind}: ${f.detail}`);
  }
}

// minimise the first failure of each distinct check, up to --minimize of them
const failing = summary.outcomes.filter((o) => o.status === 'fail');
const seen = new Set<string>();
let saved = 0;
for (const o of failing) {
  const kind = o.failures[0]!.kind;
  if (seen.has(kind) || saved >= Number(values.minimize)) continue;
  seen.add(kind);
  const m = minimize(tsgrad, summary, o, seed);
  mkdirSync(values.out, { recursive: true });
  const file = join(values.out, `${seed}-${o.index}.ts`);
  writeFileSync(file, report(m, o));
  saved++;
  console.log(`\n${file} (${kind}, ${m.reproduced ? `minimised in ${m.trials} trials` : "NOT reproduced once pruned: not minimised"}):\n${m.text}`);
}
