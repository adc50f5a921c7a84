/**
 * The failover budget: how long clients can be sent to a dead region, computed from the health
 * check and DNS settings alone, before anything is deployed.
 *
 * The model (all figures in seconds):
 *
 *   probe            = timeout × (1 + retries)          a hung endpoint uses the whole timeout, every retry
 *   detection worst  = interval × failuresToDown + probe
 *                      the region dies just after a passing check; the next check starts up to one
 *                      interval later and `failuresToDown` checks in a row must fail
 *   detection typical= detection worst − interval / 2   the failure lands, on average, mid-interval
 *   DNS cache        = TTL for DNS answers (Alibaba GTM, Cloudflare DNS-only), 0 when proxied
 *   failover worst   = detection worst + DNS cache      a resolver cached the old answer just before the switch
 *   failover typical = detection typical + DNS cache/2  cached answers are, on average, half a TTL old
 *   recovery         = interval × successesToUp + DNS cache
 *                      until the preferred pool takes its clients back (they are served by the
 *                      failover pool meanwhile, so this is not downtime)
 *
 * Not in the model: the traffic manager's own propagation to its DNS servers or edge, resolvers or
 * clients that keep answers longer than the TTL, and in-cluster drain time (readiness probes,
 * endpoint updates). The seed's 71.7 s measurement (60 s checks, 1 failure, 60 s TTL) sits between
 * this model's 62 s typical and 122 s worst case.
 */

/** What the budget is computed from. */
export interface FailoverTiming {
  /** Who does the switching, e.g. `Alibaba GTM through Terraform`, `Cloudflare proxied`. */
  readonly label: string;
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  /** Immediate retries of a timed-out probe before it counts as failed. @default 0 */
  readonly retries?: number;
  readonly failuresToDown: number;
  readonly successesToUp: number;
  /** Seconds a resolver may serve the old answer; 0 when the traffic is proxied. */
  readonly dnsCacheSeconds: number;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Failover and recovery time of one configuration, with the formula that produced them. */
export class FailoverBudget {
  /** Computes the budget of a configuration. */
  public static compute(timing: FailoverTiming): FailoverBudget {
    return new FailoverBudget(timing);
  }

  /** Who does the switching. */
  public readonly label: string;
  /** Seconds one probe of a hung endpoint takes: timeout × (1 + retries). */
  public readonly probeSeconds: number;
  /** Longest time from the failure until the traffic manager marks the region down. */
  public readonly detectionWorstSeconds: number;
  /** Average time from the failure until the region is marked down (half an interval less). */
  public readonly detectionTypicalSeconds: number;
  /** Longest time a resolver may keep sending clients to the old address (TTL; 0 when proxied). */
  public readonly dnsCacheSeconds: number;
  /** Longest time clients can be sent to a dead region: detection worst + DNS cache. */
  public readonly failoverWorstSeconds: number;
  /** Average time clients are sent to a dead region: detection typical + half the DNS cache. */
  public readonly failoverTypicalSeconds: number;
  /** Longest time until a recovered region takes its clients back: interval × successesToUp + DNS cache. */
  public readonly recoverySeconds: number;
  /** The worst-case formula with this configuration's figures, e.g. `60 s × 1 + 2 s + 60 s TTL = 122 s`. */
  public readonly formula: string;

  private constructor(public readonly timing: FailoverTiming) {
    const retries = timing.retries ?? 0;
    this.label = timing.label;
    this.probeSeconds = timing.timeoutSeconds * (1 + retries);
    this.detectionWorstSeconds = timing.intervalSeconds * timing.failuresToDown + this.probeSeconds;
    this.detectionTypicalSeconds = this.detectionWorstSeconds - timing.intervalSeconds / 2;
    this.dnsCacheSeconds = timing.dnsCacheSeconds;
    this.failoverWorstSeconds = this.detectionWorstSeconds + this.dnsCacheSeconds;
    this.failoverTypicalSeconds = this.detectionTypicalSeconds + this.dnsCacheSeconds / 2;
    this.recoverySeconds = timing.intervalSeconds * timing.successesToUp + this.dnsCacheSeconds;

    const probe = retries > 0 ? `${fmt(timing.timeoutSeconds)} s × ${1 + retries}` : `${fmt(timing.timeoutSeconds)} s`;
    const dns = this.dnsCacheSeconds > 0 ? ` + ${fmt(this.dnsCacheSeconds)} s TTL` : '';
    this.formula = `${fmt(timing.intervalSeconds)} s × ${timing.failuresToDown} + ${probe}${dns} = ${fmt(this.failoverWorstSeconds)} s`;
  }

  /** One line for humans: `Cloudflare proxied: 15 s × 2 + 5 s = 35 s worst, 27.5 s typical`. */
  public describe(): string {
    return `${this.label}: ${this.formula} worst, ${fmt(this.failoverTypicalSeconds)} s typical`;
  }

  /** The figures as a plain object (what the stack output holds). */
  public toJson(): Record<string, number | string> {
    return {
      engine: this.label,
      detection_worst_seconds: this.detectionWorstSeconds,
      detection_typical_seconds: this.detectionTypicalSeconds,
      dns_cache_seconds: this.dnsCacheSeconds,
      failover_worst_seconds: this.failoverWorstSeconds,
      failover_typical_seconds: this.failoverTypicalSeconds,
      recovery_seconds: this.recoverySeconds,
      formula: this.formula,
    };
  }
}
