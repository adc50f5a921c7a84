/**
 * What a failover drill measured, from its samples alone: outages, downtime, the success rate while
 * the traffic manager was switching, and which addresses served before and after.
 */

/** One request of the drill. */
export interface DrillSample {
  /** Milliseconds from the start of the drill to when the request was sent. */
  readonly t: number;
  /** Wall-clock time the request was sent (ISO 8601). */
  readonly at: string;
  /** Address the request went to (after a fresh DNS resolution or a --resolve pin). */
  readonly address?: string;
  readonly port?: number;
  readonly status?: number;
  readonly latencyMs: number;
  /** True when the status was one of the expected codes. */
  readonly ok: boolean;
  readonly error?: string;
}

/** A run of failed requests, ended by the first success after it. */
export interface Outage {
  /** When the first failed request was sent (ISO 8601). */
  readonly startedAt: string;
  /** When the first successful request after it was sent (ISO 8601); the last failed one plus an interval when the drill ended first. */
  readonly endedAt: string;
  readonly seconds: number;
  /** Seconds from the start of the drill. */
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** True when the drill ended before the outage did. */
  readonly open: boolean;
  readonly failedRequests: number;
}

/** The drill's findings. */
export interface DrillSummary {
  readonly requests: number;
  readonly succeeded: number;
  readonly durationSeconds: number;
  readonly outages: Outage[];
  /** Sum of the outages' seconds. */
  readonly downtimeSeconds: number;
  /** From the first failure to the end of the last outage: how long clients were affected by the failover. */
  readonly failoverSeconds: number;
  /**
   * Share of requests that succeeded during the failover (between the first failure and the end of
   * the last outage); the seed saw about 0.3. 1 when nothing failed.
   */
  readonly successRate: number;
  /** Share of all requests that succeeded. */
  readonly overallSuccessRate: number;
  /** Addresses that served successful requests before the first failure. */
  readonly addressesBefore: string[];
  /** Addresses that served successful requests after the last outage. */
  readonly addressesAfter: string[];
  /** True when the serving addresses changed across the failover. */
  readonly switched: boolean;
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** `address:port` of the request (`[v6]:port` for IPv6); undefined when it never got an address. */
export function endpoint(s: DrillSample): string | undefined {
  if (s.address === undefined) return undefined;
  return s.port !== undefined ? `${s.address.includes(':') ? `[${s.address}]` : s.address}:${s.port}` : s.address;
}

/** Summarizes samples (any order); `intervalMs` closes an outage still open when the drill ended. */
export function analyzeDrill(input: readonly DrillSample[], intervalMs: number): DrillSummary {
  const samples = [...input].sort((a, b) => a.t - b.t);
  const outages: Outage[] = [];
  const spans: [number, number][] = [];
  let first: DrillSample | undefined;
  let last: DrillSample | undefined;
  let failed = 0;
  const close = (end: DrillSample | undefined) => {
    const endMs = end ? end.t : last!.t + intervalMs;
    const endAt = end ? end.at : new Date(Date.parse(last!.at) + intervalMs).toISOString();
    spans.push([first!.t, endMs]);
    outages.push({
      startedAt: first!.at, endedAt: endAt, seconds: round((endMs - first!.t) / 1000),
      startSeconds: round(first!.t / 1000), endSeconds: round(endMs / 1000), open: end === undefined, failedRequests: failed,
    });
    first = undefined;
    failed = 0;
  };
  for (const s of samples) {
    if (!s.ok) {
      first ??= s;
      last = s;
      failed++;
    } else if (first) {
      close(s);
    }
  }
  if (first) close(undefined);

  const succeeded = samples.filter((s) => s.ok).length;
  const windowStart = spans.length > 0 ? spans[0][0] : undefined;
  const windowEnd = spans.length > 0 ? spans[spans.length - 1][1] : undefined;
  const inWindow = windowStart === undefined ? [] : samples.filter((s) => s.t >= windowStart && s.t < windowEnd!);
  const okOf = (list: DrillSample[]) => [...new Set(list.filter((s) => s.ok).map(endpoint).filter((a): a is string => a !== undefined))];
  const before = windowStart === undefined ? okOf(samples) : okOf(samples.filter((s) => s.t < windowStart));
  const after = windowEnd === undefined ? okOf(samples) : okOf(samples.filter((s) => s.t >= windowEnd));
  const durationMs = samples.length > 0 ? samples[samples.length - 1].t - samples[0].t + intervalMs : 0;
  return {
    requests: samples.length,
    succeeded,
    durationSeconds: round(durationMs / 1000),
    outages,
    downtimeSeconds: round(outages.reduce((sum, o) => sum + o.seconds, 0)),
    failoverSeconds: windowStart === undefined ? 0 : round((windowEnd! - windowStart) / 1000),
    successRate: inWindow.length === 0 ? 1 : round(inWindow.filter((s) => s.ok).length / inWindow.length),
    overallSuccessRate: samples.length === 0 ? 1 : round(succeeded / samples.length),
    addressesBefore: before,
    addressesAfter: after,
    switched: before.length > 0 && after.length > 0 && (before.some((a) => !after.includes(a)) || after.some((a) => !before.includes(a))),
  };
}

/** The prediction the measurement is held against. */
export interface Prediction {
  readonly engine: string;
  readonly typicalSeconds: number;
  readonly worstSeconds: number;
  readonly formula: string;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** `measured 71.7 s; predicted 62 s typical, 122 s worst: within budget`, and whether it is. */
export function compareWithBudget(summary: DrillSummary, p: Prediction): { withinBudget: boolean; sentence: string } {
  const measured = summary.failoverSeconds;
  const withinBudget = measured <= p.worstSeconds;
  const verdict = withinBudget
    ? (measured <= p.typicalSeconds ? 'within budget (at or under the typical case)' : 'within budget')
    : `over budget by ${fmt(Math.round((measured - p.worstSeconds) * 10) / 10)} s`;
  return {
    withinBudget,
    sentence: `measured ${fmt(Math.round(measured * 10) / 10)} s; predicted ${fmt(p.typicalSeconds)} s typical, ${fmt(p.worstSeconds)} s worst: ${verdict}`,
  };
}
