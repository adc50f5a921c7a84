import { Cidr } from '../../lib';
import * as ipaddr from 'ipaddr.js';
import { checkCidrs, checkContained, isIpv4Address } from '../../lib/core/cidr';

describe('Cidr', () => {
  test('parses IPv4 and IPv6 blocks and knows their size', () => {
    expect(Cidr.parse('10.0.0.0/16').size).toBe(65536n);
    expect(Cidr.parse('fd00::/120').size).toBe(256n);
    expect(Cidr.parse('192.168.0.0/24').toString()).toBe('192.168.0.0/24');
  });

  test('refuses host bits and garbage', () => {
    expect(() => Cidr.parse('10.0.0.1/16')).toThrow(/host bits set; the network is 10.0.0.0\/16/);
    expect(() => Cidr.parse('10.0.0/16')).toThrow(/not a CIDR block/);
    expect(Cidr.tryParse('x')).toBeUndefined();
  });

  test('the IPv4 fast path and ipaddr.js agree at the edges', () => {
    // GIVEN texts at the edges of the fast path (prefix 0 and 32, octet 255) and ones it leaves to ipaddr.js
    for (const text of ['0.0.0.0/0', '255.255.255.255/32', '10.128.0.0/9', '100.64.0.0/10']) {
      // THEN the block round-trips and has the size its prefix says
      const c = Cidr.parse(text);
      expect(c.toString()).toBe(text);
      expect(c.size).toBe(2n ** BigInt(32 - c.prefix));
      expect(c.family).toBe('ipv4');
    }
    // leading zeros, octets over 255 and prefixes over 32 are refused, as before
    for (const bad of ['010.0.0.0/8', '256.0.0.0/8', '10.0.0.0/33', '10.0.0.0']) expect(Cidr.tryParse(bad)).toBeUndefined();
    expect(() => Cidr.parse('10.128.0.0/8')).toThrow(/host bits set; the network is 10.0.0.0\/8/);
  });

  test('isIpv4Address decides as ipaddr.js isValidFourPartDecimal does', () => {
    // GIVEN plain, edge and malformed texts
    const texts = ['10.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '010.0.0.1', '1.2.3', '1.2.3.4.5', '0x0a.0.0.1', ' 1.2.3.4', '1.2.3.4/8', '::1', ''];
    // THEN the answers are the same
    expect(texts.map(isIpv4Address)).toEqual(texts.map((t) => ipaddr.IPv4.isValidFourPartDecimal(t)));
    expect(isIpv4Address('10.0.0.1')).toBe(true);
  });

  test('overlap and containment', () => {
    const vpc = Cidr.parse('172.16.0.0/12');
    expect(vpc.contains(Cidr.parse('172.16.1.0/24'))).toBe(true);
    expect(vpc.contains(Cidr.parse('10.0.0.0/24'))).toBe(false);
    expect(Cidr.parse('10.0.0.0/8').overlaps(Cidr.parse('10.96.0.0/12'))).toBe(true);
    expect(Cidr.parse('10.0.0.0/16').overlaps(Cidr.parse('10.1.0.0/16'))).toBe(false);
    expect(Cidr.parse('10.0.0.0/16').overlaps(Cidr.parse('::/0'))).toBe(false);
  });

  test('checkCidrs reports each overlapping pair and skips tokens', () => {
    const problems = checkCidrs([
      { prop: 'vpcCidr', cidr: '10.0.0.0/8' },
      { prop: 'podCidr', cidr: '10.244.0.0/16' },
      { prop: 'serviceCidr', cidr: '${TfToken[TOKEN.1]}' },
      { prop: 'other', cidr: undefined },
    ]);
    expect(problems.map((p) => `${p.code} ${p.prop}`)).toEqual(['CIDR_OVERLAP podCidr']);
  });

  test('checkContained names the outer block', () => {
    const [p] = checkContained({ prop: 'vpcCidr', cidr: '192.168.0.0/16' }, { prop: 'vswitches[0].cidr', cidr: '10.0.0.0/24' });
    expect(p.code).toBe('CIDR_NOT_CONTAINED');
    expect(p.expected).toMatch(/inside vpcCidr '192.168.0.0\/16'/);
  });
});
