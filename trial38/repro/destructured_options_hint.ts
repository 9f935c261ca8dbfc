// Finding: destructuring an options object with defaults, the idiom of most TypeScript libraries, is refused (TSG1007)
// with a hint that does not lead to the form that works:
//   destructured_options_hint.ts:11:9 - error TSG1007: object destructuring is supported only of Math … and of an
//   object of numbers a helper returns
//   hint: an object parameter passes through without its properties read: take 'depth', 'width' as parameters of
//   their own, and let a wrapper unpack the object
// The README (Options objects) says the properties ARE read (`options.units ?? 'km'`), and `morseRead` below, the same
// function with `opts.depth ?? 1`, compiles and is right. Expected: accept the destructuring (it is
// `const depth = opts.depth ?? 1, …`), or a hint naming that form.
export function morseDestructured(r: number, opts: { depth?: number; width?: number } = {}): number {
  const { depth = 1, width = 6 } = opts;
  const ex = Math.exp(-width * (r - 1));
  return depth * (ex * ex - 2 * ex);
}
export function morseRead(r: number, opts: { depth?: number; width?: number } = {}): number {
  const depth = opts.depth ?? 1, width = opts.width ?? 6;
  const ex = Math.exp(-width * (r - 1));
  return depth * (ex * ex - 2 * ex);
}
