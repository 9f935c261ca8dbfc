// `node --import ./fuzz/register.mjs fuzz/cli.ts`: runs the fuzzer's TypeScript on Node 20 by
// transpiling it with the project's own typescript (types stripped, not checked).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
