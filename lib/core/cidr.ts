import type * as IpAddr from 'ipaddr.js';
import { lazy } from './private/lazy';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- only IPv6 and malformed texts need it (IPv4 has a fast path)
const ipaddrModule = lazy(() => require('ipaddr.js') as typeof IpAddr);
import { isUnresolved, ValidationProblem } from './errors';

/** An IPv4 or IPv6 network, parsed and normalised. */
export class Cidr {
  /**
   * Parses `a.b.c.d/n` or an IPv6 prefix. Throws if the text is not a CIDR block or has host bits
   * set (`10.0.0.1/16`), because providers either reject those or silently round them.
   */
  public static parse(text: string): Cidr {
    const known = PARSED.get(text);
    if (known) return known;
    const cidr = parseIpv4(text) ?? Cidr.parseAny(text);
    PARSED.set(text, cidr);
    return cidr;
  }

  private static parseAny(text: string): Cidr {
    const ipaddr = ipaddrModule();
    let parsed: [IpAddr.IPv4 | IpAddr.IPv6, number];
    try {
      const addrText = text.split('/')[0];
      // ipaddr.js also accepts legacy IPv4 forms ('10.0.0', hex, octal); providers do not.
      if (!addrText.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(addrText)) throw new Error('not four-part');
      parsed = ipaddr.parseCIDR(text);
    } catch {
      throw new Error(`'${text}' is not a CIDR block (expected e.g. 10.0.0.0/16)`);
    }
    const [addr, prefix] = parsed;
    const network = addr.kind() === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(text)
      : ipaddr.IPv6.networkAddressFromCIDR(text);
    if (network.toString() !== addr.toString()) {
      throw new Error(`'${text}' has host bits set; the network is ${network.toString()}/${prefix}`);
    }
    return Cidr.fromNetwork(addr.kind(), toBigInt(network.toByteArray()), prefix);
  }

  /** @internal The block starting at `network` (host bits clear) with `prefix`. */
  public static fromNetwork(family: 'ipv4' | 'ipv6', network: bigint, prefix: number): Cidr {
    return new Cidr(family, network, prefix);
  }

  /** Parses, returning undefined instead of throwing. */
  public static tryParse(text: string): Cidr | undefined {
    try {
      return Cidr.parse(text);
    } catch {
      return undefined;
    }
  }

  /** First address as an integer. */
  public readonly first: bigint;
  /** Last address as an integer. */
  public readonly last: bigint;

  private constructor(
    /** `ipv4` or `ipv6`. */
    public readonly family: 'ipv4' | 'ipv6',
    network: bigint,
    /** Prefix length. */
    public readonly prefix: number,
  ) {
    const bits = family === 'ipv4' ? 32 : 128;
    this.first = network;
    this.last = network + (1n << BigInt(bits - prefix)) - 1n;
  }

  /** Number of addresses in the block. */
  public get size(): bigint {
    return this.last - this.first + 1n;
  }

  /** True when the two blocks share at least one address. */
  public overlaps(other: Cidr): boolean {
    return this.family === other.family && this.first <= other.last && other.first <= this.last;
  }

  /** True when `other` lies wholly inside this block. */
  public contains(other: Cidr): boolean {
    return this.family === other.family && this.first <= other.first && other.last <= this.last;
  }

  public toString(): string {
    const bytes: number[] = [];
    const n = this.family === 'ipv4' ? 4 : 16;
    let v = this.first;
    for (let i = 0; i < n; i++) {
      bytes.unshift(Number(v & 0xffn));
      v >>= 8n;
    }
    const address = this.family === 'ipv4' ? bytes.join('.') : ipaddrModule().fromByteArray(bytes).toString();
    return `${address}/${this.prefix}`;
  }
}

/** Blocks parsed so far (a Cidr is immutable; apps parse the same few texts many times in checks across clusters). */
const PARSED = new Map<string, Cidr>();
const IPV4_CIDR = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\/(\d|[12]\d|3[0-2])$/;

const IPV4_ADDRESS = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/** `a.b.c.d` in plain dotted decimal (no leading zeros, octets up to 255), as ipaddr.js's `isValidFourPartDecimal` decides. */
export function isIpv4Address(text: string): boolean {
  const m = IPV4_ADDRESS.exec(text);
  return !!m && m.slice(1, 5).every((o) => Number(o) <= 255);
}

/** The common case, `a.b.c.d/n` with the host bits clear, without ipaddr.js; anything else returns undefined. */
function parseIpv4(text: string): Cidr | undefined {
  const m = IPV4_CIDR.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const prefix = Number(m[5]);
  const addr = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  if (addr % size !== 0) return undefined; // host bits set: the general path says so
  return Cidr.fromNetwork('ipv4', BigInt(addr), prefix);
}

function toBigInt(bytes: number[]): bigint {
  return bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

/** A named CIDR value to check, e.g. `{ prop: 'podCidr', cidr: '10.0.0.0/16' }`. */
export interface NamedCidr {
  readonly prop: string;
  readonly cidr: string | undefined;
}

/**
 * Checks that every CIDR parses and that no two overlap. Unresolved tokens and undefined values
 * are skipped. Returns the problems (codes `CIDR_INVALID`, `CIDR_OVERLAP`).
 */
export function checkCidrs(items: readonly NamedCidr[], options: { allowOverlap?: (a: string, b: string) => boolean } = {}): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const parsed: { prop: string; text: string; cidr: Cidr }[] = [];
  for (const item of items) {
    if (item.cidr === undefined || isUnresolved(item.cidr)) continue;
    try {
      parsed.push({ prop: item.prop, text: item.cidr, cidr: Cidr.parse(item.cidr) });
    } catch (e) {
      problems.push({
        code: 'CIDR_INVALID',
        prop: item.prop,
        value: `'${item.cidr}'`,
        expected: `${(e as Error).message.replace(/^'[^']*' /, '')}`,
      });
    }
  }
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      const a = parsed[i];
      const b = parsed[j];
      if (a.cidr.overlaps(b.cidr) && !options.allowOverlap?.(a.prop, b.prop)) {
        problems.push({
          code: 'CIDR_OVERLAP',
          prop: b.prop,
          value: `'${b.text}'`,
          expected: `it overlaps ${a.prop} '${a.text}'; choose ranges that do not overlap`,
        });
      }
    }
  }
  return problems;
}

/**
 * Checks that `inner` lies inside `outer` (e.g. a vswitch inside its VPC). Skips tokens.
 */
export function checkContained(outer: NamedCidr, inner: NamedCidr): ValidationProblem[] {
  if (!outer.cidr || !inner.cidr || isUnresolved(outer.cidr) || isUnresolved(inner.cidr)) return [];
  const o = Cidr.tryParse(outer.cidr);
  const i = Cidr.tryParse(inner.cidr);
  if (!o || !i || o.contains(i)) return [];
  return [{
    code: 'CIDR_NOT_CONTAINED',
    prop: inner.prop,
    value: `'${inner.cidr}'`,
    expected: `must lie inside ${outer.prop} '${outer.cidr}'`,
  }];
}

/** Private (RFC 1918) IPv4 ranges, where cluster pod and service CIDRs are taken from. */
const PRIVATE_IPV4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/**
 * The first private IPv4 block of the given prefix length that overlaps none of `taken`
 * (unparseable entries and tokens are ignored), for messages that propose a free range.
 * Returns undefined when the private ranges hold no such block.
 */
export function suggestFreeCidr(prefix: number, taken: readonly string[]): string | undefined {
  const used = [...new Set(taken)].filter((t) => !isUnresolved(t)).map(parsedOnce).filter((c): c is Cidr => !!c && c.family === 'ipv4');
  if (!Number.isInteger(prefix) || prefix > 30) return undefined;
  const size = 1n << BigInt(32 - prefix);
  for (const range of PRIVATE_IPV4) {
    const outer = Cidr.parse(range);
    if (prefix < outer.prefix) continue;
    for (let first = outer.first; first + size - 1n <= outer.last; first += size) {
      const last = first + size - 1n;
      if (!used.some((u) => u.first <= last && first <= u.last)) return `${ipv4Text(first)}/${prefix}`;
    }
  }
  return undefined;
}

function ipv4Text(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((n >> shift) & 0xffn)).join('.');
}

/** True when the two CIDR texts parse and overlap (tokens and bad input: false). */
export function cidrsOverlap(a: string | undefined, b: string | undefined): boolean {
  // A token never parses as a CIDR, so parsedOnce (memoised) also skips tokens without scanning the text each time.
  if (!a || !b) return false;
  const ca = parsedOnce(a);
  const cb = parsedOnce(b);
  return !!ca && !!cb && ca.overlaps(cb);
}

/** Checks across every pair of clusters parse the same few texts again and again: parse each once. */
const parsed = new Map<string, Cidr | undefined>();
function parsedOnce(text: string): Cidr | undefined {
  if (!parsed.has(text)) parsed.set(text, Cidr.tryParse(text));
  return parsed.get(text);
}
