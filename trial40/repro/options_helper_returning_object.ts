// Finding: a helper that takes an options object (documented: "Options objects of helpers") and returns an object of
// numbers (documented: "Helpers returning an object of numbers") is refused when the two come together.
// Expected: compiles (each feature alone does: `stepNum` below, and `step` without `opts`), or a message that names
//   the combination ("a helper returning an object cannot take an options object") with a hint.
// Actual: TSG2002 at the call of step, "'step' has a parameter tsgrad cannot pass (opts: { dt?: number } = {}): an
//   object whose property 'dt' is optional, and tsgrad passes an object made of numbers and of objects of numbers
//   only" — which contradicts the README's options objects (optional properties are what they are for).
function step(s: number, beta: number, opts: { dt?: number } = {}): { s: number; i: number } {
  const dt = opts.dt ?? 1;
  return { s: s - dt * beta * s, i: s * dt };
}

function stepNum(s: number, beta: number, opts: { dt?: number } = {}): number {
  const dt = opts.dt ?? 1;
  return s - dt * beta * s;
}

export function withObject(beta: number, s0: number): number {
  const nx = step(s0, beta, { dt: 0.5 });
  return nx.s + nx.i;
}

export function withNumber(beta: number, s0: number): number {
  return stepNum(s0, beta, { dt: 0.5 });
}
