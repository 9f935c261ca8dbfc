// Documented refusal, listed for its cost to users: the most common way to write a time loop over a state object,
// `let s = {...}; s = step(s)`, is TSG1003 ("'s' holds an object and is assigned again"); copying each property
// back (`s.x = n.x; s.v = n.v`) works. Expected (as a user): compiles like `inPlace`. Actual: TSG1003 at `let s`.
interface State { x: number; v: number }
function step(s: State, k: number, dt: number): State {
  return { x: s.x + dt * s.v, v: s.v - dt * k * s.x };
}
export function rebind(k: number, x0: number): number {
  let s: State = { x: x0, v: 0 };
  for (let i = 0; i < 10; i++) s = step(s, k, 0.1);
  return s.x;
}
export function inPlace(k: number, x0: number): number {
  const s = { x: x0, v: 0 };
  for (let i = 0; i < 10; i++) { const n = step(s, k, 0.1); s.x = n.x; s.v = n.v; }
  return s.x;
}
