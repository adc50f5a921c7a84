/**
 * The real terraform validating and planning a NetbirdBridge offline (scripts/conformance), in a
 * shape the chat example does not cover: Cilium installed by the library, a routed service CIDR,
 * extra destinations and two application members only. Skipped when ../shared or terraform is absent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ClusterCni } from '../../lib/core';
import { checkSynthDir } from '../../scripts/conformance/check';
import { availability } from '../../scripts/conformance/harness';
import { bridge, clusters, members } from './fixtures';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const avail = fs.existsSync(SHARED) ? availability(ROOT) : { ok: false, reason: `${SHARED} is absent` };
const describeTf = avail.ok ? describe : describe.skip;
if (!avail.ok) console.log(`NetbirdBridge conformance skipped: ${avail.reason}`);

describeTf('NetbirdBridge: terraform validate + plan offline', () => {
  test('GIVEN Cilium installed by the library, a routed service CIDR and extra destinations THEN every stack validates and plans as creates only', async () => {
    const f = clusters({ cni: ClusterCni.OTHER });
    const [mn, fsn1] = members(f, { installCilium: true, extraDestinations: ['10.53.0.0/24'] });
    bridge(f, { members: [mn, { ...fsn1, routeServiceCidr: true }], verify: true });
    f.app.synth();
    const outdir = f.app.outdir;
    try {
      const results = await checkSynthDir(outdir, { label: 'netbird-bridge' });
      expect(results.map((r) => [r.stack, r.ok, r.errors.join('\n')])).toEqual([
        ['fsn1', true, ''], ['mgmt', true, ''], ['mn', true, ''],
      ]);
      expect(results.every((r) => r.creates === r.resources)).toBe(true);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);
});
