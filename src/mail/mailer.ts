/** One mail as the sender hands it over. `key` identifies it for idempotency and bookkeeping. */
export interface Mail {
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export type SendOutcome =
  | { ok: true; providerIds: string[] }
  /** `retryable` false means the mails will never go (an invalid address); the reason is shown to admins. */
  | { ok: false; retryable: boolean; error: string; retryAfterMs?: number };

/**
 * Sends mails. A batch is all or nothing: one idempotency key covers it, so the same batch retried is sent once.
 */
export interface Mailer {
  readonly kind: 'resend' | 'outbox';
  send(batch: Mail[], idempotencyKey: string): Promise<SendOutcome>;
}
