import { App, TerraformStack } from 'cdktf';
import { IngressAddressType, ServiceEndpoint } from '../../lib';

export const ACCOUNT = '0123456789abcdef0123456789abcdef';
export const ZONE = 'fedcba9876543210fedcba9876543210';

export function globalStack(): TerraformStack {
  return new TerraformStack(new App(), 'global');
}

/** The seed-003 pair: ACK in Hong Kong behind an ALB hostname, VKS in Ho Chi Minh City behind an IP. */
export function hk(overrides: Partial<ServiceEndpoint> = {}): ServiceEndpoint {
  return {
    name: 'hk-ack',
    region: 'cn-hongkong',
    address: 'alb-abc123.cn-hongkong.alb.aliyuncs.com',
    addressType: IngressAddressType.DOMAIN,
    hosts: ['kokoro.example.com'],
    healthPath: '/health',
    ...overrides,
  };
}

export function vn(overrides: Partial<ServiceEndpoint> = {}): ServiceEndpoint {
  return {
    name: 'vn-vks',
    region: 'HCM03',
    address: '42.1.2.3',
    addressType: IngressAddressType.IPV4,
    hosts: ['kokoro.example.com'],
    healthPath: '/health',
    ...overrides,
  };
}
