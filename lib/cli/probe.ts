/**
 * `cdktf-multiregion probe`: sends each failover-domain member the health check its traffic manager
 * sends, and says whether the traffic manager will see it healthy.
 */
import Table from 'cli-table3';
import { CheckResponse, ExpectedCodes, sendCheck } from './http-check';
import { CliError, DomainMember, findDomain, memberAddress, readSynthesizedApp } from './synthesized-app';

/** The check sent to every member. */
export interface ProbeCheck {
  readonly protocol: 'HTTP' | 'HTTPS' | 'TCP';
  readonly port: number;
  readonly path: string;
  readonly host?: string;
  readonly expect: string;
  readonly timeoutSeconds: number;
}

/** A member to probe. */
export interface ProbeTarget {
  readonly name: string;
  /** Address to connect to; undefined when it is not known yet (the reason says why). */
  readonly address?: string;
  readonly port?: number;
  readonly unknownReason?: string;
}

/** One member's result. */
export interface ProbeResult {
  readonly member: string;
  readonly address?: string;
  readonly port: number;
  readonly status?: number;
  readonly latencyMs?: number;
  readonly error?: string;
  readonly healthy: boolean;
  /** One line: why healthy or not. */
  readonly verdict: string;
  /**
   * Set when the answer points at an ingress without a rule for the host: the right code without the
   * Host header but not with it (`certain`), or a 404 with it.
   */
  readonly hostNotRouted?: { readonly withHost: number; readonly withoutHost?: number; readonly certain: boolean; readonly explanation: string };
  /** Why the member was not probed. */
  readonly note?: string;
}

/** Options of the `probe` command, as commander parses them. */
export interface ProbeOptions {
  readonly from?: string;
  readonly domain?: string;
  readonly member?: string[];
  readonly host?: string;
  readonly path?: string;
  readonly port?: string;
  readonly protocol?: string;
  readonly expect?: string;
  readonly timeoutSeconds?: string;
  readonly insecure?: boolean;
  readonly json?: boolean;
}

/** `name=address[:port]`, IPv6 as `[::1]:8080`. */
export function parseMember(spec: string): { name: string; address: string; port?: number } {
  const m = /^([^=]+)=(?:\[([0-9a-fA-F:.]+)\]|([^:\s]+))(?::(\d{1,5}))?$/.exec(spec);
  if (!m) throw new CliError(`--member ${spec}: expected name=address or name=address:port (IPv6 as name=[::1]:8080)`);
  const port = m[4] !== undefined ? Number(m[4]) : undefined;
  if (port !== undefined && (port < 1 || port > 65535)) throw new CliError(`--member ${spec}: port ${port} is not from 1 to 65535`);
  return { name: m[1], address: m[2] ?? m[3], ...(port !== undefined ? { port } : {}) };
}

function positiveNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new CliError(`${flag} ${value}: expected a number greater than 0`);
  return n;
}

/** Works out the check and the targets from the options (a synthesized app, flags, or both). */
export function planProbe(o: ProbeOptions): { check: ProbeCheck; targets: ProbeTarget[]; source: string } {
  const given = (o.member ?? []).map(parseMember);
  const protocol = o.protocol?.toUpperCase();
  if (protocol !== undefined && !['HTTP', 'HTTPS', 'TCP'].includes(protocol)) {
    throw new CliError(`--protocol ${o.protocol}: expected http, https or tcp`);
  }
  const overrides = {
    ...(protocol !== undefined ? { protocol: protocol as ProbeCheck['protocol'] } : {}),
    ...(o.port !== undefined ? { port: positiveNumber('--port', o.port)! } : {}),
    ...(o.path !== undefined ? { path: o.path } : {}),
    ...(o.host !== undefined ? { host: o.host } : {}),
    ...(o.expect !== undefined ? { expect: o.expect } : {}),
    ...(o.timeoutSeconds !== undefined ? { timeoutSeconds: positiveNumber('--timeout-seconds', o.timeoutSeconds)! } : {}),
  };

  if (o.from === undefined) {
    if (o.domain !== undefined) throw new CliError('--domain needs --from <cdktf outdir>');
    if (given.length === 0) throw new CliError('probe needs members: --member name=address[:port] (repeatable), or --from <outdir> --domain <id>');
    const p = overrides.protocol ?? 'HTTP';
    const check: ProbeCheck = { protocol: p, port: p === 'HTTPS' ? 443 : 80, path: '/', expect: '2xx', timeoutSeconds: 5, ...overrides };
    return { check, targets: given, source: 'flags' };
  }
  if (o.domain === undefined) throw new CliError('--from needs --domain <construct id of the GtmFailoverDomain>');
  const app = readSynthesizedApp(o.from);
  const domain = findDomain(app, o.domain);
  const names = domain.members.map((m) => m.name);
  for (const g of given) {
    if (!names.includes(g.name)) throw new CliError(`--member ${g.name}=...: domain ${domain.id} has no member '${g.name}'; its members: ${names.join(', ')}`);
  }
  const first: DomainMember | undefined = domain.members[0];
  if (!first) throw new CliError(`domain ${domain.id} has no members`);
  const c = first.check;
  const check: ProbeCheck = {
    protocol: c.protocol, port: c.port, path: c.path, ...(c.host !== undefined ? { host: c.host } : {}),
    expect: c.expect, timeoutSeconds: c.timeoutSeconds, ...overrides,
  };
  const targets = domain.members.map((m): ProbeTarget => {
    const g = given.find((x) => x.name === m.name);
    if (g) return g;
    const address = memberAddress(app, m.address);
    if (address !== undefined) return { name: m.name, address, ...(m.port !== undefined ? { port: m.port } : {}) };
    const why = m.address.kind === 'stack-output'
      ? `its address is output ${m.address.output} of stack ${m.address.stack}, not readable here (no local state file, and no initialized ${m.address.stack} working directory for terraform output; pass --member ${m.name}=<address>)`
      : `its address is ${m.address.kind === 'unknown' ? m.address.expression : '?'}; pass --member ${m.name}=<address>`;
    return { name: m.name, unknownReason: why };
  });
  return { check, targets, source: `${domain.path} (${domain.engine === 'alibaba-gtm' ? c.expectSource : domain.budget.engine})` };
}

/** Probes every target; for a failing HTTP member, asks once more without the Host header to spot an unrouted host. */
export async function probeMembers(check: ProbeCheck, targets: ProbeTarget[], insecure = false): Promise<ProbeResult[]> {
  const expected = ExpectedCodes.parse(check.expect);
  return Promise.all(targets.map(async (t): Promise<ProbeResult> => {
    const port = t.port ?? check.port;
    if (t.address === undefined) {
      return { member: t.name, port, healthy: false, verdict: 'not probed: address unknown', note: `${t.name} was not probed: ${t.unknownReason}.` };
    }
    const send = (host: string | undefined): Promise<CheckResponse> => sendCheck({
      protocol: check.protocol, address: t.address!, port, path: check.path, host, timeoutMs: check.timeoutSeconds * 1000, insecure,
    });
    const r = await send(check.host);
    const base = { member: t.name, address: t.address, port, latencyMs: r.latencyMs, ...(r.status !== undefined ? { status: r.status } : {}) };
    if (check.protocol === 'TCP') {
      return r.connected
        ? { ...base, healthy: true, verdict: 'healthy: TCP connection accepted' }
        : { ...base, error: r.error, healthy: false, verdict: `unhealthy: ${r.error}` };
    }
    if (r.status === undefined) return { ...base, error: r.error, healthy: false, verdict: `unhealthy: ${r.error}` };
    if (expected.matches(r.status)) return { ...base, healthy: true, verdict: `healthy: ${r.status} is in ${check.expect}` };
    const verdict = `unhealthy: ${r.status} is not in ${check.expect}`;
    if (check.host === undefined) return { ...base, healthy: false, verdict };
    const bare = await send(undefined);
    const bareOk = bare.status !== undefined && bare.status >= 200 && bare.status < 300;
    if (!bareOk && r.status !== 404) return { ...base, healthy: false, verdict };
    const without = bare.status !== undefined ? String(bare.status) : (bare.error ?? 'no answer');
    const consequence = `The traffic manager sends that Host header, so it will mark ${t.name} down and never send it traffic. ` +
      `Add ${check.host} to the ingress rules (the workload's hosts) or set the domain's healthCheck.host to a host the ingress serves.`;
    const explanation = bareOk
      ? `${t.name} answers ${r.status} to the health check with Host: ${check.host} but ${without} without it: ` +
        `the ingress at ${t.address}:${port} does not route ${check.host}. ${consequence}`
      : `${t.name} answers 404 to the health check with Host: ${check.host} (and ${without} without it): an ingress answers 404 ` +
        `for a host it has no rule for, so the ingress at ${t.address}:${port} most likely does not route ${check.host}. ${consequence}`;
    return {
      ...base, healthy: false, verdict: `${verdict} (${bareOk ? 'the ingress does not route' : 'is'} ${check.host}${bareOk ? '' : ' routed?'})`,
      hostNotRouted: { withHost: r.status, ...(bare.status !== undefined ? { withoutHost: bare.status } : {}), certain: bareOk, explanation },
    };
  }));
}

/** Runs the command; returns the exit code (0 all healthy, 1 otherwise). */
export async function runProbe(o: ProbeOptions, out: (s: string) => void): Promise<number> {
  const { check, targets, source } = planProbe(o);
  const results = await probeMembers(check, targets, o.insecure ?? false);
  const healthy = results.every((r) => r.healthy);
  if (o.json) {
    out(JSON.stringify({ check, source, healthy, members: results }, null, 2));
    return healthy ? 0 : 1;
  }
  const target = check.protocol === 'TCP' ? `TCP port ${check.port}` : `${check.protocol} GET ${check.path} port ${check.port}, Host: ${check.host ?? '(the address)'}`;
  out(`health check from ${source}: ${target}, healthy codes ${check.expect}, timeout ${check.timeoutSeconds} s`);
  const table = new Table({ head: ['member', 'address', 'status', 'latency', 'verdict'], style: { head: [], border: [] } });
  for (const r of results) {
    table.push([r.member, r.address !== undefined ? `${r.address}:${r.port}` : '-', r.status ?? r.error ?? '-',
      r.latencyMs !== undefined ? `${Math.round(r.latencyMs)} ms` : '-', r.verdict]);
  }
  out(table.toString());
  for (const r of results) {
    const text = r.hostNotRouted?.explanation ?? r.note;
    if (text) out(`\n${text}`);
  }
  out(`\n${results.filter((r) => r.healthy).length} of ${results.length} members healthy`);
  return healthy ? 0 : 1;
}
