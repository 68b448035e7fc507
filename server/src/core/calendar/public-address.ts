import ipaddr from 'ipaddr.js';

/** What an address is, in ipaddr.js's range names ('unicast' for ordinary public addresses). */
export type AddressVerdict = { public: boolean; range: string };

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Classifies an IP address (as a DNS lookup returns it) for fetching a linked calendar: only
 * ordinary public unicast addresses pass. Loopback, private (RFC 1918), link-local, carrier-grade
 * NAT, multicast, broadcast, unique-local, documentation/benchmark/reserved ranges, and the IPv6
 * transition forms that embed an IPv4 address (6to4, Teredo, NAT64) are refused; an IPv4-mapped
 * IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries. Unparseable input is
 * refused too.
 */
export function classifyAddress(address: string): AddressVerdict {
  if (!ipaddr.isValid(address)) return { public: false, range: 'invalid' };
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== 'unicast') return { public: false, range };
  // IPv6 outside 2000::/3 is not allocated for global unicast, whatever ipaddr.js calls it.
  if (parsed.kind() === 'ipv6' && !parsed.match(GLOBAL_UNICAST_V6))
    return { public: false, range: 'reserved' };
  return { public: true, range };
}

/** Whether a server-side request to this address may go ahead (see {@link classifyAddress}). */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address).public;
}
