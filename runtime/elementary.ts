/**
 * Derivatives of elementary functions of packages whose code tsgrad does not follow (their
 * argument reductions keep scratch arrays at module level): @stdlib's `pow`, `sin`, `cos`.
 * Generated code calls the package's own function for the value and these for the
 * derivative, as it calls a registered derivative. Each adds seed · ∂f/∂argᵢ into adj and
 * returns the value (computed with Math, as the caller uses the package's).
 */

/** pow(x, y): ∂/∂x = y·x^(y−1) (0 where y = 0), ∂/∂y = x^y·log x for x > 0 (0 otherwise, as the rules table's pow). */
export function pow_vjp(x: number, y: number, adj: { x: number; y: number }, seed = 1): number {
  const value = Math.pow(x, y);
  adj.x += seed * (y === 0 ? 0 : y * Math.pow(x, y - 1));
  adj.y += seed * (x > 0 ? value * Math.log(x) : 0);
  return value;
}

export function sin_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x += seed * Math.cos(x);
  return Math.sin(x);
}

export function cos_vjp(x: number, adj: { x: number }, seed = 1): number {
  adj.x -= seed * Math.sin(x);
  return Math.cos(x);
}
