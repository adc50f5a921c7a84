/** A zone this member forwards, and where to. */
export interface ForwardedZone {
  /** `<peer>.<suffix>`. */
  readonly zone: string;
  /** `ip:port` answering for it. */
  readonly upstream: string;
}

/**
 * The `*.server` keys of k3s's `kube-system/coredns-custom` (imported at the top level of the
 * Corefile): the member's own zone rewritten to its cluster domain, `answer auto` so answers carry
 * the name that was asked (resolvers that check owner names drop them otherwise), and every
 * peer's zone forwarded to the local DNS bridge.
 */
export function corednsCustomData(selfZone: string, clusterDomain: string, peers: readonly ForwardedZone[]): Record<string, string> {
  const data: Record<string, string> = {
    [`${selfZone}.server`]: [
      `${selfZone}:53 {`,
      '    errors',
      '    cache 30',
      `    rewrite name suffix .${selfZone} .${clusterDomain} answer auto`,
      `    kubernetes ${clusterDomain} {`,
      '        pods insecure',
      '    }',
      '}',
      '',
    ].join('\n'),
  };
  for (const p of peers) data[`${p.zone}.server`] = forwardBlock(p.zone, 53, p.upstream);
  return data;
}

/** The DNS bridge's Corefile: one block per peer zone on :port, forwarded over NetBird. */
export function bridgeCorefile(port: number, peers: readonly ForwardedZone[]): string {
  return peers.map((p) => forwardBlock(p.zone, port, p.upstream)).join('');
}

function forwardBlock(zone: string, port: number, upstream: string): string {
  return [`${zone}:${port} {`, '    errors', '    cache 30', `    forward . ${upstream}`, '}', ''].join('\n');
}
