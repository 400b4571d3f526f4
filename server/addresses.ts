import os from 'node:os';

type Interfaces = ReturnType<typeof os.networkInterfaces>;

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The addresses to print for a server listening on `host`: the address itself, or for a
 * wildcard (HOST=0.0.0.0, ::) this machine first and then every address others on the network can
 * reach it at (IPv4, and IPv6 as well for ::), so an educator can read one out to the room.
 */
export function reachableUrls(host: string, port: number, interfaces: Interfaces = os.networkInterfaces()) {
  const url = (address: string) => `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  if (!WILDCARDS.has(host)) return { local: url(host), network: [] as string[] };
  const withV6 = host !== '0.0.0.0';
  const network: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) {
      if (a.internal) continue;
      if (a.family === 'IPv4') network.push(url(a.address));
      // Link-local IPv6 addresses need a zone to be usable, so they are not worth reading out.
      else if (withV6 && !a.address.toLowerCase().startsWith('fe80')) network.push(url(a.address));
    }
  }
  return { local: url('127.0.0.1'), network };
}
