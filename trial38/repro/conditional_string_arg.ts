// Finding (minor): a conditional of two string literals passed to an inlined helper's string-union parameter is refused
//   conditional_string_arg.ts:9:20 - error TSG1006: a string parameter is passed something tsgrad does not read as a
//   string   hint: pass a string variable, parameter or literal
// while the same conditional bound to a local first (viaLocal) compiles. Expected: accept it as the local's form is
// accepted (tsc types it as "call" | "put"). The hint works when followed.
const pay = (s: number, k: number, right: 'call' | 'put'): number => (right === 'call' ? Math.max(s - k, 0) : Math.max(k - s, 0));
export function conditionalString(S: number, K: number, isCall: boolean): number {
  // (line 9)
  return pay(S, K, isCall ? 'call' : 'put');
}
export function viaLocal(S: number, K: number, isCall: boolean): number {
  const right = isCall ? 'call' : 'put';
  return pay(S, K, right);
}
