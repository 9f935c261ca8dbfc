// trial47 finding 4 (refused, the hint does not fit): a constructor (or a field initialiser) that calls a method
// assigning a field of `this`. Both are TSG1003 "'this.a += 2' changes a field of the 'Init' instance 'this', which
// tsgrad holds as constants here: tsgrad changes in place an instance held by a local of the function that calls the
// method", hint "call it on a local: const p = new Init(…); p.incA(…), or return a new instance instead". Inside a
// constructor there is no local to call it on, and the instance is being built. (The constructor's own
// `this.c = this.a * x + this.b` and a void method called from another method on a local both compile.)
// Expected: compiled (the constructor's statements are lowered in order, as a method's are), or a message that says
// a constructor may not call a method that assigns fields, with the hint "inline the method's assignments in the
// constructor".
// Run: node dist/cli/main.js compile trial47/repro/ctor_calls_assigning_method.ts --out-dir /tmp/trial47/repro
class Init {
  a = 1;
  b = this.incA() * 10;
  constructor(readonly x: number) {}
  incA(): number {
    this.a += 2;
    return this.a;
  }
}
export function initialiserAssigns(x: number): number {
  const i = new Init(x);
  return i.a + i.b * x;
}

class InitBody {
  a = 1;
  b: number;
  constructor(x: number) {
    this.b = this.incA() * x;
  }
  incA(): number {
    this.a += 2;
    return this.a;
  }
}
export function bodyCallAssigns(x: number): number {
  const i = new InitBody(x);
  return i.a + i.b;
}
