import type { Context } from 'hono';

/**
 * How an entry point tells the app who is calling: on Node the socket's address (or the proxy's last
 * X-Forwarded-For hop when TRUST_PROXY is set), on Workers `cf-connecting-ip`. The app itself stays runtime-agnostic.
 * The address is used only to count failed attempts, as a keyed hash; it is never logged or stored.
 */
export type ClientAddress = (c: Context) => string | undefined;

/**
 * One bucket per subscriber: an IPv4 address as it is, an IPv6 address cut to its /64 (one household or office
 * gets a whole /64, so counting single IPv6 addresses would give each attacker 2^64 fresh tries). IPv4-mapped IPv6
 * addresses count as their IPv4 address. Anything unreadable counts as one shared "unknown" bucket.
 */
export function addressBucket(address: string | undefined): string {
  const raw = address?.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '') ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(raw);
  if (mapped) return mapped[1];
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return raw;
  if (!raw.includes(':') || !/^[0-9a-f:.]+$/i.test(raw)) return 'unknown';
  const [head, tail = ''] = raw.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = raw.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return groups
    .slice(0, 4)
    .map((g) => (g.replace(/^0+(?=.)/, '') || '0'))
    .join(':')
    .concat('::/64');
}

/** The address of the last proxy hop (the one our own proxy appended) in an X-Forwarded-For header. */
export function lastForwardedFor(header: string | undefined): string | undefined {
  const hops = header?.split(',').map((h) => h.trim()).filter(Boolean) ?? [];
  return hops[hops.length - 1];
}
