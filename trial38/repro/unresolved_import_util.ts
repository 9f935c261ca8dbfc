export const sq = (x: number): number => x * x;
