/** One peer a member checks. */
export interface VerifyTarget {
  /** Peer cluster name. */
  readonly cluster: string;
  /** The known name in its zone (headless Service in front of its CoreDNS pods, TCP 53). */
  readonly name: string;
  /** The peer's DNS ingress ClusterIP (queried directly by the host leg). */
  readonly dnsIngressIp: string;
  /** The peer's API server ClusterIP, when this member reaches it (management members). */
  readonly apiServerIp?: string;
}

/** What the scripts name in their messages. */
export interface VerifyContext {
  readonly self: string;
  readonly bridgeIp: string;
  readonly policy: string;
}

const HEADER = [
  'set -u',
  'fail=0',
  // busybox nslookup prints the server first, then "Name:" and the answers.
  // No "${…}" anywhere: Terraform would read it as an interpolation in the rendered values.
  "resolve() { nslookup \"$@\" 2>/dev/null | awk '/^Name:/{n=1} n && /^Address/{print $NF; exit}'; }",
  'tcp() { nc -w 5 "$1" "$2" </dev/null >/dev/null 2>&1; }',
];

/**
 * The pod leg: from an ordinary pod, resolve each peer's known name through the cluster DNS and
 * open TCP to the answer. Exit 1 when any peer fails; each line names the leg.
 */
export function podLegScript(ctx: VerifyContext, targets: readonly VerifyTarget[]): string {
  const lines = [...HEADER];
  for (const t of targets) {
    lines.push(
      `ip=$(resolve ${t.name})`,
      'if [ -z "$ip" ]; then',
      `  echo "FAIL ${ctx.self} -> ${t.cluster}: leg=DNS: ${t.name} did not resolve (cluster DNS -> bridge ${ctx.bridgeIp} -> ${t.dnsIngressIp} over NetBird); ` +
        'run netbird-verify-host: if it resolves there, the local DNS wiring (coredns-custom, bridge) is at fault"; fail=1',
      'elif ! tcp "$ip" 53; then',
      `  echo "FAIL ${ctx.self} -> ${t.cluster}: leg=route: ${t.name} is $ip but TCP 53 does not connect; ` +
        'run netbird-verify-host: if it connects there, the Cilium egress gateway (pod -> router node wt0) is at fault, else the NetBird policy"; fail=1',
      'else',
      `  echo "ok   ${ctx.self} -> ${t.cluster}: ${t.name} = $ip, TCP 53 connects"`,
      'fi',
      ...apiLines(ctx, t, 'route', 'the Cilium egress gateway or the NetBird policy; run netbird-verify-host'),
    );
  }
  lines.push('exit $fail', '');
  return lines.join('\n');
}

/**
 * The host leg: on the router node's network (NetBird routes, no Cilium egress gateway), query
 * each peer's DNS ingress directly and open TCP to the answer. Failures here are NetBird's
 * (route, policy, or the peer's router offline).
 */
export function hostLegScript(ctx: VerifyContext, targets: readonly VerifyTarget[]): string {
  const lines = [...HEADER];
  for (const t of targets) {
    lines.push(
      `ip=$(resolve ${t.name} ${t.dnsIngressIp})`,
      'if [ -z "$ip" ]; then',
      `  echo "FAIL ${ctx.self} -> ${t.cluster}: leg=policy: no DNS answer from ${t.dnsIngressIp} over NetBird ` +
        `(policy ${ctx.policy}, the peer's network resources, or the peer's router offline)"; fail=1`,
      'elif ! tcp "$ip" 53; then',
      `  echo "FAIL ${ctx.self} -> ${t.cluster}: leg=policy: $ip (peer pod CIDR) does not connect over NetBird ` +
        `(policy ${ctx.policy}, the peer's pod-CIDR resource, or the peer's Cilium)"; fail=1`,
      'else',
      `  echo "ok   ${ctx.self} -> ${t.cluster}: over NetBird ${t.name} = $ip, TCP 53 connects"`,
      'fi',
      ...apiLines(ctx, t, 'policy', `${ctx.policy}, the peer's API resource, or the peer's Cilium without bpf.lbExternalClusterIP`),
    );
  }
  lines.push('exit $fail', '');
  return lines.join('\n');
}

/** TCP 443 to the peer's API server ClusterIP, for members that reach it. */
function apiLines(ctx: VerifyContext, t: VerifyTarget, leg: string, suspects: string): string[] {
  if (!t.apiServerIp) return [];
  return [
    `if tcp ${t.apiServerIp} 443; then echo "ok   ${ctx.self} -> ${t.cluster}: API server ${t.apiServerIp}:443 connects"; ` +
      `else echo "FAIL ${ctx.self} -> ${t.cluster}: leg=${leg}: API server ${t.apiServerIp}:443 does not connect (${suspects})"; fail=1; fi`,
  ];
}
