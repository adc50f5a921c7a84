/**
 * The benchmark's hand-written peer (bench/hand-written.ts) must synthesize the same resources as
 * the library's full topology (bench/topology.ts), or the ratio the bench prints means nothing.
 * Both are synthesized here with 4 clusters (one of each kind and a second ACK, three regions) and
 * compared stack by stack with logical ids replaced by '#'.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

type Json = Record<string, unknown>;

function synthesize(entry: string, outdir: string): Record<string, Json> {
  const saved = { ...process.env };
  Object.assign(process.env, { BENCH_CLUSTERS: '4', BENCH_TOPOLOGY: 'full', CDKTF_OUTDIR: outdir });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry point runs its app when loaded
    jest.isolateModules(() => require(entry));
  } finally {
    process.env = saved;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { synthesizedStackPath: string }> };
  return Object.fromEntries(Object.entries(manifest.stacks).map(([name, s]) => [
    name, JSON.parse(fs.readFileSync(path.join(outdir, s.synthesizedStackPath), 'utf8')) as Json,
  ]));
}

/** The stack with every logical id replaced by '#', construct metadata dropped and lists of references sorted. */
function normalize(stack: Json): Json {
  const ids: [RegExp, string][] = [];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [section, prefix] of [['resource', ''], ['data', 'data.']] as const) {
    for (const [type, byName] of Object.entries((stack[section] ?? {}) as Record<string, Json>)) {
      for (const name of Object.keys(byName)) ids.push([new RegExp(`${escape(`${prefix}${type}.${name}`)}(?![\\w-])`, 'g'), `${prefix}${type}.#`]);
    }
  }
  for (const name of Object.keys((stack.locals ?? {}) as Json)) {
    ids.push([new RegExp(`local\\.${escape(name)}(?![\\w-])`, 'g'), 'local.#'], [new RegExp(`^${escape(name)}$`), '#']);
  }
  const str = (s: string) => ids.reduce((acc, [re, to]) => acc.replace(re, to), s)
    .replace(/cross-stack-output-[\w.-]+/g, 'cross-stack-output-#')
    .replace(/\.\/assets\/[^/]+\//g, './assets/#/');
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return str(v);
    if (Array.isArray(v)) {
      const items = v.map((x) => walk(x));
      return key === 'depends_on' ? items.sort() : items;
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Json).filter(([k]) => k !== '//').map(([k, x]) => [k, walk(x, k)] as const);
      return Object.fromEntries(entries.map(([k, x]) => [str(k), x]));
    }
    return v;
  };
  const out: Json = {};
  for (const [section, body] of Object.entries(stack)) {
    if (section === '//') continue;
    if (section === 'resource' || section === 'data') {
      // Names are gone, so each type becomes a sorted list of its blocks.
      out[section] = Object.fromEntries(Object.entries(body as Record<string, Json>).map(([type, byName]) => [
        type, Object.values(byName).map((b) => JSON.stringify(walk(b))).sort(),
      ]));
    } else {
      out[section] = walk(body);
    }
  }
  return out;
}

describe('bench hand-written peer', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hand-written-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('synthesizes the same stacks and resources as the library topology', () => {
    // GIVEN the library topology and the hand-written app, 4 clusters each
    const library = synthesize('../../bench/topology', path.join(tmp, 'library'));
    const handWritten = synthesize('../../bench/hand-written', path.join(tmp, 'hand-written'));

    // THEN the same stacks, and in each the same blocks once logical ids are set aside
    expect(Object.keys(handWritten).sort()).toEqual(Object.keys(library).sort());
    for (const name of Object.keys(library)) {
      expect({ stack: name, ...normalize(handWritten[name]) }).toEqual({ stack: name, ...normalize(library[name]) });
    }
    const resources = Object.values(library).reduce((n, s) => n + Object.values((s.resource ?? {}) as Record<string, Json>)
      .reduce((m, byName) => m + Object.keys(byName).length, 0), 0);
    expect(resources).toBe(2 * 21 + 12 + 3 + 5); // ACK, VKS, existing cluster, global
  });
});
