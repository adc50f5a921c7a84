import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import { AddressInfo } from 'net';
import * as path from 'path';
import { runCli } from '../../lib/cli/program';
import { generateServerTls } from '../../scripts/conformance/tls';
import { fakeCloudflareApp, synthExample } from './app-fixture';
import { capture, ingressRouting, LoopbackServer } from './servers';

const HOST = 'kokoro.ai.example.com';

describe('cdktf-multiregion probe', () => {
  let member: LoopbackServer;
  let app: { outdir: string; cwd: string };

  beforeAll(async () => {
    member = await LoopbackServer.start(ingressRouting(HOST));
    app = synthExample('ai-inference');
  });
  afterAll(async () => {
    await member.down();
  });

  test('passes when the members answer the domain\'s health check (Host, path, port from the synthesized GTM monitors)', async () => {
    // GIVEN the ai-inference app, whose GTM checks GET /health with Host: kokoro.ai.example.com
    const io = capture();
    // WHEN both members are probed at the loopback server
    const code = await runCli(['probe', '--from', app.outdir, '--domain', 'kokoro',
      '--member', `hk-ack=127.0.0.1:${member.port}`, '--member', `hcm-vks=127.0.0.1:${member.port}`], io);
    // THEN both are healthy, and the server saw the domain's Host header
    expect(io.stdout()).toContain('HTTP GET /health port 80, Host: kokoro.ai.example.com');
    expect(io.stdout()).toContain('2 of 2 members healthy');
    expect(code).toBe(0);
    expect(member.hosts.slice(-2)).toEqual([HOST, HOST]);
  });

  test('fails with a Host the ingress does not route, and says so in plain words', async () => {
    const io = capture();
    const code = await runCli(['probe', '--member', `hk=127.0.0.1:${member.port}`, '--host', 'wrong.example.com', '--path', '/health'], io);
    expect(code).toBe(1);
    expect(io.stdout()).toMatch(/unhealthy: 404 is not in 2xx/);
    expect(io.stdout()).toContain('an ingress answers 404 for a host it has no rule for, so the ingress at 127.0.0.1:' +
      `${member.port} most likely does not route wrong.example.com`);
    expect(io.stdout()).toContain('The traffic manager sends that Host header, so it will mark hk down');
  });

  test('is certain the host is not routed when the member answers 2xx without the Host header', async () => {
    // GIVEN an ingress with a catch-all rule that answers requests for its IP address
    const catchAll = await LoopbackServer.start(ingressRouting(HOST, 'catch-all-200'));
    try {
      const io = capture();
      const code = await runCli(['probe', '--member', `hk=127.0.0.1:${catchAll.port}`, '--host', 'wrong.example.com', '--path', '/health', '--json'], io);
      const result = JSON.parse(io.stdout()) as { healthy: boolean; members: { hostNotRouted: { certain: boolean; withHost: number; withoutHost: number; explanation: string } }[] };
      expect(code).toBe(1);
      expect(result.healthy).toBe(false);
      expect(result.members[0].hostNotRouted).toMatchObject({ certain: true, withHost: 404, withoutHost: 200 });
      expect(result.members[0].hostNotRouted.explanation).toContain('answers 404 to the health check with Host: wrong.example.com but 200 without it');
    } finally {
      await catchAll.down();
    }
  });

  test('reads member addresses from the member stacks\' local state when they were deployed', async () => {
    // GIVEN state files of the two member stacks holding the ingress addresses global reads
    const global = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'global', 'cdk.tf.json'), 'utf8'));
    const pools = Object.values(global.resource.alicloud_alidns_address_pool) as { address: { address: string }[] }[];
    for (const pool of pools) {
      const [, stack, output] = /remote_state\.cross-stack-reference-input-([^.]+)\.outputs\.([^}]+)\}/.exec(pool.address[0].address)!;
      fs.writeFileSync(path.join(app.cwd, `terraform.${stack}.tfstate`), JSON.stringify({ version: 4, outputs: { [output]: { value: '127.0.0.1', type: 'string' } } }));
    }
    const io = capture();
    // WHEN probing with only the port overridden (the health check's port is 80)
    const code = await runCli(['probe', '--from', app.outdir, '--domain', 'kokoro', '--port', String(member.port), '--json'], io);
    // THEN both members were probed at the addresses from state
    const result = JSON.parse(io.stdout()) as { members: { member: string; address: string; healthy: boolean }[] };
    expect(result.members.map((m) => [m.member, m.address, m.healthy])).toEqual([['hk-ack', '127.0.0.1', true], ['hcm-vks', '127.0.0.1', true]]);
    expect(code).toBe(0);
  });

  const hasTerraform = (() => {
    try {
      execFileSync('terraform', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  (hasTerraform ? test : test.skip)('reads member addresses with terraform output when the source stack uses another backend', async () => {
    // GIVEN member a's address is output lb_address of stack hk, read through a non-local backend,
    // and hk's working directory was initialized and applied (as cdktf deploy leaves it)
    const outdir = fakeCloudflareApp(35, 27.5, '${data.terraform_remote_state.cross-stack-reference-input-hk.outputs.lb_address}');
    const hk = path.join(outdir, 'stacks', 'hk');
    fs.mkdirSync(hk, { recursive: true });
    fs.writeFileSync(path.join(hk, 'main.tf.json'), JSON.stringify({
      terraform: { backend: { local: { path: 'hk.tfstate' } } }, output: { lb_address: { value: '127.0.0.1' } },
    }));
    for (const args of [['init', '-input=false'], ['apply', '-auto-approve', '-input=false']]) execFileSync('terraform', [`-chdir=${hk}`, ...args], { stdio: 'ignore' });
    const io = capture();
    // WHEN probing the domain without --member
    const code = await runCli(['probe', '--from', outdir, '--domain', 'web', '--port', String(member.port), '--host', HOST, '--path', '/health', '--json'], io);
    // THEN a was probed at the output's value
    expect((JSON.parse(io.stdout()) as { members: { member: string; address: string }[] }).members[0]).toMatchObject({ member: 'a', address: '127.0.0.1' });
    expect(code).toBe(0);
  });

  test('says which members it could not probe when their addresses are unknown', async () => {
    const io = capture();
    // GIVEN a domain whose member a's address is another stack's output, with no state to read it from
    const outdir = fakeCloudflareApp(35, 27.5, '${data.terraform_remote_state.cross-stack-reference-input-hk.outputs.lb_address}');
    const code = await runCli(['probe', '--from', outdir, '--domain', 'web', '--port', String(member.port), '--host', HOST, '--path', '/health'], io);
    expect(code).toBe(1);
    expect(io.stdout()).toContain('a was not probed: its address is output lb_address of stack hk, not readable here (no local state file');
    expect(io.stdout()).toContain('pass --member a=<address>');
    expect(io.stdout()).toContain('1 of 2 members healthy');
  });

  test('fails on a TCP check of a closed port', async () => {
    const closed = await LoopbackServer.start(ingressRouting(HOST));
    const port = closed.port;
    await closed.down();
    const io = capture();
    expect(await runCli(['probe', '--protocol', 'tcp', '--member', `a=127.0.0.1:${port}`, '--timeout-seconds', '1'], io)).toBe(1);
    expect(io.stdout()).toContain('unhealthy: ECONNREFUSED');
    expect(await runCli(['probe', '--protocol', 'tcp', '--member', `a=127.0.0.1:${member.port}`], io)).toBe(0);
  });

  test('HTTPS: sends the Host as TLS server name too, and verifies the certificate unless --insecure', async () => {
    // GIVEN an HTTPS member on 127.0.0.1 with a self-signed certificate, recording the server name it was asked for
    const tls = generateServerTls();
    const seen: string[] = [];
    const server = https.createServer({ cert: tls.certPem, key: tls.keyPem }, (req, res) => {
      seen.push(`${(req.socket as unknown as { servername: string }).servername} ${req.headers.host}`);
      res.statusCode = req.headers.host === HOST ? 200 : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    try {
      const args = ['probe', '--protocol', 'https', '--host', HOST, '--path', '/health', '--member', `hk=127.0.0.1:${port}`, '--json'];
      const insecure = capture();
      expect(await runCli([...args, '--insecure'], insecure)).toBe(0);
      expect(seen).toEqual([`${HOST} ${HOST}`]);
      const strict = capture();
      expect(await runCli(args, strict)).toBe(1);
      expect((JSON.parse(strict.stdout()) as { members: { error: string }[] }).members[0].error).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('throws when --domain names no domain of the app, listing the domains there are', async () => {
    const io = capture();
    expect(await runCli(['probe', '--from', app.outdir, '--domain', 'nope'], io)).toBe(2);
    expect(io.stderr()).toContain('--domain nope: no GtmFailoverDomain with that construct id');
    expect(io.stderr()).toContain('domains there: kokoro (global/kokoro)');
  });

  test('throws when a --member names no member of the domain', async () => {
    const io = capture();
    expect(await runCli(['probe', '--from', app.outdir, '--domain', 'kokoro', '--member', 'hk=127.0.0.1'], io)).toBe(2);
    expect(io.stderr()).toContain("domain kokoro has no member 'hk'; its members: hk-ack, hcm-vks");
  });

  test('throws when a --member is not name=address[:port]', async () => {
    const io = capture();
    expect(await runCli(['probe', '--member', 'just-an-address'], io)).toBe(2);
    expect(io.stderr()).toContain('--member just-an-address: expected name=address or name=address:port');
  });

  test('throws when --expect is not a code, class or range', async () => {
    const io = capture();
    expect(await runCli(['probe', '--member', `a=127.0.0.1:${member.port}`, '--expect', '2xx,abc'], io)).toBe(2);
    expect(io.stderr()).toContain("--expect 2xx,abc: 'abc' is not a status code (200), a class (2xx) or a range (200-399)");
  });
});
