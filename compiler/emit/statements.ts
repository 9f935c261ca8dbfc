/** The adjoint IR as Babel AST: one builder per form, nothing decided here. */
import babel from './babel-types.cjs';
import type * as T from '@babel/types';
import type { Callee, DeclType, TExpr, TStmt, TapeOp } from '../ir/target.js';
import type { Loc } from '../ir/types.js';
import { formName } from '../ir/names.js';

const t = babel.types;

/** The runtime tape's method for each tape operation (`tape.push(x)`); `slice`, a view of its buffer (`tape.values.subarray(…)`). */
const tapeMethods: Record<Exclude<TapeOp, 'values' | 'top' | 'refCount'>, T.Expression> = {
  push: tapeMember('push'), pop: tapeMember('pop'), pushInt: tapeMember('pushInt'), popInt: tapeMember('popInt'),
  pushBool: tapeMember('pushBool'), popBool: tapeMember('popBool'), pushArray: tapeMember('pushArray'), popArray: tapeMember('popArray'),
  pushRef: tapeMember('pushRef'), popRef: tapeMember('popRef'), reserve: tapeMember('reserve'),
  slice: t.memberExpression(tapeMember('values'), t.identifier('subarray')),
};

export function expr(e: TExpr): T.Expression {
  switch (e.k) {
    case 'num': return numberLiteral(e.value);
    case 'bool': return t.booleanLiteral(e.value);
    case 'str': return t.stringLiteral(e.value);
    case 'name': return t.identifier(e.name);
    case 'constant': return e.constant.object === undefined ? t.identifier(e.constant.name) : staticMember(e.constant.object, e.constant.name);
    case 'bin':
      if (e.op === '&&' || e.op === '||' || e.op === '??') return t.logicalExpression(e.op, expr(e.l), expr(e.r));
      return t.binaryExpression(e.op, expr(e.l), expr(e.r));
    case 'un': {
      // `!3`, `!!0` (a number's truthiness, once inlining made it a constant): the boolean
      // itself, which tsc does not reject as a condition that is always truthy (TS2872)
      const known = e.op === '!' ? constantTruth(e.e) : undefined;
      return known === undefined ? t.unaryExpression(e.op, expr(e.e)) : t.booleanLiteral(!known);
    }
    case 'call':
      // a method with the receiver as first argument: a method call on an expression
      if (e.callee.k === 'method' || e.callee.k === 'schedule') {
        const [receiver, ...rest] = e.args;
        return t.callExpression(t.memberExpression(expr(receiver!), t.identifier(e.callee.k === 'method' ? e.callee.name : e.callee.op)), rest.map(expr));
      }
      return t.callExpression(callee(e.callee), e.args.map(expr));
    case 'tape':
      if (e.op === 'values' || e.op === 'top' || e.op === 'refCount') return tapeMember(e.op);
      return t.callExpression(t.cloneNode(tapeMethods[e.op]), e.args.map(expr));
    case 'runtime': return t.callExpression(t.identifier(e.fn), e.args.map(expr));
    case 'new': return t.newExpression(t.identifier(e.ctor), e.args.map(expr));
    case 'array': return t.arrayExpression(e.elements.map(expr));
    case 'object': return t.objectExpression(e.fields.map(([k, v]) => t.objectProperty(t.identifier(k), expr(v))));
    // `x[i]!`: an element is a number under the user's noUncheckedIndexedAccess too
    case 'index': return t.tsNonNullExpression(t.memberExpression(expr(e.array), expr(e.index), true));
    case 'member': return e.optional ? t.optionalMemberExpression(expr(e.object), t.identifier(e.prop), false, true) : t.memberExpression(expr(e.object), t.identifier(e.prop));
    case 'cond': return t.conditionalExpression(expr(e.test), expr(e.then), expr(e.else));
    case 'update':
      return e.by === 1
        ? t.updateExpression(e.op === '+=' ? '++' : '--', t.identifier(e.name), e.prefix === true)
        : t.assignmentExpression(e.op, t.identifier(e.name), numberLiteral(e.by));
  }
}

export function block(stmts: readonly TStmt[]): T.Statement[] {
  const out: T.Statement[] = [];
  let comments: string[] = [];
  // (a `// grad of:` comment's statement, for the statements after it that a later pass added, until one of its own)
  let named: Loc | undefined;
  for (const s of stmts) {
    if (s.k === 'comment') { comments.push(s.text); named = s.loc ?? named; continue; }
    const node = stmt(s);
    const loc = s.loc ?? named;
    if (s.loc) named = undefined;
    if (loc && loc.line > 0) node.loc = sourceLoc(loc);
    if (comments.length > 0) t.addComments(node, 'leading', comments.map((c) => ({ type: 'CommentLine', value: ` ${c}` }) as T.CommentLine));
    comments = [];
    out.push(node);
  }
  return out;
}

function stmt(s: Exclude<TStmt, { k: 'comment' }>): T.Statement {
  switch (s.k) {
    case 'decl': {
      const id = t.identifier(s.name);
      // a const of a literal would have the literal's type (`const k = 2`), and TypeScript
      // rejects comparing it with another (`k === 0`, where a call's argument was inlined)
      const type = s.type ?? (s.kind === 'const' && s.init?.k === 'num' ? 'number' : s.kind === 'const' && s.init?.k === 'str' ? 'string' : undefined);
      if (type) id.typeAnnotation = t.tsTypeAnnotation(typeKeyword(type));
      return t.variableDeclaration(s.kind, [t.variableDeclarator(id, s.init ? expr(s.init) : null)]);
    }
    case 'assign':
      return t.expressionStatement(t.assignmentExpression(s.op, expr(s.target) as T.LVal, expr(s.value)));
    case 'expr': return t.expressionStatement(expr(s.e));
    case 'if': {
      const only = s.then[0];
      if (s.brief && s.then.length === 1 && s.else.length === 0 && only && only.k !== 'comment') return t.ifStatement(expr(s.test), stmt(only));
      // (nothing to do where the test holds: `if (!t1) {…}`, not `if (t1) {} else {…}`)
      if (s.then.length === 0 && s.else.length > 0) {
        const test = s.test.k === 'un' && s.test.op === '!' ? expr(s.test.e) : t.unaryExpression('!', expr(s.test));
        return t.ifStatement(test, t.blockStatement(block(s.else)));
      }
      // (`else if (…)` where the else branch is one `if`)
      const [elseIf] = s.else;
      const alternate = s.else.length === 1 && elseIf?.k === 'if' && !elseIf.brief ? block(s.else)[0]! : s.else.length > 0 ? t.blockStatement(block(s.else)) : null;
      return t.ifStatement(expr(s.test), t.blockStatement(block(s.then)), alternate);
    }
    case 'for': {
      const init = stmt(s.init as Exclude<TStmt, { k: 'comment' }>);
      return t.forStatement(
        t.isVariableDeclaration(init) ? init : (init as T.ExpressionStatement).expression,
        expr(s.test), expr(s.update), t.blockStatement(block(s.body)));
    }
    case 'while': return t.whileStatement(expr(s.test), t.blockStatement(block(s.body)));
    case 'loop': return t.forStatement(null, null, null, t.blockStatement(block(s.body)));
    case 'block': return t.blockStatement(block(s.body));
    case 'break': return t.breakStatement();
    case 'return': return t.returnStatement(expr(s.e));
    case 'throw': return t.throwStatement(expr(s.e));
    case 'try':
      return t.tryStatement(t.blockStatement(block(s.body)), t.catchClause(t.identifier(s.param.name), t.blockStatement(block(s.handler))));
  }
}

/**
 * Where a statement comes from, as Babel's generator maps it (columns 0-based; `filename`
 * only for a statement of another module: the rest are the module's own source's).
 */
export function sourceLoc(loc: Loc): T.SourceLocation {
  const at = { line: loc.line, column: Math.max(loc.column - 1, 0), index: -1 };
  return { start: at, end: at, filename: loc.file!, identifierName: undefined };
}

/** Whether a constant is truthy (a number or boolean literal, or `!` of one); undefined when not a constant. */
function constantTruth(e: TExpr): boolean | undefined {
  if (e.k === 'num') return e.value !== 0 && !Number.isNaN(e.value);
  if (e.k === 'bool') return e.value;
  if (e.k === 'un' && e.op === '!') {
    const inner = constantTruth(e.e);
    return inner === undefined ? undefined : !inner;
  }
  return undefined;
}

function typeKeyword(type: DeclType): T.TSType {
  // (the object of adjoints and the union are spelled out on one line, as a reference's name)
  if (typeof type === 'object') return t.tsTypeReference(t.identifier(type.adj.length ? `{ ${type.adj.map(([k, v]) => `${k}: ${v}`).join('; ')} }` : 'Record<string, never>'));
  switch (type) {
    case 'number': return t.tsNumberKeyword();
    case 'boolean': return t.tsBooleanKeyword();
    case 'string': return t.tsStringKeyword();
    case 'number[]': return t.tsArrayType(t.tsNumberKeyword());
    case 'Float64Array | number[]': return t.tsArrayType(t.tsTypeReference(t.identifier('Float64Array | number')));
    default: return t.tsTypeReference(t.identifier(type));
  }
}

/** `object.prop`: `Math.PI`, `Number.isNaN`. */
function staticMember(object: string, prop: string): T.MemberExpression {
  return t.memberExpression(t.identifier(object), t.identifier(prop));
}

/** `tape.prop`: an operation or a field of the runtime's tape. */
function tapeMember(prop: string): T.MemberExpression {
  return staticMember('tape', prop);
}

/** What a call that is no method's calls: `Math.exp`, `console.log`, `Number.isNaN`, `sum`, `g_vjp_d`. */
function callee(c: Exclude<Callee, { k: 'method' | 'schedule' }>): T.Expression {
  switch (c.k) {
    case 'math': return staticMember('Math', c.fn);
    case 'console': return staticMember('console', c.method);
    case 'global': return staticMember(c.object, c.fn);
    case 'helper': return t.identifier(c.fn);
    case 'fn': return t.identifier(formName(c.name, c.form, c.d === true));
  }
}

function numberLiteral(v: number): T.Expression {
  if (Number.isNaN(v)) return t.identifier('NaN');
  if (v === Infinity) return t.identifier('Infinity');
  if (v === -Infinity) return t.unaryExpression('-', t.identifier('Infinity'));
  if (v < 0 || Object.is(v, -0)) return t.unaryExpression('-', t.numericLiteral(-v));
  return t.numericLiteral(v);
}
