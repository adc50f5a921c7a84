/**
 * Loads a module on first use. A provider binding that only some configurations need and that has no
 * lean class (`kubernetes_manifest`, see ProviderResource) is loaded this way, so `import 'cdktf-multiregion'`
 * does not pay for it. Types still come from `import type`, so nothing is lost to the type-checker.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
