/**
 * The library's own words for traffic management. The provider strings they become live in one
 * place: `private/provider-strings.ts`.
 */

/** Protocol of the health check. */
export enum HealthCheckProtocol {
  /** HTTP GET of `path` with the `Host` header; healthy when the status code is expected. */
  HTTP = 'HTTP',
  /** HTTPS GET (with SNI on Alibaba GTM); certificate errors count as failures. */
  HTTPS = 'HTTPS',
  /** A TCP connection to `port`; no Host header, no path (cannot see an ingress 404). */
  TCP = 'TCP',
}

/** How clients are sent to pools (one pool per member region). */
export enum Routing {
  /**
   * Each client goes to the pool of the region nearest to it (Alibaba GTM: GEO lines per region;
   * Cloudflare: `geo` steering with region pools). A pool that is down is replaced by the primary
   * region's pool (the primary's own by the next region's).
   */
  NEAREST = 'NEAREST',
  /** Every client goes to the primary region's pool; the other pools take over, in member order, when it is down. */
  PRIORITY = 'PRIORITY',
}

/** Alibaba GTM 2.0 instance edition (`package_edition`). */
export enum GtmEdition {
  /** Standard edition. */
  STANDARD = 'standard',
  /** Ultimate edition: the console allows 15 s checks, Terraform's monitor_config still only 60 s. */
  ULTIMATE = 'ultimate',
}
