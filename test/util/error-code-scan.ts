/**
 * Finds every error code the library can raise, by reading lib/**\/*.ts with a small tokenizer
 * (no TypeScript compiler: the whole scan takes a few tens of milliseconds).
 *
 * A code counts as raised where it stands in a code position:
 * - the code argument of `Problems` methods: `.add(CODE, …)`, `.checkValue(CODE, …)`,
 *   `.checkRequired(CODE, …)` and `.check(ok, CODE, …)` (told apart from `Set.add` and the like by
 *   their argument count);
 * - the `code:` property of a `ValidationProblem` literal (`{ code: 'CIDR_OVERLAP', prop, … }`);
 * - the argument of any helper with a parameter named `code`, wherever that helper is called:
 *   functions and methods (`checkName(prop, value, rule, 'MEMBER_NAME_INVALID')`, `checkInt(problems,
 *   'REPLICAS_INVALID', …)`), arrow functions bound to a name (`const add = (code, …) => …`) and
 *   names bound to what a factory returns (`const add = collector(problems)` where `collector`
 *   returns `(code, …) => …`). A default (`code = 'NAME_INVALID'`) counts when some call leaves
 *   the argument out;
 * - a string that starts with `[CODE]` (warnings written in the problem format).
 *
 * In a code position, every literal of the argument counts (`a ? 'X' : 'Y'` raises both), a
 * template is expanded from the string-literal union type of its hole
 * (`${kind.toUpperCase()}_INVALID` with `kind: 'label' | 'annotation'`), a `code` parameter passed
 * on is followed through its callers, and a local `const` is read. Anything else is reported as
 * unresolved, so no code slips past the catalogue. Strings elsewhere (enum values such as
 * `'CILIUM_OVERLAY'`, `p.code === 'CIDR_OVERLAP'` comparisons) never count.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The shape of an error code: upper-case words joined by `_`. */
export const CODE_SHAPE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** One place a code is raised. */
export interface RaiseSite {
  readonly code: string;
  /** Path relative to the repository root, e.g. `lib/core/cidr.ts`. */
  readonly file: string;
  readonly line: number;
  /** The construct folder under lib/ (`core`, `gpu-cluster`, …). */
  readonly folder: string;
}

/** A code position whose value the scan could not work out. */
export interface UnresolvedSite {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface ScanResult {
  readonly sites: RaiseSite[];
  readonly unresolved: UnresolvedSite[];
}

type Tok =
  | { kind: 'id' | 'num' | 'punc'; text: string; line: number }
  | { kind: 'str'; text: string; value: string; line: number }
  | { kind: 'tpl'; text: string; quasis: string[]; holes: Tok[][]; line: number };

const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'in', 'of', 'delete', 'void', 'throw', 'new', 'else', 'do', 'instanceof', 'yield', 'await']);
const IDENT_START = /[A-Za-z_$]/;
const IDENT = /[A-Za-z0-9_$]+/y;
const NUMBER = /[0-9][0-9A-Za-z_.]*/y;
const PUNCS = ['>>>=', '...', '===', '!==', '**=', '??=', '&&=', '||=', '>>>', '<<=', '>>=',
  '=>', '?.', '??', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>'];

/** Splits TypeScript source into tokens; comments are dropped, regex literals kept as one token. */
export function tokenize(src: string): Tok[] {
  let i = 0;
  let line = 1;
  const out: Tok[] = [];

  const regexAllowed = (): boolean => {
    const prev = out[out.length - 1];
    if (!prev) return true;
    if (prev.kind === 'id') return REGEX_AFTER_WORDS.has(prev.text);
    if (prev.kind === 'punc') return prev.text !== ')' && prev.text !== ']' && prev.text !== '}' && prev.text !== '++' && prev.text !== '--';
    return false;
  };

  const readString = (quote: string): string => {
    let value = '';
    i++;
    while (i < src.length && src[i] !== quote) {
      if (src[i] === '\\') {
        const next = src[i + 1];
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        if (next === '\n') line++;
        i += 2;
        continue;
      }
      if (src[i] === '\n') line++;
      value += src[i++];
    }
    i++;
    return value;
  };

  // Tokens until the `}` closing a template hole (or the end), appended to `into`.
  const readUntilHoleEnd = (into: Tok[]): void => {
    let depth = 0;
    while (i < src.length) {
      const before = out.length;
      const c = src[i];
      if (c === '}' && depth === 0) {
        i++;
        return;
      }
      if (c === '{') depth++;
      if (c === '}') depth--;
      step();
      into.push(...out.splice(before));
    }
  };

  const readTemplate = (): void => {
    const startLine = line;
    const start = i;
    const quasis: string[] = [];
    const holes: Tok[][] = [];
    let text = '';
    i++;
    while (i < src.length && src[i] !== '`') {
      if (src[i] === '\\') {
        text += src[i + 1];
        i += 2;
        continue;
      }
      if (src[i] === '$' && src[i + 1] === '{') {
        quasis.push(text);
        text = '';
        i += 2;
        const hole: Tok[] = [];
        readUntilHoleEnd(hole);
        holes.push(hole);
        continue;
      }
      if (src[i] === '\n') line++;
      text += src[i++];
    }
    i++;
    quasis.push(text);
    out.push({ kind: 'tpl', text: src.slice(start, i), quasis, holes, line: startLine });
  };

  const step = (): void => {
    const c = src[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
    } else if (c === '/' && regexAllowed()) {
      const start = i;
      let inClass = false;
      i++;
      while (i < src.length && (src[i] !== '/' || inClass) && src[i] !== '\n') {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        i++;
      }
      i++;
      while (/[a-z]/i.test(src[i] ?? '')) i++;
      out.push({ kind: 'num', text: src.slice(start, i), line });
    } else if (c === '\'' || c === '"') {
      const start = i;
      const startLine = line;
      const value = readString(c);
      out.push({ kind: 'str', text: src.slice(start, i), value, line: startLine });
    } else if (c === '`') {
      readTemplate();
    } else if (IDENT_START.test(c)) {
      IDENT.lastIndex = i;
      const m = IDENT.exec(src)!;
      out.push({ kind: 'id', text: m[0], line });
      i += m[0].length;
    } else if (c >= '0' && c <= '9') {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(src)!;
      out.push({ kind: 'num', text: m[0], line });
      i += m[0].length;
    } else {
      const p = PUNCS.find((x) => src.startsWith(x, i) && !(x === '?.' && /[0-9]/.test(src[i + 2] ?? ''))) ?? c;
      out.push({ kind: 'punc', text: p, line });
      i += p.length;
    }
  };

  while (i < src.length) step();
  return out;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Index of the bracket closing the one at `open`. */
function closing(toks: Tok[], open: number): number {
  let depth = 0;
  for (let k = open; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'punc') continue;
    if (OPEN[t.text]) depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      depth--;
      if (depth === 0) return k;
    }
  }
  return toks.length - 1;
}

/** The comma-separated items between the bracket at `open` and its closing one. */
function items(toks: Tok[], open: number): Tok[][] {
  const close = closing(toks, open);
  const out: Tok[][] = [];
  let current: Tok[] = [];
  let depth = 0;
  for (let k = open + 1; k < close; k++) {
    const t = toks[k];
    if (t.kind === 'punc' && OPEN[t.text]) depth++;
    if (t.kind === 'punc' && (t.text === ')' || t.text === ']' || t.text === '}')) depth--;
    if (depth === 0 && t.kind === 'punc' && t.text === ',') {
      out.push(current);
      current = [];
    } else {
      current.push(t);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface Param {
  readonly name: string;
  /** Tokens of the default value, if any. */
  readonly defaultValue?: Tok[];
}

const MODIFIERS = new Set(['readonly', 'private', 'public', 'protected', 'override']);

function params(toks: Tok[], open: number): Param[] {
  return items(toks, open).map((item) => {
    const rest = item.filter((t) => !(t.kind === 'id' && MODIFIERS.has(t.text)) && !(t.kind === 'punc' && t.text === '...'));
    const name = rest[0]?.kind === 'id' ? rest[0].text : '';
    let depth = 0;
    for (let k = 0; k < rest.length; k++) {
      const t = rest[k];
      if (t.kind === 'punc' && (OPEN[t.text] || t.text === '<')) depth++;
      if (t.kind === 'punc' && (t.text === ')' || t.text === ']' || t.text === '}' || t.text === '>')) depth--;
      if (depth === 0 && t.kind === 'punc' && t.text === '=') return { name, defaultValue: rest.slice(k + 1) };
    }
    return { name };
  });
}

/** Skips a `: Type` annotation starting at `k` (the `:`); returns the index of `stopAt` after it, or -1 if it is not one. */
function skipReturnType(toks: Tok[], k: number, stopAt: string): number {
  let depth = 0;
  for (let j = k + 1; j < toks.length; j++) {
    const t = toks[j];
    if (t.kind !== 'punc') continue;
    if (depth === 0 && t.text === stopAt) return j;
    if ('<([{'.includes(t.text)) {
      depth++;
    } else if ('>)]}'.includes(t.text)) {
      depth--;
      if (depth < 0) return -1;
    } else if (depth === 0 && !['|', '&', '.', '?'].includes(t.text) && !(t.text === '=>' && stopAt === '=')) {
      return -1;
    }
  }
  return -1;
}

interface Sink {
  readonly index: number;
  readonly defaultValue?: Tok[];
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'typeof', 'new', 'await', 'super', 'constructor']);

interface FileInfo {
  readonly file: string;
  readonly folder: string;
  readonly toks: Tok[];
  /** Helpers with a `code` parameter defined here, by name. */
  readonly sinks: Map<string, Sink>;
  readonly exported: Set<string>;
  /** Token indexes of the `(` of definitions (not calls). */
  readonly definitions: Set<number>;
  /** Token indexes of the `(` of the parameter lists of helpers with a `code` parameter. */
  readonly sinkOpens: Set<number>;
}

const codeParam = (ps: Param[]): Sink | undefined => {
  const index = ps.findIndex((p) => p.name === 'code');
  return index < 0 ? undefined : { index, defaultValue: ps[index].defaultValue };
};

function findSinks(info: FileInfo): void {
  const { toks, sinks, exported, definitions, sinkOpens } = info;
  const factories = new Map<string, Sink>();
  const functionBodies: { name: string; start: number; end: number }[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const next = toks[k + 1];
    const isExported = toks[k - 1]?.text === 'export' || toks[k - 2]?.text === 'export';
    // function NAME<T>(params)
    if (t.kind === 'id' && t.text === 'function' && next?.kind === 'id') {
      let open = k + 2;
      if (toks[open]?.text === '<') open = skipAngle(toks, open);
      if (toks[open]?.text !== '(') continue;
      definitions.add(open);
      const close = closing(toks, open);
      let body = close;
      while (body < toks.length && toks[body].text !== '{') body++;
      if (body < toks.length) functionBodies.push({ name: next.text, start: body, end: closing(toks, body) });
      const sink = codeParam(params(toks, open));
      if (sink) {
        sinks.set(next.text, sink);
        sinkOpens.add(open);
        if (isExported) exported.add(next.text);
      }
      continue;
    }
    // const NAME[: Type] = [async] (params) [: Type] =>   |   const NAME = FACTORY(…)
    if (t.kind === 'id' && (t.text === 'const' || t.text === 'let') && next?.kind === 'id') {
      let eq = k + 2;
      if (toks[eq]?.text === ':') eq = skipReturnType(toks, eq, '=');
      if (eq < 0 || toks[eq]?.text !== '=') continue;
      let open = eq + 1;
      if (toks[open]?.text === 'async') open++;
      if (toks[open]?.text === 'function') open++;
      if (toks[open]?.text !== '(') continue;
      const close = closing(toks, open);
      const after = toks[close + 1]?.text === ':' ? skipReturnType(toks, close + 1, '=>') : close + 1;
      if (after > 0 && (toks[after]?.text === '=>' || toks[open - 1]?.text === 'function')) {
        definitions.add(open);
        const sink = codeParam(params(toks, open));
        if (sink) {
          sinks.set(next.text, sink);
          sinkOpens.add(open);
          if (isExported) exported.add(next.text);
        }
      }
      continue;
    }
    // method NAME<T>(params) [: Type] {
    const open = next?.text === '<' ? skipAngle(toks, k + 1) : k + 1;
    if (t.kind === 'id' && !KEYWORDS.has(t.text) && toks[open]?.text === '(' && toks[k - 1]?.text !== '.' && toks[k - 1]?.text !== 'function') {
      const close = closing(toks, open);
      const after = toks[close + 1]?.text === ':' ? skipReturnType(toks, close + 1, '{') : close + 1;
      if (after > 0 && toks[after]?.text === '{' && ['{', '}', ';', 'private', 'public', 'protected', 'static', 'async', 'readonly', 'override'].includes(toks[k - 1]?.text ?? '')) {
        definitions.add(open);
        const sink = codeParam(params(toks, open));
        if (sink) {
          sinks.set(t.text, sink);
          sinkOpens.add(open);
        }
      }
    }
  }
  // Factories: a named function that returns `(code, …) => …`.
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].text !== 'return' || toks[k + 1]?.text !== '(') continue;
    const close = closing(toks, k + 1);
    const after = toks[close + 1]?.text === ':' ? skipReturnType(toks, close + 1, '=>') : close + 1;
    if (after < 0 || toks[after]?.text !== '=>') continue;
    const sink = codeParam(params(toks, k + 1));
    const owner = functionBodies.filter((f) => f.start < k && k < f.end).sort((a, b) => b.start - a.start)[0];
    if (sink && owner) {
      sinkOpens.add(k + 1);
      factories.set(owner.name, sink);
      exported.add(`factory:${owner.name}`);
      sinks.set(`factory:${owner.name}`, sink);
    }
  }
}

function skipAngle(toks: Tok[], open: number): number {
  let depth = 0;
  for (let k = open; k < toks.length; k++) {
    if (toks[k].text === '<') depth++;
    if (toks[k].text === '>') depth--;
    if (depth === 0) return k + 1;
  }
  return toks.length;
}

const folderOf = (file: string): string => {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : '(root)';
};

function listTs(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(full, root));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out.sort();
}

/** Files that hold the catalogue itself, not raise sites. */
const isCatalogueFile = (file: string): boolean => /(^|\/)error-codes\.ts$/.test(file) || file === 'lib/error-catalogue.ts';

/** Scans `<root>/lib` for every raised code. */
export function scanRaisedCodes(root: string): ScanResult {
  const files: FileInfo[] = listTs(path.join(root, 'lib'), root)
    .filter((f) => !isCatalogueFile(f))
    .map((file) => ({
      file,
      folder: folderOf(file),
      toks: tokenize(fs.readFileSync(path.join(root, file), 'utf8')),
      sinks: new Map(),
      exported: new Set(),
      definitions: new Set(),
      sinkOpens: new Set(),
    }));
  files.forEach(findSinks);

  const global = new Map<string, Sink>();
  for (const f of files) for (const name of f.exported) global.set(name, f.sinks.get(name)!);
  // Names bound to what a factory returns: `const add = collector(problems)`.
  for (const f of files) {
    const { toks } = f;
    for (let k = 0; k + 4 < toks.length; k++) {
      if ((toks[k].text === 'const' || toks[k].text === 'let') && toks[k + 1].kind === 'id' && toks[k + 2].text === '='
        && toks[k + 3].kind === 'id' && toks[k + 4].text === '(') {
        const factory = f.sinks.get(`factory:${toks[k + 3].text}`) ?? global.get(`factory:${toks[k + 3].text}`);
        if (factory) f.sinks.set(toks[k + 1].text, factory);
      }
    }
  }

  const sites: RaiseSite[] = [];
  const unresolved: UnresolvedSite[] = [];
  const defaultsUsed = new Map<Sink, FileInfo>();

  for (const f of files) {
    const { toks } = f;
    const raise = (code: string, line: number): void => {
      sites.push({ code, file: f.file, line, folder: f.folder });
    };
    const typeUnion = (name: string): string[] | undefined => {
      for (let k = 0; k + 2 < toks.length; k++) {
        if (toks[k].kind !== 'id' || toks[k].text !== name || toks[k + 1].text !== ':' || toks[k + 2].kind !== 'str') continue;
        const values: string[] = [];
        for (let j = k + 2; toks[j]?.kind === 'str'; j += 2) {
          values.push((toks[j] as { value: string }).value);
          if (toks[j + 1]?.text !== '|') break;
        }
        return values;
      }
      return undefined;
    };
    const constValue = (name: string): Tok[] | undefined => {
      for (let k = 0; k + 3 < toks.length; k++) {
        if ((toks[k].text === 'const' || toks[k].text === 'let') && toks[k + 1].text === name && toks[k + 2].text === '=') {
          const end = toks.findIndex((x, j) => j > k && (x.text === ';' || x.line > toks[k].line + 3));
          return toks.slice(k + 3, end < 0 ? undefined : end);
        }
      }
      return undefined;
    };
    const bodies = codeParamBodies(toks, f.sinkOpens);
    // The codes an expression in a code position can take, or undefined if it cannot be worked out.
    const resolve = (expr: Tok[], depth = 0): string[] | 'forward' | undefined => {
      const codes: string[] = [];
      for (const t of expr) {
        if (t.kind === 'str' && CODE_SHAPE.test(t.value)) codes.push(t.value);
        if (t.kind === 'tpl') {
          const expanded = expandTemplate(t, typeUnion);
          if (!expanded) return undefined;
          codes.push(...expanded);
        }
      }
      if (codes.length > 0) return codes;
      if (expr.length === 1 && expr[0].kind === 'id') {
        const at = toks.indexOf(expr[0]);
        const looped = forOfValues(toks, at, expr[0].text);
        if (looped) return looped.length > 0 ? looped : undefined;
        const value = depth < 3 ? constValue(expr[0].text) : undefined;
        if (value) return resolve(value, depth + 1);
        // A `code` parameter passed on: its callers are scanned instead.
        return expr[0].text === 'code' && bodies.some(([a, b]) => a < at && at < b) ? 'forward' : undefined;
      }
      return undefined;
    };
    const take = (expr: Tok[] | undefined, line: number): void => {
      if (!expr || expr.length === 0) return;
      const codes = resolve(expr);
      if (codes === 'forward') return;
      if (codes === undefined) {
        unresolved.push({ file: f.file, line, text: expr.map((t) => t.text).join(' ') });
        return;
      }
      for (const c of codes) raise(c, line);
    };

    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      // Problems methods.
      if (t.kind === 'id' && (toks[k - 1]?.text === '.' || toks[k - 1]?.text === '?.') && toks[k + 1]?.text === '(') {
        const spec = ({ add: [0, 4], check: [1, 5], checkValue: [0, 5], checkRequired: [0, 5] } as Record<string, [number, number]>)[t.text];
        if (spec && Object.hasOwn({ add: 1, check: 1, checkValue: 1, checkRequired: 1 }, t.text)) {
          const args = items(toks, k + 1);
          if (args.length >= spec[1]) take(args[spec[0]], t.line);
          continue;
        }
      }
      // `code:` in an object literal.
      if (t.kind === 'id' && t.text === 'code' && toks[k + 1]?.text === ':' && ['{', ','].includes(toks[k - 1]?.text ?? '')) {
        const value: Tok[] = [];
        let depth = 0;
        for (let j = k + 2; j < toks.length; j++) {
          const x = toks[j];
          if (x.kind === 'punc' && OPEN[x.text]) depth++;
          if (x.kind === 'punc' && (x.text === ')' || x.text === ']' || x.text === '}')) depth--;
          if (depth < 0 || (depth === 0 && x.kind === 'punc' && (x.text === ',' || x.text === ';'))) break;
          value.push(x);
        }
        // Only problem literals count: an object with `prop` and `expected` too (not `code: string` in a type).
        if (isProblemLiteral(toks, k)) take(value, t.line);
        continue;
      }
      // Calls of helpers with a `code` parameter.
      if (t.kind === 'id' && toks[k + 1]?.text === '(' && !f.definitions.has(k + 1)) {
        const prev = toks[k - 1]?.text;
        if ((prev === '.' || prev === '?.') && toks[k - 2]?.text !== 'this') continue;
        const sink = f.sinks.get(t.text) ?? global.get(t.text);
        if (!sink) continue;
        const args = items(toks, k + 1);
        if (args.length > sink.index) take(args[sink.index], t.line);
        else if (sink.defaultValue) defaultsUsed.set(sink, f);
        continue;
      }
      // Warnings written in the problem format: '[CODE] …'.
      const text = t.kind === 'str' ? t.value : t.kind === 'tpl' ? t.quasis[0] : undefined;
      const m = text === undefined ? null : /^\[([A-Z][A-Z0-9_]*)\]/.exec(text);
      if (m && CODE_SHAPE.test(m[1])) raise(m[1], t.line);
    }
  }
  // Defaults of helpers some call leaves out count where the helper is defined.
  for (const f of files) {
    for (const sink of f.sinks.values()) {
      if (!defaultsUsed.has(sink) || !sink.defaultValue) continue;
      for (const t of sink.defaultValue) {
        if (t.kind === 'str' && CODE_SHAPE.test(t.value)) sites.push({ code: t.value, file: f.file, line: t.line, folder: f.folder });
      }
    }
  }
  return { sites, unresolved };
}

/** Token ranges of the bodies of the helpers with a `code` parameter (their `(` at `opens`). */
function codeParamBodies(toks: Tok[], opens: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  for (const o of opens) {
    const close = closing(toks, o);
    let after = close + 1;
    if (toks[after]?.text === ':') {
      const brace = skipReturnType(toks, after, '{');
      after = brace >= 0 ? brace : skipReturnType(toks, after, '=>');
    }
    if (after < 0) continue;
    let start = after;
    if (toks[start]?.text === '=>') start++;
    else if (toks[start]?.text !== '{') continue;
    if (toks[start]?.text === '{') {
      out.push([start, closing(toks, start)]);
      continue;
    }
    let depth = 0;
    let end = start;
    for (; end < toks.length; end++) {
      const t = toks[end];
      if (t.kind === 'punc' && OPEN[t.text]) depth++;
      if (t.kind === 'punc' && (t.text === ')' || t.text === ']' || t.text === '}')) depth--;
      if (depth < 0 || (depth === 0 && (t.text === ';' || t.text === ','))) break;
    }
    out.push([start, end]);
  }
  return out;
}

/**
 * The literal values `name` takes in an enclosing `for (const name of ['A', 'B'])` or
 * `for (const [x, name] of [['a', 'A'], ['b', 'B']])` loop; undefined when no such loop encloses `at`.
 */
function forOfValues(toks: Tok[], at: number, name: string): string[] | undefined {
  for (let k = at; k >= 0; k--) {
    if (toks[k].text !== 'for' || toks[k + 1]?.text !== '(' || !['const', 'let'].includes(toks[k + 2]?.text ?? '')) continue;
    const head = k + 1;
    const headEnd = closing(toks, head);
    const bodyStart = headEnd + 1;
    const bodyEnd = toks[bodyStart]?.text === '{' ? closing(toks, bodyStart) : toks.findIndex((t, j) => j > bodyStart && t.text === ';');
    if (at < bodyStart || at > bodyEnd) continue;
    let index: number | undefined;
    let of: number;
    if (toks[k + 3]?.text === '[') {
      const pattern = items(toks, k + 3).map((item) => item[0]?.text);
      if (!pattern.includes(name)) continue;
      index = pattern.indexOf(name);
      of = closing(toks, k + 3) + 1;
    } else {
      if (toks[k + 3]?.text !== name) continue;
      of = k + 4;
    }
    if (toks[of]?.text !== 'of' || toks[of + 1]?.text !== '[') return [];
    const values: string[] = [];
    for (const item of items(toks, of + 1)) {
      const element = index === undefined ? item : item[0]?.text === '[' ? items(toks, toks.indexOf(item[0]))[index] ?? [] : [];
      for (const t of element) if (t.kind === 'str' && CODE_SHAPE.test(t.value)) values.push(t.value);
    }
    return values;
  }
  return undefined;
}

/** True when the `code` key at `k` sits in an object literal that also has `prop` and `expected` keys. */
function isProblemLiteral(toks: Tok[], k: number): boolean {
  let depth = 0;
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j];
    if (t.kind !== 'punc') continue;
    if (t.text === ')' || t.text === ']' || t.text === '}') depth++;
    else if (OPEN[t.text]) {
      if (depth === 0) {
        if (t.text !== '{') return false;
        const keys = new Set(items(toks, j).map((item) => item[0]?.text));
        return keys.has('prop') && keys.has('expected') && !keys.has('readonly');
      }
      depth--;
    }
  }
  return false;
}

/** Expands `${x}_SUFFIX` / `${x.toUpperCase()}_SUFFIX` from the string-literal union type of `x`. */
function expandTemplate(t: Extract<Tok, { kind: 'tpl' }>, typeUnion: (name: string) => string[] | undefined): string[] | undefined {
  let results = [t.quasis[0]];
  for (let h = 0; h < t.holes.length; h++) {
    const hole = t.holes[h];
    if (hole[0]?.kind !== 'id') return undefined;
    const texts = hole.map((x) => x.text).join('');
    const m = /^([A-Za-z_$][\w$]*)(?:\.(toUpperCase|toLowerCase)\(\))?$/.exec(texts);
    if (!m) return undefined;
    const values = typeUnion(m[1]);
    if (!values) return undefined;
    const mapped = values.map((v) => (m[2] === 'toUpperCase' ? v.toUpperCase() : m[2] === 'toLowerCase' ? v.toLowerCase() : v));
    results = results.flatMap((r) => mapped.map((v) => r + v + t.quasis[h + 1]));
  }
  return results.every((r) => CODE_SHAPE.test(r)) ? results : undefined;
}
