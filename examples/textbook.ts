// Griewank & Walther's example (Evaluating Derivatives; Baydin et al.'s survey, tables 2 and 3),
// parenthesised as the textbook evaluates it. The README's gallery traces it with
// `npx tsgrad trace examples/textbook.ts f --at x1=1.5,x2=0.5 --wrt x1` and calls its f_jvp.
export function f(x1: number, x2: number): number {
  return (Math.sin(x1 / x2) + (x1 / x2 - Math.exp(x2))) * (x1 / x2 - Math.exp(x2));
}
