import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { reachableUrls } from '../../server/addresses.js';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as os.NetworkInterfaceInfo;
const INTERFACES = {
  lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
  eth0: [iface('192.168.1.20', 'IPv4'), iface('fe80::1', 'IPv6'), iface('2001:db8::20', 'IPv6')],
  wlan0: [iface('10.0.0.7', 'IPv4')],
};

describe('the addresses printed at start-up', () => {
  it('are the one address listened on', () => {
    expect(reachableUrls('127.0.0.1', 3000, INTERFACES)).toEqual({
      local: 'http://127.0.0.1:3000/',
      network: [],
    });
    expect(reachableUrls('192.168.1.20', 80, INTERFACES).local).toBe('http://192.168.1.20:80/');
  });

  it('on 0.0.0.0 are this machine and every IPv4 address others can reach', () => {
    expect(reachableUrls('0.0.0.0', 3000, INTERFACES)).toEqual({
      local: 'http://127.0.0.1:3000/',
      network: ['http://192.168.1.20:3000/', 'http://10.0.0.7:3000/'],
    });
  });

  it('on :: include routable IPv6 addresses, bracketed, but not link-local ones', () => {
    expect(reachableUrls('::', 3000, INTERFACES).network).toEqual([
      'http://192.168.1.20:3000/',
      'http://[2001:db8::20]:3000/',
      'http://10.0.0.7:3000/',
    ]);
  });
});
