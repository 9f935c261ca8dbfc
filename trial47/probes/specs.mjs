// Probe cases (probes/classes.ts), checked by check.mjs --specs ./probes/specs.mjs; same fields as ../specs.mjs.
const U = (r, a, b) => a + (b - a) * r();
const sym = (r, n, s = 1) => Float64Array.from({ length: n }, () => U(r, -s, s));
const P = { dir: 'probes', m: 'classes' };
export const specs = [
  { ...P, f: 'overriddenGetterInCtor', args: (r) => ({ s: U(r, -2, 2) }) },
  { ...P, f: 'overrideInInitialiser', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...P, f: 'derivedInitialiserReadsBase', args: (r) => ({ s: U(r, -2, 2), w: U(r, -2, 2) }) },
  { ...P, f: 'ctorReassign', args: (r) => ({ a: U(r, -2, 2) }) },
  { ...P, f: 'staticThisFactoryPlain', args: (r) => ({ a: U(r, -0.9, 0.9) }), kinks: true },
  { ...P, f: 'thisInForEach', args: (r) => ({ k: U(r, 0.5, 2), xs: sym(r, 5) }) },
  { ...P, f: 'defaultsReadThis', args: (r) => ({ k: U(r, 0.5, 2), x: U(r, -2, 2) }) },
  { ...P, f: 'argsFromMutatingMethod', args: (r) => ({ v0: U(r, -2, 2) }) },
  { ...P, f: 'overrideDefaults', args: (r) => ({ g: U(r, 0.5, 1.5), x: U(r, -2, 2) }) },
  { ...P, f: 'privateCell', args: (r) => ({ w: U(r, 0.5, 1.5), xs: sym(r, 6) }) },
  { ...P, f: 'thisToHelper', args: (r) => ({ k: U(r, 0.5, 2), x: U(r, -2, 2) }) },
  { ...P, f: 'rebuildChooseIf', args: (r) => ({ x: U(r, -2, 2), v: U(r, -2, 2) }), kinks: true },
  { ...P, f: 'paramPropDefaults', args: (r) => ({ a: U(r, -2, 2), b: U(r, -2, 2) }) },
  { ...P, f: 'paramPropByName', args: (r) => ({ d: U(r, -2, 2) }) },
];
const O = { dir: 'probes', m: 'order' };
specs.push(
  { ...O, f: 'compoundSelfChange', args: (r) => ({ v0: U(r, -2, 2) }) },
  { ...O, f: 'argsReadBeforeChange', args: (r) => ({ v0: U(r, -1, 1) }) },
  { ...O, f: 'destructureResult', args: (r) => ({ x: U(r, -1, 1), v: U(r, -1, 1) }) },
  { ...O, f: 'setterCompoundTwist', args: (r) => ({ d: U(r, 0.1, 1), e: U(r, 0.5, 1.5) }), kinks: true },
  { ...O, f: 'chooseConst', args: (r) => ({ x: U(r, -1, 1), v: U(r, -1, 1) }), kinks: true },
);
const C = { dir: 'probes', m: 'compound' };
specs.push(
  { ...C, f: 'localFieldCompound', args: (r) => ({ v0: U(r, -2, 2) }) },
  { ...C, f: 'setterCompoundInMethod', args: (r) => ({ d: U(r, -1, 1) }) },
  { ...C, f: 'setterPlainAssign', args: (r) => ({ d: U(r, -1, 1) }) },
  { ...C, f: 'setterIncrement', args: (r) => ({ d: U(r, -1, 1) }) },
);
const H = { dir: 'probes', m: 'hunt' };
specs.push(
  { ...H, f: 'staticChain', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...H, f: 'baseInitReadsOverriddenGetter', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...H, f: 'nestedCallbackThis', args: (r) => ({ k: U(r, 0.2, 1), xs: sym(r, 3), ys: sym(r, 4) }) },
  { ...H, f: 'maxArgsOrder', args: (r) => ({ h: U(r, -1, 1), d: U(r, 0.1, 1) }), kinks: true },
  { ...H, f: 'parabolaVertex', args: (r) => ({ y0: U(r, 1, 2), y1: U(r, -1, 0), y2: U(r, 1, 2) }) },
);
specs.push(
  { ...C, f: 'setterAssignValue', args: (r) => ({ v: U(r, -1, 1) }) },
  { ...C, f: 'setterIncrementValue', args: (r) => ({ v: U(r, -1, 1) }) },
  { ...C, f: 'setterCompoundValue', args: (r) => ({ v: U(r, -1, 1), d: U(r, -1, 1) }) },
  { ...C, f: 'setterChained', args: (r) => ({ v: U(r, -1, 1) }) },
  { ...C, f: 'logicalAssignFields', args: (r) => ({ x0: U(r, 0.5, 2), v: U(r, -2, 2) }) },
);
specs.push(
  { ...H, f: 'staticThisOnBase', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...H, f: 'staticOwnOnSubclass', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...H, f: 'superCallsOverride', args: (r) => ({ a: U(r, -2, 2), x: U(r, -2, 2) }) },
);
specs.push(
  { ...C, f: 'literalCompoundHelper', args: (r) => ({ v0: U(r, -2, 2), w: U(r, -2, 2) }) },
  { ...C, f: 'setterOverOtherField', args: (r) => ({ a: U(r, -2, 2), d: U(r, -2, 2) }) },
);
// probes/nested.ts: refusals only (instances as fields of a value class; a static or module-level instance: finding 8)
const S = { dir: 'probes', m: 'setters' };
specs.push(
  { ...S, f: 'compoundInSetter', args: (r) => ({ v: U(r, -2, 2) }) },
);
const B = { dir: 'probes', m: 'buffers' };
const F64 = (r, n, a, b) => Float64Array.from({ length: n }, () => U(r, a, b));
specs.push(
  { ...B, f: 'scratchReuse', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...B, f: 'matrixPowerTrace', args: (r) => ({ a: U(r, -1, 1), b: U(r, -1, 1), c: U(r, -1, 1), d: U(r, -1, 1) }) },
  { ...B, f: 'rowUpdates', args: (r) => ({ x: F64(r, 3, 0.5, 2) }) },
  { ...B, f: 'labelledBreak', args: (r) => ({ x: F64(r, 4, 0.2, 1), limit: U(r, 1, 3) }), fixed: ['limit'], kinks: true },
  { ...B, f: 'helperEarlyReturn', args: (r) => ({ x: F64(r, 6, -1, 1), cap: U(r, 0.5, 2) }), fixed: ['cap'], kinks: true },
);
specs.push(
  { ...C, f: 'nestedCompound', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...C, f: 'nestedCompoundSetter', args: (r) => ({ d: U(r, -2, 2) }) },
);
specs.push(
  { ...C, f: 'getterArgsBeforeSetterCall', args: (r) => ({ d: U(r, 0.1, 1) }), kinks: true },
  { ...C, f: 'postfixBesideSetterCall', args: (r) => ({ d: U(r, -1, 1) }) },
);
specs.push(
  { ...C, f: 'getterArgHelper', args: (r) => ({ d: U(r, 0.1, 1) }) },
  { ...C, f: 'getterArgMax', args: (r) => ({ d: U(r, -1, -0.1) }), kinks: true },
  { ...C, f: 'getterArgNew', args: (r) => ({ d: U(r, 0.1, 1) }) },
  { ...C, f: 'getterArgArray', args: (r) => ({ d: U(r, 0.1, 1) }) },
  { ...C, f: 'getterBinary', args: (r) => ({ d: U(r, 0.1, 1) }) },
);
specs.push(
  { ...C, f: 'arrayLiteralField', args: (r) => ({ v0: U(r, -2, 2) }) },
  { ...C, f: 'arrayLiteralLocal', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...C, f: 'arrayLiteralElement', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...C, f: 'arrayAssignGetter', args: (r) => ({ d: U(r, 0.1, 1) }) },
);
specs.push(
  { ...C, f: 'arrayLiteralKept', args: (r) => ({ x: U(r, -2, 2) }) },
);
specs.push(
  { ...C, f: 'arrayLiteralExpr', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...C, f: 'arrayLiteralClosure', args: (r) => ({ x: U(r, -2, 2) }) },
  { ...C, f: 'swapWithSideEffect', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
);
