// Finding (minor, message): a read of a block-scoped name before its declaration in the same block (the temporal dead
// zone: it throws a ReferenceError when run) is reported as "variables of type 'any' are not supported".
// Expected: the cause, as tsc --strict reports it: TS2448 "Block-scoped variable 'y' used before its declaration" at 14:16
//   (tsc also reports TS7022 for 'y2'), with a hint to rename the inner 'y' or move the read after it.
// Actual: tdz_shadow_message.ts:14:11 - error TSG1003: variables of type 'any' are not supported
//   hint: local variables hold numbers, booleans, arrays of numbers and objects of numbers
// tsgrad has the right diagnostic: without the circular type (`const a = b * 2; let b = x;`) it says "TSG1002: 'b' is
// read before its declaration on line 3 (… TS2448): inside that block 'b' names the variable declared there" with the
// hint to move it or rename it (README's TSG1002 row). Here 'y2' is typed `any` by TypeScript (TS7022: the inner
// 'y' is initialised from 'y2'), and the type check speaks first.
export function scopes(x: number): number {
  let y = x;
  {
    const y2 = y * 2;
    let y = y2 + 1;
    y *= x;
    return y;
  }
}
