import { AlibabaGtmEngine, AlibabaGtmOptions } from './alibaba-gtm';
import { FailoverBudget } from './budget';
import { CloudflareEngine, CloudflareOptions } from './cloudflare';
import { HealthCheck } from './description';
import { GTM } from './private/provider-strings';

/** The traffic managers a {@link GtmFailoverDomain} can use. */
export class TrafficEngine {
  /** Alibaba Cloud GTM 2.0 (provider aliyun/alicloud 1.283.0). */
  public static alibabaGtm(options: AlibabaGtmOptions = {}): AlibabaGtmEngine {
    return new AlibabaGtmEngine(options);
  }

  /** Cloudflare Load Balancing (provider cloudflare/cloudflare 5.14.0), proxied by default. */
  public static cloudflare(options: CloudflareOptions): CloudflareEngine {
    return new CloudflareEngine(options);
  }

  /**
   * The budgets of the other ways to run the same health check: each engine at its shortest
   * interval, keeping the user's failures-to-down, timeout and retries where the engine allows them.
   * Used to name what would meet a `maxFailoverSeconds` the current configuration cannot.
   */
  public static alternatives(healthCheck: HealthCheck = {}): FailoverBudget[] {
    const down = healthCheck.failuresToDown;
    const gtmDown = Math.min(3, Math.max(1, down ?? 1));
    const gtmTimeout = GTM.allowedTimeoutSeconds.find((s) => s >= (healthCheck.timeoutSeconds ?? 2)) ?? 10;
    const cfDown = down ?? 2;
    const cfTimeout = healthCheck.timeoutSeconds ?? 5;
    const retries = healthCheck.retries ?? 0;
    const gtm = { timeoutSeconds: gtmTimeout, failuresToDown: gtmDown, successesToUp: gtmDown, dnsCacheSeconds: 60 };
    const cf = { timeoutSeconds: cfTimeout, retries, failuresToDown: cfDown, successesToUp: healthCheck.successesToUp ?? 2 };
    const all = [
      FailoverBudget.compute({ label: 'Alibaba GTM through Terraform, 60 s checks, 60 s TTL', intervalSeconds: 60, ...gtm }),
      FailoverBudget.compute({
        label: 'Alibaba GTM ultimate with 15 s checks (console or GTM 3.0 only, not expressible in Terraform with provider 1.283.0)',
        intervalSeconds: 15, ...gtm,
      }),
      FailoverBudget.compute({ label: 'Cloudflare DNS-only, 15 s checks, 60 s TTL', intervalSeconds: 15, ...cf, dnsCacheSeconds: 60 }),
      FailoverBudget.compute({ label: 'Cloudflare proxied, 15 s checks', intervalSeconds: 15, ...cf, dnsCacheSeconds: 0 }),
      FailoverBudget.compute({ label: 'Cloudflare proxied on Enterprise, 10 s checks', intervalSeconds: 10, ...cf, dnsCacheSeconds: 0 }),
    ];
    return all.filter((b) => b.timing.timeoutSeconds < b.timing.intervalSeconds);
  }

  private constructor() {}
}
