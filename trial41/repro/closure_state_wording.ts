// Finding 3 (refused as documented, message garbled): a factory whose closure keeps a running total.
// Expected: TSG1007 with a readable reason, e.g. "the function that 'makeAcc' makes assigns 'total', …".
// Actual: "the function 'makeAcc' makes assigns 'total', which it closes over: state kept between its calls, which
//   tsgrad does not follow" ("makes assigns"). The refusal itself and the hint are right.
function makeAcc(): (v: number) => number {
  let total = 0;
  return (v: number) => {
    total += v;
    return total;
  };
}

export function accClosure(x: number, y: number): number {
  const acc = makeAcc();
  acc(x);
  return acc(y) * x;
}
