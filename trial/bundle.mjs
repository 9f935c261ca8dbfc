// One build with tsgrad's esbuild plugin: bundles trial/app/main.ts (which calls grad(f) on
// trial/src functions), runs the bundle, and reports its size.
import { build } from 'esbuild';
import tsgrad from 'tsgrad/esbuild';
import { statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, 'dist-bundle', 'main.mjs');
await build({ entryPoints: [path.join(here, 'app', 'main.ts')], bundle: true, format: 'esm', platform: 'node', outfile, plugins: [tsgrad()], logLevel: 'error' }).catch(() => process.exit(1));
const out = execFileSync(process.execPath, [outfile], { encoding: 'utf8' });
console.log(`${out.trim()} (bundle ${(statSync(outfile).size / 1024).toFixed(1)} kB)`);
