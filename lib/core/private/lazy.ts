/**
 * Loads a module on first use. Modules only some configurations need are loaded this way (the
 * `kubernetes_manifest` and `kubernetes_secret_v1` data-source bindings, which have no lean class, and
 * ipaddr.js, which only IPv6 and malformed CIDRs need), so an app that does not use them does not pay for
 * them. Types still come from `import type`, so nothing is lost to the type-checker.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
