/**
 * What a signed-in reader is allowed to see: admins everything, a leader one team's subtree, the works council
 * (council) the configuration, the audit log, the annex and company-wide results (auth/access.ts).
 */
export interface Viewer {
  role: 'admin' | 'leader' | 'council';
  /** The leader's team; null for admins. */
  teamId: string | null;
  userId: string | null;
  /** Echoed in forms; a POST without it is refused. Empty for bearer-token API calls, which need none. */
  csrf: string;
}

/** `nonce`: this response's CSP nonce, for the rare inline `<style>` (see lib/security.ts). */
export type AppEnv = { Variables: { viewer: Viewer; nonce: string } };
