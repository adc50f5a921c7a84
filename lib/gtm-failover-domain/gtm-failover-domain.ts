import { Annotations, TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { formatProblem, MultiRegionValidationError, ValidationProblem } from '../core/errors';
import { toIdentifier } from '../core/naming';
import { FailoverBudget } from './budget';
import { HealthCheck, ResolvedDescription, ResolvedHealthCheck, resolveDescription } from './description';
import { EngineTimings, ITrafficEngine } from './engine';
import { TrafficEngine } from './traffic-engine';
import { GtmFailoverDomainProps } from './props';

/**
 * One hostname served from several clusters, failing over between them on Host-header health
 * checks, with the failover time computed at synth.
 *
 * @example
 * const domain = new GtmFailoverDomain(globalStack, 'kokoro', {
 *   hostname: 'kokoro.example.com',
 *   members: [hkService.endpoint, vnService.endpoint],
 *   engine: TrafficEngine.cloudflare({ accountId, zoneId }),
 *   maxFailoverSeconds: 60,
 * });
 * domain.budget.failoverWorstSeconds; // 35
 */
export class GtmFailoverDomain extends Construct {
  /** The hostname served. */
  public readonly hostname: string;
  /** The engine, holding the provider resources it created (escape hatch). */
  public readonly engine: ITrafficEngine;
  /** The health check with every default applied. */
  public readonly healthCheck: ResolvedHealthCheck & EngineTimings;
  /** The description after defaults (pools in order, primary first). */
  public readonly description: ResolvedDescription;
  /** How long failover and recovery take with these settings. */
  public readonly budget: FailoverBudget;
  /** Stack output `<id>_failover_budget` with the budget's figures. */
  public readonly budgetOutput: TerraformOutput;

  constructor(scope: Construct, id: string, props: GtmFailoverDomainProps) {
    super(scope, id);
    const problems: ValidationProblem[] = [];
    this.description = resolveDescription(props, problems);
    const timings = props.engine.timings(this.description);
    problems.push(...props.engine.validate(this.description, timings));
    if (problems.length > 0) throw new MultiRegionValidationError(this.node.path, problems);

    const regions = [...new Set(props.members.map((m) => m.region))];
    if (props.members.length === 1) {
      Annotations.of(this).addWarning(
        `${this.node.path}: only one member (${props.members[0].name}); ${props.hostname} has nothing to fail over to until a second member is added`);
    } else if (regions.length === 1 && !Token.isUnresolved(regions[0])) {
      Annotations.of(this).addWarning(
        `${this.node.path}: every member (${props.members.map((m) => m.name).join(', ')}) is in region ${regions[0]}; ` +
        `${props.hostname} has nothing to fail over to when that region is down: add a member in another region`);
    }

    this.hostname = props.hostname;
    this.engine = props.engine;
    this.healthCheck = { ...this.description.healthCheck, ...timings };
    this.budget = FailoverBudget.compute(props.engine.timing(timings));

    const binding = props.engine.bind(this, this.description, timings);

    const prefix = toIdentifier(id);
    this.budgetOutput = new TerraformOutput(this, 'failover-budget', {
      value: this.budget.toJson(),
      description: `Failover budget of ${props.hostname} (seconds): ${this.budget.describe()}`,
    });
    this.budgetOutput.overrideLogicalId(`${prefix}_failover_budget`);
    for (const o of binding.outputs) {
      new TerraformOutput(this, o.name, { value: o.value, description: o.description }).overrideLogicalId(`${prefix}_${o.name}`);
    }

    const max = props.maxFailoverSeconds;
    this.node.addValidation({
      validate: () => {
        if (max === undefined || this.budget.failoverWorstSeconds <= max) return [];
        return [formatProblem(this.budgetProblem(max, props.healthCheck))];
      },
    });
  }

  private budgetProblem(max: number, healthCheck?: HealthCheck): ValidationProblem {
    const options = TrafficEngine.alternatives(healthCheck);
    const meeting = options.filter((b) => b.failoverWorstSeconds <= max);
    const advice = meeting.length > 0
      ? `configurations that would meet it: ${meeting.map((b) => b.describe()).join('; ')}`
      : `no engine meets it with these health-check settings; the fastest is ${options.sort((a, b) => a.failoverWorstSeconds - b.failoverWorstSeconds)[0]?.describe()}. ` +
        'Lower failuresToDown or timeoutSeconds, or raise maxFailoverSeconds';
    return {
      code: 'FAILOVER_BUDGET_EXCEEDED',
      prop: 'maxFailoverSeconds',
      value: String(max),
      expected: `at least ${this.budget.failoverWorstSeconds} s for this configuration (${this.budget.describe()}), or change it: ${advice}`,
    };
  }
}
