/**
 * One health-check request, sent the way a traffic manager sends it: to a given address and port,
 * with the Host header (and TLS server name) of the served hostname, no redirects followed, a hard timeout.
 */
import * as net from 'net';
import { Agent, request } from 'undici';
import { CliError } from './synthesized-app';

/** Status codes counted as healthy, parsed from `2xx`, `200`, `200-399` or a comma list of those. */
export class ExpectedCodes {
  public static parse(spec: string): ExpectedCodes {
    const ranges = spec.split(',').map((part) => {
      const p = part.trim();
      let m = /^([1-5])xx$/i.exec(p);
      if (m) return [Number(m[1]) * 100, Number(m[1]) * 100 + 99] as const;
      m = /^([1-5][0-9]{2})$/.exec(p);
      if (m) return [Number(m[1]), Number(m[1])] as const;
      m = /^([1-5][0-9]{2})-([1-5][0-9]{2})$/.exec(p);
      if (m && Number(m[1]) <= Number(m[2])) return [Number(m[1]), Number(m[2])] as const;
      throw new CliError(`--expect ${spec}: '${p}' is not a status code (200), a class (2xx) or a range (200-399)`);
    });
    return new ExpectedCodes(spec, ranges);
  }

  private constructor(public readonly spec: string, private readonly ranges: ReadonlyArray<readonly [number, number]>) {}

  public matches(status: number): boolean {
    return this.ranges.some(([lo, hi]) => status >= lo && status <= hi);
  }
}

/** What to send and where. */
export interface CheckRequest {
  readonly protocol: 'HTTP' | 'HTTPS' | 'TCP';
  /** IP address or DNS name to connect to. */
  readonly address: string;
  readonly port: number;
  readonly path: string;
  /** Host header and TLS server name; the address when undefined. */
  readonly host?: string;
  readonly timeoutMs: number;
  /** Accept any TLS certificate. @default false */
  readonly insecure?: boolean;
}

/** What came back. */
export interface CheckResponse {
  /** HTTP status; undefined for TCP checks and on errors. */
  readonly status?: number;
  /** True when a TCP connection was made (TCP checks). */
  readonly connected?: boolean;
  readonly latencyMs: number;
  /** Error code or message when no response came back (ECONNREFUSED, timeout, ...). */
  readonly error?: string;
}

function hostForUrl(address: string): string {
  return net.isIPv6(address) ? `[${address}]` : address;
}

/** TLS server name for a Host header value: without its port, none for IP addresses (SNI carries names only). */
export function serverName(host: string): string | undefined {
  if (host.startsWith('[') || net.isIP(host) !== 0) return undefined;
  const name = host.replace(/:\d+$/, '');
  return net.isIP(name) !== 0 ? undefined : name;
}

function describeError(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || err.code === 'UND_ERR_CONNECT_TIMEOUT' || err.code === 'UND_ERR_HEADERS_TIMEOUT') {
    return `timeout after ${timeoutMs} ms`;
  }
  return err.cause?.code ?? err.code ?? err.cause?.message ?? err.message ?? String(e);
}

/** Sends one check; never throws for network failures (they come back as `error`). */
export async function sendCheck(req: CheckRequest): Promise<CheckResponse> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  if (req.protocol === 'TCP') return tcpCheck(req, started);
  const dispatcher = new Agent({
    connect: {
      timeout: req.timeoutMs,
      ...(req.protocol === 'HTTPS' ? { servername: serverName(req.host ?? req.address), rejectUnauthorized: !req.insecure } : {}),
    },
  });
  try {
    const res = await request(`${req.protocol.toLowerCase()}://${hostForUrl(req.address)}:${req.port}${req.path}`, {
      method: 'GET',
      headers: { ...(req.host !== undefined ? { host: req.host } : {}), 'user-agent': 'cdktf-multiregion' },
      signal: AbortSignal.timeout(req.timeoutMs),
      dispatcher,
    });
    await res.body.dump();
    return { status: res.statusCode, latencyMs: elapsed() };
  } catch (e) {
    return { latencyMs: elapsed(), error: describeError(e, req.timeoutMs) };
  } finally {
    dispatcher.destroy().catch(() => undefined);
  }
}

function tcpCheck(req: CheckRequest, started: number): Promise<CheckResponse> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: req.address, port: req.port, timeout: req.timeoutMs });
    const done = (r: Omit<CheckResponse, 'latencyMs'>) => {
      socket.destroy();
      resolve({ ...r, latencyMs: Math.round((performance.now() - started) * 10) / 10 });
    };
    socket.once('connect', () => done({ connected: true }));
    socket.once('timeout', () => done({ error: `timeout after ${req.timeoutMs} ms` }));
    socket.once('error', (e: NodeJS.ErrnoException) => done({ error: e.code ?? e.message }));
  });
}
