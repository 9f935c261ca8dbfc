// Finding (minor, refused with a hint that changes the function): a second name for a local object of numbers.
// `const r = o; r.p = …` makes r and o one object in JavaScript, so o.q += r.p reads the new p.
// Expected: the README's TSG1002 for "writes that would show through another name", naming the sharing (as it does
//   for `const q = st.pos; q.x = …`), with a hint that keeps the meaning (use o itself).
// Actual: TSG1003 "'r' holds an object of numbers ('{ p: number; q: number; }') and is given 'o', which tsgrad does
//   not read as one" (o is an object of numbers, read as one everywhere else), with the hint "declare it with its
//   value: an object literal ({ p: …, q: … }), …". Following it, `const r = { p: o.p, q: o.q }` compiles to a
//   different function (writes through r no longer reach o): at (0.7, 1.3) the alias gives 2.0111, the hinted copy
//   0.91 (object_alias_hint.run.ts). A read-only alias (readOnlyAlias) is refused the same way, where a copy is right.
export function aliased(x: number, y: number): number {
  const o = { p: x, q: y };
  const r = o;
  r.p = r.p * o.q;
  o.q += r.p;
  return o.p * r.q;
}

export function readOnlyAlias(x: number, y: number): number {
  const o = { p: x, q: y };
  const r = o;
  return r.p * o.q;
}
