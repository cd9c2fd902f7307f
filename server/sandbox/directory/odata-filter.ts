import { GraphError } from '../errors.js';
import type { SandboxUser } from '../org/model.js';

// A small $filter for users: eq, ne, ge, le, in, startswith, endswith, not, and, or, parentheses.
// Anything else is the 400 Request_UnsupportedQuery the directory answers.

type Pred = (u: SandboxUser) => boolean;
type Token = { kind: 'name' | 'string' | 'number' | 'punct'; text: string };

const FILTERABLE = new Set([
  'id',
  'userPrincipalName',
  'mail',
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'accountEnabled',
  'employeeType',
  'city',
  'country',
  'usageLocation',
  'preferredLanguage',
  'employeeHireDate',
]);
/** Need ConsistencyLevel: eventual and $count=true, as on the real service (FACTS 1.1). */
const ADVANCED_OPS = new Set(['ne', 'endswith', 'not']);

const unsupported = (detail: string): GraphError =>
  new GraphError(400, 'Request_UnsupportedQuery', `Unsupported Query. ${detail}`.trim());

export interface ParsedFilter {
  test: Pred;
  advanced: boolean;
}

export function parseUserFilter(text: string): ParsedFilter {
  const tokens = tokenize(text);
  let pos = 0;
  let advanced = false;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token => {
    const t = tokens[pos++];
    if (!t) throw unsupported('Unexpected end of $filter.');
    return t;
  };
  const expect = (text: string): void => {
    const t = next();
    if (t.text !== text) throw unsupported(`Expected '${text}' near '${t.text}'.`);
  };
  const property = (): keyof SandboxUser => {
    const t = next();
    if (t.kind !== 'name' || !FILTERABLE.has(t.text)) throw unsupported(`Property '${t.text}' cannot be filtered.`);
    return t.text as keyof SandboxUser;
  };
  const literal = (): unknown => {
    const t = next();
    if (t.kind === 'string' || t.kind === 'number') return t.kind === 'number' ? Number(t.text) : t.text;
    if (t.text === 'true' || t.text === 'false') return t.text === 'true';
    if (t.text === 'null') return null;
    throw unsupported(`Invalid literal '${t.text}'.`);
  };

  const orExpr = (): Pred => {
    let left = andExpr();
    while (peek()?.text === 'or') {
      next();
      const l = left,
        r = andExpr();
      left = (u) => l(u) || r(u);
    }
    return left;
  };
  const andExpr = (): Pred => {
    let left = unary();
    while (peek()?.text === 'and') {
      next();
      const l = left,
        r = unary();
      left = (u) => l(u) && r(u);
    }
    return left;
  };
  const unary = (): Pred => {
    if (peek()?.text === 'not') {
      next();
      advanced = true;
      const inner = unary();
      return (u) => !inner(u);
    }
    if (peek()?.text === '(') {
      next();
      const inner = orExpr();
      expect(')');
      return inner;
    }
    return primary();
  };
  const primary = (): Pred => {
    const head = peek();
    if (
      head?.kind === 'name' &&
      (head.text === 'startswith' || head.text === 'endswith' || head.text === 'startsWith' || head.text === 'endsWith')
    ) {
      const fn = next().text.toLowerCase();
      if (ADVANCED_OPS.has(fn)) advanced = true;
      expect('(');
      const prop = property();
      expect(',');
      const value = String(literal()).toLowerCase();
      expect(')');
      return (u) => {
        const v = u[prop];
        if (typeof v !== 'string') return false;
        return fn === 'startswith' ? v.toLowerCase().startsWith(value) : v.toLowerCase().endsWith(value);
      };
    }
    const prop = property();
    const op = next().text;
    if (ADVANCED_OPS.has(op)) advanced = true;
    if (op === 'in') {
      expect('(');
      const values: unknown[] = [literal()];
      while (peek()?.text === ',') {
        next();
        values.push(literal());
      }
      expect(')');
      const set = new Set(values.map(norm));
      return (u) => set.has(norm(u[prop]));
    }
    const value = literal();
    switch (op) {
      case 'eq':
        return (u) => norm(u[prop]) === norm(value);
      case 'ne':
        return (u) => norm(u[prop]) !== norm(value);
      case 'ge':
        return (u) => compare(u[prop], value) >= 0;
      case 'le':
        return (u) => compare(u[prop], value) <= 0;
      default:
        throw unsupported(`Operator '${op}' is not supported.`);
    }
  };

  const test = orExpr();
  if (pos !== tokens.length) throw unsupported(`Unexpected '${tokens[pos]!.text}'.`);
  return { test, advanced };
}

// Directory string comparisons are case-insensitive.
function norm(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function compare(a: unknown, b: unknown): number {
  if (a === null || a === undefined) return -1;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    if ('(),'.includes(c)) {
      out.push({ kind: 'punct', text: c });
      i++;
      continue;
    }
    if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= text.length) throw unsupported('Unterminated string literal.');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          } // '' escapes a quote in OData
          i++;
          break;
        }
        s += text[i++];
      }
      out.push({ kind: 'string', text: s });
      continue;
    }
    const m = /^[A-Za-z_][\w.]*|^-?\d+(\.\d+)?(T[\d:.]+Z)?(-\d\d-\d\d(T[\d:.]+Z)?)?/.exec(text.slice(i));
    if (!m) throw unsupported(`Unexpected character '${c}'.`);
    out.push({ kind: /^[-\d]/.test(m[0]) ? (m[0].includes('-', 1) ? 'string' : 'number') : 'name', text: m[0] });
    i += m[0].length;
  }
  return out;
}
