// REFUSED (should work, or hint at what works): a helper that changes its object parameter in place assigns a new
// inner object (b.vel = { … }), the state-stepping style of advanced.ts's first stepBody.
// Expected: differentiated (the README lets a helper assign its object parameter's properties, s.v += …; a fresh
//           literal assigned to b.vel shares nothing), or a hint naming the form that works (return a new Body and
//           rebind it, b = stepBody(b, …)).
// Actual:   11:3 error TSG1002: assignment to 'b.vel' is not supported; hint: "assign to a local variable, a parameter
//           or an element of an array of numbers".
interface V2 { x: number; y: number }
interface Body { pos: V2; vel: V2 }
function stepBody(b: Body, k: number, dt: number): void {
  b.vel = { x: b.vel.x - k * b.pos.x * dt, y: b.vel.y - k * b.pos.y * dt };
  b.pos = { x: b.pos.x + b.vel.x * dt, y: b.pos.y + b.vel.y * dt };
}
export function miss(x0: number, y0: number, k: number): number {
  const b: Body = { pos: { x: x0, y: y0 }, vel: { x: 0, y: 0 } };
  for (let i = 0; i < 20; i++) stepBody(b, k, 0.05);
  return Math.hypot(b.pos.x, b.pos.y);
}
