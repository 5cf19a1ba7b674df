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
  | {
      ok: false;
      /** false means the mails will never go as they are (an invalid address); the reason is shown to admins. */
      retryable: boolean;
      error: string;
      /** The provider asked us to wait (rate limit): the sender stops its pass and waits at least this long. */
      retryAfterMs?: number;
      /**
       * The idempotency key was already used with a different request: the provider may have sent the first one,
       * so the mails must not be sent again under other keys (that could mail someone twice).
       */
      conflict?: boolean;
    };

/**
 * Sends mails. A batch is all or nothing: one idempotency key covers it, so the same batch retried is sent once.
 * At most 100 mails per batch (Resend's batch limit).
 */
export interface Mailer {
  readonly kind: 'resend' | 'outbox';
  send(batch: Mail[], idempotencyKey: string): Promise<SendOutcome>;
}

export const MAX_BATCH = 100;
