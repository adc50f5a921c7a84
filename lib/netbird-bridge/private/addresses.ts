import { Cidr } from '../../core/cidr';
import { isUnresolved } from '../../core/errors';

/** NetBird's own address range (CGNAT, RFC 6598). Routing it through a router makes a loop. */
export const NETBIRD_RANGE = '100.64.0.0/10';

/** The `n`th address of an IPv4 block as text (`10.43.0.0/16`, 53 → `10.43.0.53`); undefined when it does not fit or is a token. */
export function nthAddress(cidr: string, n: number): string | undefined {
  if (isUnresolved(cidr)) return undefined;
  const c = Cidr.tryParse(cidr);
  if (!c || c.family !== 'ipv4' || c.first + BigInt(n) >= c.last) return undefined;
  const v = c.first + BigInt(n);
  return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join('.');
}

/** True when `ip` (a bare IPv4 address) lies inside `cidr` and is neither its network nor broadcast address. */
export function hostInside(ip: string, cidr: string): boolean {
  const c = Cidr.tryParse(cidr);
  const a = Cidr.tryParse(`${ip}/32`);
  return !!c && !!a && c.contains(a) && a.first !== c.first && a.first !== c.last;
}

/** True when the CIDR text overlaps NetBird's range. Unparseable text: false (reported elsewhere). */
export function overlapsNetbirdRange(cidr: string): boolean {
  const c = Cidr.tryParse(cidr);
  return !!c && c.overlaps(Cidr.parse(NETBIRD_RANGE));
}

/** True when `inner` lies wholly inside one of `outers`. */
export function insideAny(inner: string, outers: readonly string[]): boolean {
  const i = Cidr.tryParse(inner);
  return !!i && outers.some((o) => {
    const c = Cidr.tryParse(o);
    return !!c && c.contains(i);
  });
}
