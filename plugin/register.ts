/**
 * `node --import tsgrad/register app.ts`: replaces `grad(f)` when Node loads a module, with the
 * same transform and cache as the bundler plugins, so a program that uses `grad(f)` runs
 * without a build step. The hooks (plugin/register-hooks.ts) run on Node's loader thread.
 *
 * Alone, it also loads TypeScript files (types stripped by TypeScript's transpileModule, no
 * type check) and resolves `./model.js` to `./model.ts` as TypeScript's `nodenext` does. With
 * tsx (`node --import tsx --import tsgrad/register app.ts`), tsx loads every other file.
 * ES modules only: a CommonJS module that uses `grad(f)` is reported.
 */
import { register } from 'node:module';

register('./register-hooks.js', import.meta.url);
