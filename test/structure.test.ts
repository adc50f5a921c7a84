import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const LIB = path.resolve(__dirname, '..', 'lib');

/** Every .ts file under lib, with the lib files it imports (`typeOnly` when the import is `import type`). */
function importGraph(): Map<string, { to: string; typeOnly: boolean }[]> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) files.push(p);
    }
  };
  walk(LIB);
  const graph = new Map<string, { to: string; typeOnly: boolean }[]>();
  for (const f of files) {
    const source = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, false);
    const edges: { to: string; typeOnly: boolean }[] = [];
    for (const s of source.statements) {
      if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier)) continue;
      const spec = s.moduleSpecifier.text;
      if (!spec.startsWith('.')) continue;
      const base = path.resolve(path.dirname(f), spec);
      const to = [`${base}.ts`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c));
      if (!to || !to.startsWith(LIB)) continue;
      const typeOnly = ts.isImportDeclaration(s) ? !!s.importClause?.isTypeOnly : s.isTypeOnly;
      edges.push({ to, typeOnly });
    }
    graph.set(f, edges);
  }
  return graph;
}

/** Strongly connected components with more than one file (import circles), as lib-relative paths. */
function circles(graph: Map<string, { to: string; typeOnly: boolean }[]>, includeTypeOnly: boolean): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const { to, typeOnly } of graph.get(v) ?? []) {
      if (typeOnly && !includeTypeOnly) continue;
      if (!index.has(to)) { connect(to); low.set(v, Math.min(low.get(v)!, low.get(to)!)); }
      else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); component.push(path.relative(LIB, w)); } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out;
}

describe('source layout', () => {
  test('no import circle between lib files at run time', () => {
    expect(circles(importGraph(), false)).toEqual([]);
  });

  test('no import circle even counting type imports, outside the core contract (ICluster <-> HelmAddOn/ClusterManifest)', () => {
    // GIVEN every import, `import type` included
    const found = circles(importGraph(), true);
    // THEN the only circle left is the core's: ICluster.addHelmChart/addManifest return HelmAddOn/ClusterManifest,
    // which take an ICluster (type-only on the cluster.ts side)
    expect(found.filter((c) => !c.every((f) => f.startsWith(`core${path.sep}`)))).toEqual([]);
  });

  test.each(['gpu-cluster', 'vks-cluster', 'gpu-workload', 'gtm-failover-domain'])('%s follows the folder template', (folder) => {
    // index.ts, the construct file(s), props.ts, private/, README.md
    for (const entry of ['index.ts', 'props.ts', 'private', 'README.md']) {
      expect(fs.existsSync(path.join(LIB, folder, entry))).toBe(true);
    }
  });

  test('lib/addons holds only cloud-neutral add-ons (the VNG load-balancer controller lives in vks-cluster)', () => {
    expect(fs.readdirSync(path.join(LIB, 'addons')).filter((f) => /vngcloud|alicloud|ack-|vks/.test(f))).toEqual([]);
    expect(fs.existsSync(path.join(LIB, 'vks-cluster', 'vngcloud-load-balancer-controller.ts'))).toBe(true);
  });
});
