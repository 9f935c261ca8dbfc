// trial47 finding 3 (refused, the hint does not fit): two instances of a value class swapped by a destructuring
// assignment, `[p, q] = [q, p]`, is TSG1006 "'q' is an object of numbers (P2); tsgrad reads its properties but cannot
// pass it on or use it whole", hint "read the numbers you need: q.x". Reading q.x does not swap anything. README says a
// `let` holding an instance may be rebuilt (`s = s.step(dt)`), and the swap through a temporary (`const t = p; p = q;
// q = t;`, src/lang.ts swapParticlesTemp) compiles and is ok; a destructuring swap of typed arrays (src/lang.ts
// jacobiSwap) compiles too. Expected: compiled like the temporary, or the hint "swap through a temporary".
// Run: node dist/cli/main.js compile trial47/repro/instance_swap_destructure.ts --out-dir /tmp/trial47/repro
class P2 {
  constructor(readonly x: number, readonly v: number) {}
  step(dt: number): P2 {
    return new P2(this.x + dt * this.v, this.v - dt * this.x);
  }
}

export function swapInstances(x0: number, x1: number): number {
  let p = new P2(x0, 0);
  let q = new P2(x1, 0.5);
  for (let i = 0; i < 4; i++) {
    p = p.step(0.1);
    [p, q] = [q, p];
  }
  return p.x + q.v;
}
