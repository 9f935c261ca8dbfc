export function helper(x: number): number {
  try {
    return x * x;
  } catch {
    return 0;
  }
}
