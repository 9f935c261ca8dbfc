// node perf34/tr.cjs <in.ts> <out.mjs>: a TypeScript module (a case, a generated .grad.ts, a hand
// adjoint) as an ES module, with 'tsgrad/runtime' pointing at this tree's dist/runtime.
const ts = require('typescript');
const fs = require('node:fs');
const path = require('node:path');
const [src, out] = process.argv.slice(2);
let js = ts.transpileModule(fs.readFileSync(src, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
js = js.replace("'tsgrad/runtime'", JSON.stringify(path.resolve(__dirname, '../dist/runtime/index.js')));
fs.writeFileSync(out, js);
