import { FailoverBudget, TrafficEngine } from '../../lib/gtm-failover-domain';

describe('FailoverBudget', () => {
  test('Alibaba GTM through Terraform: 60 s checks, one failure, 2 s timeout, 60 s TTL', () => {
    const b = FailoverBudget.compute({
      label: 'gtm', intervalSeconds: 60, timeoutSeconds: 2, failuresToDown: 1, successesToUp: 1, dnsCacheSeconds: 60,
    });
    expect(b.detectionWorstSeconds).toBe(62);
    expect(b.detectionTypicalSeconds).toBe(32);
    expect(b.failoverWorstSeconds).toBe(122);
    expect(b.failoverTypicalSeconds).toBe(62);
    expect(b.recoverySeconds).toBe(120);
    expect(b.formula).toBe('60 s × 1 + 2 s + 60 s TTL = 122 s');
  });

  test("the seed's measured 71.7 s average lies between the model's typical and worst case", () => {
    // Seed 003: standard edition, 1-minute checks; measured 79.7 s and 63.7 s, average 71.7 s.
    const b = FailoverBudget.compute({
      label: 'gtm', intervalSeconds: 60, timeoutSeconds: 2, failuresToDown: 1, successesToUp: 1, dnsCacheSeconds: 60,
    });
    expect(b.failoverTypicalSeconds).toBeLessThan(71.7);
    expect(b.failoverWorstSeconds).toBeGreaterThan(79.7);
  });

  test('proxied traffic has no DNS term; retries multiply the timeout', () => {
    const proxied = FailoverBudget.compute({
      label: 'cf', intervalSeconds: 15, timeoutSeconds: 5, failuresToDown: 2, successesToUp: 2, dnsCacheSeconds: 0,
    });
    expect(proxied.failoverWorstSeconds).toBe(35);
    expect(proxied.failoverTypicalSeconds).toBe(27.5);
    expect(proxied.dnsCacheSeconds).toBe(0);
    expect(proxied.formula).toBe('15 s × 2 + 5 s = 35 s');

    const retried = FailoverBudget.compute({
      label: 'cf', intervalSeconds: 15, timeoutSeconds: 5, retries: 2, failuresToDown: 2, successesToUp: 2, dnsCacheSeconds: 0,
    });
    expect(retried.probeSeconds).toBe(15);
    expect(retried.failoverWorstSeconds).toBe(45);
    expect(retried.formula).toBe('15 s × 2 + 5 s × 3 = 45 s');
  });

  test('alternatives keep the user\'s failures-to-down and skip configurations whose timeout exceeds the interval', () => {
    const byLabel = Object.fromEntries(TrafficEngine.alternatives({ failuresToDown: 3 }).map((b) => [b.label.split(',')[0], b.failoverWorstSeconds]));
    expect(byLabel['Alibaba GTM through Terraform']).toBe(60 * 3 + 2 + 60);
    expect(byLabel['Cloudflare proxied']).toBe(15 * 3 + 5);
    expect(TrafficEngine.alternatives({ timeoutSeconds: 12 }).map((b) => b.label).join('|')).not.toMatch(/Enterprise/);
  });
});
