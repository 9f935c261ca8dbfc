import { helper } from './helper.js';

export function risky(x: number): number {
  return helper(x) * 2;
}
