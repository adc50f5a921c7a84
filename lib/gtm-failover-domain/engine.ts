import { Construct } from 'constructs';
import { ValidationProblem } from '../core/errors';
import { FailoverTiming } from './budget';
import { ResolvedDescription } from './description';

/** Health-check timings after the engine's defaults are applied. */
export interface EngineTimings {
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly failuresToDown: number;
  readonly successesToUp: number;
  readonly retries: number;
  /** DNS TTL in seconds; 0 when traffic is proxied (no DNS answer to cache). */
  readonly ttlSeconds: number;
}

/** What an engine created, for the construct's escape hatches and outputs. */
export interface EngineBinding {
  /** Outputs the engine wants published (name suffix → value, description). */
  readonly outputs: ReadonlyArray<{ readonly name: string; readonly value: string; readonly description: string }>;
}

/**
 * A traffic manager that can serve a {@link ResolvedDescription}. Create one with
 * `TrafficEngine.alibabaGtm(...)` or `TrafficEngine.cloudflare(...)`.
 */
export interface ITrafficEngine {
  /** Human name used in budgets and errors, e.g. `Alibaba GTM through Terraform`. */
  readonly label: string;
  /** Applies the engine's defaults to the user's timings. */
  timings(d: ResolvedDescription): EngineTimings;
  /** Engine-specific rules (allowed intervals, TTLs, line codes, ...). */
  validate(d: ResolvedDescription, t: EngineTimings): ValidationProblem[];
  /** The budget inputs for this engine with these timings. */
  timing(t: EngineTimings): FailoverTiming;
  /** Creates the provider resources under `scope`. Called once, after validation passed. */
  bind(scope: Construct, d: ResolvedDescription, t: EngineTimings): EngineBinding;
}
