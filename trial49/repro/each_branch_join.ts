// trial49 finding 2: a buffer written whole in both branches of an if/else and read after them is refused, and the
// message is false: "before it writes every element" (every path writes every element before the read).
// Expected: compiled (each path writes it whole before any use; the same code with the read copied into each branch
// compiles: trial49 probes.eachBranchInside), or a message "'B2' is written whole in each branch but read after
// them: tsgrad needs the whole write at the top level or in the branch that reads it".
// Actual: TSG1008 "'B2' is a module-level buffer that 'eachBranch' uses (line 19) before it writes every element: a
// call may read what an earlier call left in it", hint "as scratch, write every element before any other use …".
const B2 = new Float64Array(2);

export function eachBranch(x: number, y: number): number {
  if (x > 0) {
    B2[0] = x * y;
    B2[1] = x + y;
  } else {
    B2[0] = y;
    B2[1] = x * x;
  }
  // the read (line 19):
  return B2[0] * B2[1];
}
