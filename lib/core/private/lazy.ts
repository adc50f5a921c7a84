/**
 * Loads a module on first use. Provider bindings that only some configurations need (the
 * Cloudflare engine, `kubernetes_manifest`) are loaded this way, so `import 'cdktf-multiregion'`
 * does not pay for them (the Cloudflare load-balancer bindings alone are ~600 KB of JavaScript).
 * Types still come from `import type`, so nothing is lost to the type-checker.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
