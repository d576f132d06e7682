import { isIP } from 'node:net';

/**
 * The address a connection's rate limits are counted under. By default the socket's peer address:
 * behind a reverse proxy that is the proxy, for every phone. With ROOM_TRUST_PROXY the server takes
 * the address the proxy says it saw: the right-most X-Forwarded-For entry (the one the trusted proxy
 * appended; entries to its left were sent by the client and prove nothing), and only when the
 * connection comes from the proxy itself. docs/ROOM.md, docs/ROOM-DEPLOY.md.
 */
export type TrustProxy = { kind: 'none' } | { kind: 'loopback' } | { kind: 'list'; addresses: Set<string> };

/**
 * ROOM_TRUST_PROXY: unset, empty, `0` or `false` trusts no proxy; `1`, `true` or `loopback` trusts a
 * proxy on the same machine (127.0.0.0/8, ::1); otherwise a comma-separated list of the proxies' IP
 * addresses (which does not include loopback unless listed).
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'false') return { kind: 'none' };
  if (value === '1' || ['true', 'loopback'].includes(value.toLowerCase())) return { kind: 'loopback' };
  const addresses = new Set<string>();
  for (const part of value.split(',')) {
    const address = normalize(part.trim());
    if (!isIP(address))
      throw new Error(
        `ROOM_TRUST_PROXY should be 1 (a proxy on this machine) or the proxies' IP addresses, not "${raw}"`,
      );
    addresses.add(address);
  }
  return { kind: 'list', addresses };
}

export function clientAddress(
  peer: string,
  forwardedFor: string | string[] | undefined,
  trust: TrustProxy,
): string {
  const from = normalize(peer);
  if (trust.kind === 'none' || forwardedFor === undefined) return from;
  const trusted = trust.kind === 'loopback' ? isLoopback(from) : trust.addresses.has(from);
  if (!trusted) return from;
  // Several headers are one list, in order.
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
  const last = normalize((entries.at(-1) ?? '').trim());
  return isIP(last) ? last : from;
}

/** `::ffff:10.0.0.5` and `10.0.0.5` are one client. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase();
}

function isLoopback(address: string): boolean {
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}
