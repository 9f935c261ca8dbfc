// Finding 3 (refusal, message and hint do not fit): a discriminated union of objects of numbers switched on `kind`.
// Expected: compiled (each member an object of numbers and a string tag, which tsgrad handles apart), or a message
// saying unions of object types are not supported, with the hint "pass the tag as a string parameter and the
// numbers beside it: area('circle', r)" (that form compiles: lang.ts unionAsTag, continuum.ts energy3).
// Actual: TSG2002 "'area' has a parameter tsgrad cannot pass (s: Shape)", hint "callees take numbers, …, objects of
// numbers"; held in a local, TSG1003 "variables of type 'Shape' are not supported", hint "local variables hold …
// objects of numbers". Neither says that the union is the problem.
type Shape = { readonly kind: 'circle'; readonly r: number } | { readonly kind: 'rect'; readonly w: number; readonly h: number };
const area = (s: Shape): number => (s.kind === 'circle' ? Math.PI * s.r ** 2 : s.w * s.h);
export function unionArea(r: number, w: number): number {
  return area({ kind: 'circle', r }) + area({ kind: 'rect', w, h: 2 * w });
}
export function unionLocal(r: number, round: boolean): number {
  const s: Shape = round ? { kind: 'circle', r } : { kind: 'rect', w: r, h: 1 };
  return s.kind === 'circle' ? s.r : s.w * s.h;
}
