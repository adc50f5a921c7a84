/** The chart's name: the default `nameOverride` in its `nats.fullname` helper. */
export const CHART_NAME = 'nats';

/**
 * The chart's `nats.fullname` (templates/_helpers.tpl of nats 2.x): the release name when it
 * contains the chart name, else `<release>-nats`; truncated to 63 characters, trailing '-' dropped.
 */
export function natsFullname(releaseName: string): string {
  const full = releaseName.includes(CHART_NAME) ? releaseName : `${releaseName}-${CHART_NAME}`;
  return full.slice(0, 63).replace(/-+$/, '');
}

/** The chart's headless Service: `<fullname>-headless`; it resolves to the pods' IPs. */
export function headlessServiceName(fullname: string): string {
  return `${fullname}-headless`;
}

/** An environment variable name for a per-peer value: `NATS_GW_URL_<PEER>` (`fsn1` → `FSN1`, `a-b` → `A_B`). */
export function peerUrlEnv(peerGatewayName: string): string {
  return `NATS_GW_URL_${peerGatewayName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The Secret key holding the URL (with credentials) of one peer's gateway. */
export function peerUrlKey(peerGatewayName: string): string {
  return `gateway-url-${peerGatewayName}`;
}

/** Environment variables the server reads its credentials from (`$VAR` in nats.conf, whole values only). */
export const ENV = {
  clientUser: 'NATS_USER',
  clientPassword: 'NATS_PASSWORD',
  gatewayUser: 'NATS_GW_USER',
  gatewayPassword: 'NATS_GW_PASSWORD',
  gatewayAdvertise: 'NATS_GW_ADVERTISE',
} as const;

/** Keys of the per-member credentials Secret. */
export const SECRET_KEYS = {
  clientUser: 'client-user',
  clientPassword: 'client-password',
  gatewayUser: 'gateway-user',
  gatewayPassword: 'gateway-password',
} as const;

/** A value the chart writes unquoted into nats.conf (`"<< $X >>"` → `$X`): a variable reference. */
export function confVariable(env: string): string {
  return `<< $${env} >>`;
}
