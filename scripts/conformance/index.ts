/**
 * Offline Terraform conformance check for synthesized CDKTF output (see docs/conformance.md).
 *
 *   import { checkSynthDir, planStack, planStackJson, Harness, availability } from '../scripts/conformance';
 */
export { checkSynthDir, findStacks, formatDiagnostic, planStack, planStackJson, placeholderForTypeExpr } from './check';
export type { CheckOptions, Diagnostic, StackResult } from './check';
export { availability, findTerraform, Harness } from './harness';
export type { Availability, HarnessMode, HarnessOptions } from './harness';
export { PROVIDERS, findProvider, referenceDir, sharedDir } from './providers';
export type { ProviderEntry } from './providers';
