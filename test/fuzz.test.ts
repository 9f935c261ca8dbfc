/**
 * A fixed-seed sample of the differential fuzzer (fuzz/): generated programs over the language
 * tsgrad differentiates today (the `test` profile), each checked against the dual-number
 * reference: value, gradient, vjp contract, inputs, tape, repeatability, forward and second
 * order, and tsc --strict on a sample of the output. `npm run fuzz -- --count N --seed S` runs more.
 */
import { join } from 'node:path';
import { compileFiles } from '../compiler/index.js';
import * as runtime from '../runtime/index.js';
import { PROFILES, type Feature } from '../fuzz/features.js';
import { fuzz, table, type Tsgrad } from '../fuzz/run.js';

const tsgrad: Tsgrad = {
  compileFiles: (files) => compileFiles(files),
  runtime: runtime as unknown as Tsgrad['runtime'],
  root: join(__dirname, '..'),
};

/**
 * A function the classOrder feature makes to read a field before its constructor assigns it
 * (an initialiser calling a method or reading a getter of class Cz…), which tsgrad refuses by
 * design (TSG1002): the fuzzer counts it as refused, and fails it where it compiles.
 */
const refusedByDesign = (x: { status: string; features: string[]; code?: string; message?: string }): boolean =>
  x.status === 'refused' && x.features.includes('classOrder') && x.code === 'TSG1002' && /before the constructor of 'Cz\d+' assigns/.test(x.message ?? '');

/** The shapes added to the generator in fuzz24: each must be generated and checked in the sample. */
const SHAPES: Feature[] = [
  'arrayTernary', 'copies', 'arrayReturn', 'indexRecursion', 'checkpoint', 'variadic', 'whileTrue',
  'pushFilter', 'subarrayWrite', 'entries', 'arrowHelpers', 'tempArgs',
  // (front26b: a for … of loop written as a.forEach, which tsgrad lowers back to the loop)
  'callbacks',
];

test('520 generated functions (seed 12, the whole language) pass every check', () => {
  // (crossObjects, in the profile since front40, gives the library more helpers, which changes what
  // the main modules call: the fuzz24 shapes below would move out of this sample; it has one of its
  // own; so do privateFields (and its setters), sentinels, sorting, nestedArrays, storeOrder and rescales, whose statements change the
  // programs around them, inheritance, which prints the classes' programs otherwise, and localRows and classOrder, which add to some of its functions)
  const own: Feature[] = ['crossObjects', 'privateFields', 'sentinels', 'inheritance', 'sorting', 'nestedArrays', 'storeOrder', 'rescales', 'localRows', 'classOrder'];
  const summary = fuzz(tsgrad, { count: 520, seed: 12, features: new Set(PROFILES.test.filter((f) => !own.includes(f))), tscShare: 0.05 });
  const o = summary.outcomes;
  const report = table(summary);
  const failed = o.filter((x) => x.status === 'fail')
    .map((x) => `#${x.index} ${x.module}.${x.fn}: ${x.failures.map((f) => `${f.kind}: ${f.detail}`).join('; ')}`);
  expect(o.length).toBeGreaterThanOrEqual(500);
  expect({ failed, report }).toEqual({ failed: [], report });
  // the share of functions inside the documented language that tsgrad refuses: the issue aims
  // at 1%; at this seed (fuzz24) 3 of 520 (0.58%) are, all TSG1008 and documented: an array
  // variable rebound to a parameter array that is then written (the README's limit on array
  // variables bound to a parameter)
  const refused = o.filter((x) => x.status === 'refused');
  expect({ share: refused.length / o.length <= 0.015, refused: refused.map((x) => `${x.code} ${x.message}`) })
    .toEqual({ share: true, refused: expect.anything() });
  expect(summary.tscChecked).toBeGreaterThan(0);
  // every shape added in fuzz24 was generated, and passed every check (forward and second
  // order included) in at least 3 functions
  const checked = Object.fromEntries(SHAPES.map((f) => {
    const passed = o.filter((x) => x.features.includes(f) && x.status === 'pass');
    return [f, passed.length >= 3 && passed.some((x) => x.jvp && (x.hvp ?? 0) > 0) ? 'checked' : `only ${passed.length}`];
  }));
  expect(checked).toEqual(Object.fromEntries(SHAPES.map((f) => [f, 'checked'])));
}, 240_000);

test('private fields of classes, their setters, classes split by inheritance, Infinity sentinels, sorted copies, arrays of rows, stores whose right side moves their index, l2norm rescaled sums, local arrays of rows and classes whose construction order matters (the whole test profile, seed 40) pass every check', () => {
  const summary = fuzz(tsgrad, { count: 200, seed: 40, features: new Set(PROFILES.test), tscShare: 0.05 });
  const o = summary.outcomes;
  const failed = o.filter((x) => x.status === 'fail')
    .map((x) => `#${x.index} ${x.module}.${x.fn}: ${x.failures.map((f) => `${f.kind}: ${f.detail}`).join('; ')}`);
  expect({ failed, report: table(summary) }).toEqual({ failed: [], report: expect.anything() });
  // each generated and passing every check, forward and second order included, in at least 3 functions
  const checked = Object.fromEntries((['privateFields', 'setters', 'inheritance', 'sentinels', 'sorting', 'nestedArrays', 'storeOrder', 'rescales', 'localRows', 'classOrder'] as Feature[]).map((f) => {
    const passed = o.filter((x) => x.features.includes(f) && x.status === 'pass');
    return [f, passed.length >= 3 && passed.some((x) => x.jvp && (x.hvp ?? 0) > 0) ? 'checked' : `only ${passed.length}`];
  }));
  expect(checked).toEqual({ privateFields: 'checked', setters: 'checked', inheritance: 'checked', sentinels: 'checked', sorting: 'checked', nestedArrays: 'checked', storeOrder: 'checked', rescales: 'checked', localRows: 'checked', classOrder: 'checked' });
  // (a classOrder function is refused only where it reads a field before it is assigned, by design)
  expect(o.filter((x) => x.status === 'refused' && x.features.includes('classOrder') && !refusedByDesign(x)).map((x) => `#${x.index} ${x.code} ${x.message}`)).toEqual([]);
}, 240_000);

test('objects of numbers across modules (crossObjects: the library\'s helpers taking and returning objects, imported by the main modules) pass every check, none refused', () => {
  // (before front40, seed 5 x200 refused 5: TSG2002 "'ob10' returns an object and is a function of another module")
  // (classes, in the profile since front41, draws from the same side stream: this sample is without it)
  const summary = fuzz(tsgrad, { count: 200, seed: 5, features: new Set(PROFILES.test.filter((f) => f !== 'classes')), tscShare: 0.05 });
  const o = summary.outcomes;
  expect(PROFILES.test).toContain('crossObjects');
  expect(o.filter((x) => x.status === 'fail').map((x) => `#${x.index} ${x.module}.${x.fn}: ${x.failures.map((f) => `${f.kind}: ${f.detail}`).join('; ')}`)).toEqual([]);
  // (none refused but the classOrder functions refused by design: a field read before its constructor assigns it)
  expect(o.filter((x) => x.status === 'refused' && !refusedByDesign(x)).map((x) => `#${x.index} ${x.code} ${x.message}`)).toEqual([]);
  // (the library's object helpers are called: functions of the main modules reading objects pass)
  expect(o.filter((x) => x.features.includes('objects') && x.status === 'pass' && !x.module.endsWith('lib')).length).toBeGreaterThanOrEqual(5);
}, 240_000);

test('classes of numbers (classes: methods with any body, instances stepped and changed in place) pass every check, none refused', () => {
  // (before front41, seed 3 x320 refused 35 such functions: TSG1007 a method's body beyond const
  // declarations and one return, TSG1003 a field assigned after the constructor)
  const summary = fuzz(tsgrad, { count: 200, seed: 6, features: new Set(PROFILES.test), tscShare: 0.05 });
  const o = summary.outcomes;
  expect(PROFILES.test).toContain('classes');
  expect(o.filter((x) => x.status === 'fail').map((x) => `#${x.index} ${x.module}.${x.fn}: ${x.failures.map((f) => `${f.kind}: ${f.detail}`).join('; ')}`)).toEqual([]);
  // (none refused but the classOrder functions refused by design: a field read before its constructor assigns it)
  expect(o.filter((x) => x.status === 'refused' && !refusedByDesign(x)).map((x) => `#${x.index} ${x.code} ${x.message}`)).toEqual([]);
  expect(o.filter(refusedByDesign).length).toBeGreaterThan(0);
  const classes = o.filter((x) => x.features.includes('classes') && x.status === 'pass');
  expect(classes.length).toBeGreaterThanOrEqual(20);
  expect(classes.some((x) => x.jvp && (x.hvp ?? 0) > 0)).toBe(true);
}, 240_000);

test('a module-level scratch buffer each function fills before it reads it differentiates as a local array of its own; the forms refused by design are refused', () => {
  // (without objects, whose refusals (TSG2002) a function may meet first)
  const features = new Set<Feature>([...PROFILES.test.filter((f) => f !== 'objects'), 'moduleScratch']);
  const summary = fuzz(tsgrad, { count: 40, seed: 24, features, tscShare: 0 });
  const o = summary.outcomes;
  const scratch = o.filter((x) => x.features.includes('moduleScratch'));
  expect(o.filter((x) => x.status === 'fail').map((x) => `#${x.index} ${x.failures.map((f) => f.kind).join(', ')}`)).toEqual([]);
  // (checked against the reference interpreter, which keeps one buffer per module across calls
  // as JavaScript does; a refusal only as one of the buffer's own, naming why: module-scratch.ts)
  expect(scratch.filter((x) => x.status === 'pass').length).toBeGreaterThanOrEqual(3);
  const refused = scratch.filter((x) => x.status === 'refused');
  expect(refused.map((x) => [x.code, /is a module-level buffer that/.test(x.message ?? '') || x.features.includes('aliasWritten'), x.message]))
    .toEqual(refused.map((x) => ['TSG1008', true, x.message]));
  // (fuzz60: the forms refused by design, marked by the generator: a read before the fill, a fill
  // of some elements, a fill only in an if, a call of a function that fills it too, a use other
  // than by elements, length, fill, for … of or as an argument; each refused, TSG1008, or the run
  // fails it as not-refused or wrong-refusal)
  const byDesign = scratch.filter((x) => x.byDesign === 'TSG1008');
  expect(byDesign.length).toBeGreaterThanOrEqual(1);
  expect(byDesign.map((x) => [x.status, x.code])).toEqual(byDesign.map(() => ['refused', 'TSG1008']));
}, 120_000);
