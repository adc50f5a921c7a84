import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ERROR_CATALOGUE } from '../../lib';
import {
  ERROR_CATALOGUE_DUPLICATES,
  ERROR_CATALOGUE_FOLDERS,
  folderOfExport,
  mergeCatalogues,
} from '../../lib/error-catalogue';
import { ERROR_DOCS_PATH, renderErrorDocs } from '../../scripts/gen-error-docs';
import { CODE_SHAPE, RaiseSite, scanRaisedCodes } from '../util/error-code-scan';

const ROOT = path.resolve(__dirname, '..', '..');

// One scan for the whole file (a few hundred ms at most on this repository).
const scan = scanRaisedCodes(ROOT);
const where = (s: RaiseSite): string => `${s.file}:${s.line}`;

function sitesByCode(sites: readonly RaiseSite[]): Map<string, RaiseSite[]> {
  const by = new Map<string, RaiseSite[]>();
  for (const s of sites) by.set(s.code, [...(by.get(s.code) ?? []), s]);
  return by;
}

describe('error-code catalogue', () => {
  const raised = sitesByCode(scan.sites);

  test('the scan finds the codes raised in every way the library raises them', () => {
    // GIVEN the library  WHEN scanned  THEN each raising pattern is seen at least once
    const codes = new Set(raised.keys());
    expect(codes.has('CIDR_OVERLAP')).toBe(true); // `code: '…'` in a ValidationProblem literal
    expect(codes.has('HELM_TIMEOUT')).toBe(true); // problems.check(ok, CODE, …)
    expect(codes.has('KUBE_CONTEXT_MISSING')).toBe(true); // problems.checkRequired(CODE, …)
    expect(codes.has('GTM_INTERVAL')).toBe(true); // a local helper with a `code` parameter (oneOf)
    expect(codes.has('HEALTH_CHECK_CODES_INVALID')).toBe(true); // the collector(list) pattern
    expect(codes.has('MEMBER_NAME_INVALID')).toBe(true); // checkName(…, code)
    expect(codes.has('NAME_INVALID')).toBe(true); // checkName's default code
    expect(codes.has('ANNOTATION_INVALID')).toBe(true); // `${kind.toUpperCase()}_INVALID`
    expect(codes.has('CLUSTER_CIDR_OVERLAP')).toBe(true); // '[CODE] …' warning
    // Enum values and comparisons are not codes.
    expect(codes.has('CILIUM_OVERLAY')).toBe(false);
    expect(codes.has('ALL_REGIONS')).toBe(false);
  });

  test('every code position in lib/ resolves to literal codes', () => {
    expect(scan.unresolved.map((u) => `${u.file}:${u.line}: ${u.text}`)).toEqual([]);
  });

  test('every raised code is in the catalogue', () => {
    const missing = [...raised].filter(([code]) => !(code in ERROR_CATALOGUE))
      .map(([code, sites]) => `${code} (raised at ${sites.map(where).join(', ')}): add it to lib/${sites[0].folder}/error-codes.ts`);
    expect(missing).toEqual([]);
  });

  test('every catalogued code is raised somewhere (no stale entries)', () => {
    const stale = Object.entries(ERROR_CATALOGUE).filter(([code]) => !raised.has(code))
      .map(([code, e]) => `${code} (lib/${e.folder}/error-codes.ts) is raised nowhere in lib/`);
    expect(stale).toEqual([]);
  });

  test('no code is defined in two folders', () => {
    const report = ERROR_CATALOGUE_DUPLICATES.map((d) => d.sameText
      ? `${d.code}: defined in ${d.folders.join(' and ')} with the same text; define it once, in ${d.folders[0]}`
      : `${d.code}: defined in ${d.folders.join(' and ')} with different meanings; one code must mean one rule`);
    expect(report).toEqual([]);
  });

  test('each code is defined where it is raised: its own folder, or core when several folders raise it', () => {
    const misplaced: string[] = [];
    for (const [code, sites] of raised) {
      const entry = ERROR_CATALOGUE[code];
      if (!entry) continue;
      const folders = [...new Set(sites.map((s) => s.folder))].sort();
      const catalogued = new Set(ERROR_CATALOGUE_FOLDERS.map((f) => f.folder));
      const allowed = folders.length === 1 && catalogued.has(folders[0]) ? folders : ['core', ...folders];
      if (!allowed.includes(entry.folder)) {
        misplaced.push(`${code}: raised in ${folders.join(', ')} but defined in lib/${entry.folder}/error-codes.ts`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  test('entries are well formed: code shape, one-sentence meaning, a fix', () => {
    const bad: string[] = [];
    for (const { folder, codes } of ERROR_CATALOGUE_FOLDERS) {
      for (const [code, doc] of Object.entries(codes)) {
        if (!CODE_SHAPE.test(code)) bad.push(`${folder}/${code}: not an upper-case code`);
        if (!/^[A-Z`'a-z].*\.$/.test(doc.meaning) || /\.\s+[A-Z]/.test(doc.meaning)) bad.push(`${folder}/${code}: meaning should be one sentence`);
        if (doc.fix.trim().length < 5) bad.push(`${folder}/${code}: no fix`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('every lib/<folder>/error-codes.ts is wired into lib/error-code-folders.ts', () => {
    const onDisk = fs.readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && fs.existsSync(path.join(ROOT, 'lib', e.name, 'error-codes.ts')))
      .map((e) => e.name).sort();
    expect(ERROR_CATALOGUE_FOLDERS.map((f) => f.folder).sort()).toEqual(onDisk);
  });

  test('folder names are read from the export names', () => {
    expect(folderOfExport('GTM_FAILOVER_DOMAIN_ERROR_CODES')).toBe('gtm-failover-domain');
    expect(folderOfExport('NETBIRD_BRIDGE_ERROR_CODES')).toBe('netbird-bridge');
    expect(folderOfExport('somethingElse')).toBeUndefined();
  });

  test('merging reports a code defined twice and keeps the most general definition', () => {
    const doc = { meaning: 'M.', fix: 'F.' };
    const { catalogue, duplicates } = mergeCatalogues([
      { folder: 'nats-supercluster', codes: { SAME: doc, CLASH: { meaning: 'Other.', fix: 'F.' } } },
      { folder: 'core', codes: { SAME: doc, CLASH: doc } },
    ]);
    expect(catalogue.CLASH).toEqual({ ...doc, folder: 'core' });
    expect(duplicates).toEqual([
      { code: 'CLASH', folders: ['core', 'nats-supercluster'], sameText: false },
      { code: 'SAME', folders: ['core', 'nats-supercluster'], sameText: true },
    ]);
  });

  test('docs/errors.md is what `npm run docs:errors` writes now', () => {
    const committed = fs.existsSync(ERROR_DOCS_PATH) ? fs.readFileSync(ERROR_DOCS_PATH, 'utf8') : '';
    // Run `npm run docs:errors` and commit docs/errors.md when this fails.
    expect(committed).toBe(renderErrorDocs());
  });

  test('docs/errors.md has a table row for every catalogued code', () => {
    const docs = renderErrorDocs();
    for (const code of Object.keys(ERROR_CATALOGUE)) expect(docs).toContain(`| \`${code}\` |`);
    expect(renderErrorDocs()).toBe(docs);
  });
});

describe('error-code scan', () => {
  let root: string;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'error-scan-'));
    fs.mkdirSync(path.join(root, 'lib', 'demo', 'private'), { recursive: true });
    fs.mkdirSync(path.join(root, 'lib', 'other'), { recursive: true });
    fs.writeFileSync(path.join(root, 'lib', 'demo', 'demo.ts'), `
import { checkName } from '../other/helpers';
export enum Mode { OVERLAY = 'CILIUM_OVERLAY' }
export function validate(problems: Problems, p: Props, seen: Set<string>): void {
  seen.add('NOT_A_CODE');
  problems.check(
    p.x > 0 && /['"]\\//.test(p.y),
    'MULTI_LINE_CHECK',
    'x',
    p.x,
    'a number',
  );
  problems.add(p.y ? 'TERNARY_A' : 'TERNARY_B', 'y', p.y, 'text');
  problems
    .checkValue('CHAINED_VALUE', 'z', p.z, (v) => v > 0, 'positive');
  if (p.mode === 'CILIUM_OVERLAY' || problems.all.some((q) => q.code === 'COMPARED_ONLY')) return;
  problems.addAll(checkName('name', p.name, RULE, 'FROM_HELPER'));
  problems.addAll(checkName('name', p.name, RULE));
  const code = 'FROM_CONST';
  problems.add(code, 'c', 1, 'text');
  problems.add(p.dynamic, 'd', 1, 'text');
}
function kinds(problems: Problems, kind: 'label' | 'annotation'): void {
  problems.check(false, \`\${kind.toUpperCase()}_BAD\`, 'k', 1, 'text');
}
`);
    fs.writeFileSync(path.join(root, 'lib', 'demo', 'private', 'rules.ts'), `
import { collector } from '../../other/helpers';
export function rules(list: ValidationProblem[]): void {
  const add = collector(list);
  add('COLLECTED', 'p', 1, 'text');
  const local = (code: string, prop: string): void => add(code, prop, 1, 'text');
  local(
    'LOCAL_ARROW',
    'q',
  );
  list.push({
    code: 'LITERAL',
    prop: 'r',
    value: '1',
    expected: 'text',
  });
  Object.assign(x, { code: 'NOT_A_PROBLEM' });
  for (const [key, code] of [['a', 'LOOP_TUPLE_A'], ['b', 'LOOP_TUPLE_B']] as const) add(code, key, 1, 'text');
  for (const code of ['LOOP_PLAIN']) {
    add(code, 'p', 1, 'text');
  }
  warn(\`[WARNED] \${x}: got y; z\`);
}
`);
    fs.writeFileSync(path.join(root, 'lib', 'other', 'helpers.ts'), `
export function checkName(prop: string, value: string, rule: Rule, code = 'DEFAULT_CODE'): ValidationProblem[] {
  return [{ code, prop, value, expected: rule.describe }];
}
export function each(problems: Problems, list: string[]): void {
  list.forEach((code) => problems.add(code, 'e', 1, 'text'));
}
export function collector(list: ValidationProblem[]) {
  return (code: string, prop: string, value: unknown, expected: string): void => {
    list.push({ code, prop, value: String(value), expected });
  };
}
`);
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('finds codes in every raising pattern, multi-line included, and nothing else', () => {
    // GIVEN fixture sources  WHEN scanned  THEN exactly the raised codes are found
    const result = scanRaisedCodes(root);
    const codes = [...new Set(result.sites.map((s) => s.code))].sort();
    expect(codes).toEqual([
      'ANNOTATION_BAD', 'CHAINED_VALUE', 'COLLECTED', 'DEFAULT_CODE', 'FROM_CONST', 'FROM_HELPER', 'LABEL_BAD', 'LITERAL',
      'LOCAL_ARROW', 'LOOP_PLAIN', 'LOOP_TUPLE_A', 'LOOP_TUPLE_B', 'MULTI_LINE_CHECK', 'TERNARY_A', 'TERNARY_B', 'WARNED',
    ]);
    expect(result.sites.find((s) => s.code === 'LOCAL_ARROW')).toMatchObject({ file: 'lib/demo/private/rules.ts', folder: 'demo' });
    expect(result.sites.find((s) => s.code === 'DEFAULT_CODE')).toMatchObject({ file: 'lib/other/helpers.ts', folder: 'other' });
  });

  test('reports a code it cannot work out instead of skipping it', () => {
    const result = scanRaisedCodes(root);
    // A `code` that is no parameter passed on (here a callback's argument) cannot be worked out either.
    expect(result.unresolved).toEqual([
      { file: 'lib/demo/demo.ts', line: 21, text: 'p . dynamic' },
      { file: 'lib/other/helpers.ts', line: 6, text: 'code' },
    ]);
  });
});
