/**
 * The check scripts as the CronJobs would run them, with `nslookup` and `nc` replaced by stubs
 * that print what busybox prints: the parsing and the leg each failure names.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hostLegScript, podLegScript, VerifyTarget } from '../../lib/netbird-bridge/private/verify';

const targets: VerifyTarget[] = [
  { cluster: 'mn', name: 'netbird-probe.kube-system.svc.mn.internal', dnsIngressIp: '10.43.0.54', apiServerIp: '10.43.0.1' },
  { cluster: 'fsn1', name: 'netbird-probe.kube-system.svc.fsn1.internal', dnsIngressIp: '10.53.0.54' },
];
const ctx = { self: 'mgmt', bridgeIp: '10.63.0.53', policy: 'k8s-mgmt-reaches-peers' };

/** Runs `script` with stubs: `answers` maps a name to the address nslookup prints; `open` lists host:port that nc connects to. */
function run(script: string, answers: Record<string, string>, open: string[]): { code: number; out: string } {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'netbird-verify-'));
  try {
    const cases = Object.entries(answers).map(([n, a]) =>
      `  ${n}) printf 'Server:\\t\\t10.63.0.10\\nAddress:\\t10.63.0.10:53\\n\\nName:\\t${n}\\nAddress: ${a}\\n' ;;`).join('\n');
    fs.writeFileSync(path.join(bin, 'nslookup'), `#!/bin/sh\ncase "$1" in\n${cases}\n  *) echo "** server can't find $1: NXDOMAIN"; exit 1 ;;\nesac\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'nc'), `#!/bin/sh\ncase "$3:$4" in\n${open.map((o) => `  ${o}) exit 0 ;;`).join('\n')}\n  *) exit 1 ;;\nesac\n`, { mode: 0o755 });
    try {
      const out = execFileSync('/bin/sh', ['-c', script], { env: { PATH: `${bin}:${process.env.PATH}` }, encoding: 'utf8' });
      return { code: 0, out };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
}

const describeSh = fs.existsSync('/bin/sh') ? describe : describe.skip;

describeSh('NetbirdBridge check scripts', () => {
  test('GIVEN every leg works THEN each peer prints ok and the job exits 0', () => {
    const r = run(podLegScript(ctx, targets), { [targets[0].name]: '10.42.1.7', [targets[1].name]: '10.52.3.9' },
      ['10.42.1.7:53', '10.52.3.9:53', '10.43.0.1:443']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.startsWith('ok'))).toEqual([
      'ok   mgmt -> mn: netbird-probe.kube-system.svc.mn.internal = 10.42.1.7, TCP 53 connects',
      'ok   mgmt -> mn: API server 10.43.0.1:443 connects',
      'ok   mgmt -> fsn1: netbird-probe.kube-system.svc.fsn1.internal = 10.52.3.9, TCP 53 connects',
    ]);
  });

  test('GIVEN one peer does not resolve and the other does not connect THEN the pod leg names DNS and route and exits 1', () => {
    const r = run(podLegScript(ctx, targets), { [targets[1].name]: '10.52.3.9' }, ['10.43.0.1:443']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL mgmt -> mn: leg=DNS: netbird-probe\.kube-system\.svc\.mn\.internal did not resolve/);
    expect(r.out).toMatch(/FAIL mgmt -> fsn1: leg=route: .* is 10\.52\.3\.9 but TCP 53 does not connect/);
  });

  test('GIVEN the peer DNS ingress answers on the router host but the API server does not connect THEN the host leg names the policy', () => {
    const script = hostLegScript(ctx, targets);
    expect(script).toContain(`nslookup "$@"`);
    const r = run(script, { [targets[0].name]: '10.42.1.7', [targets[1].name]: '10.52.3.9' }, ['10.42.1.7:53', '10.52.3.9:53']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL mgmt -> mn: leg=policy: API server 10\.43\.0\.1:443 does not connect/);
    expect(r.out).toMatch(/ok {3}mgmt -> fsn1: over NetBird/);
  });

  test('the scripts hold no "${": Terraform would read it as an interpolation in the rendered values', () => {
    expect(podLegScript(ctx, targets) + hostLegScript(ctx, targets)).not.toContain('${');
  });
});
