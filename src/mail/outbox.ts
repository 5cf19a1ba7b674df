import type { Mail, Mailer, SendOutcome } from './mailer';

export interface OutboxEntry extends Mail {
  at: number;
}

/**
 * The mailer without a Resend key, for laptops: keeps messages in memory (newest last) for admins to read at
 * /outbox, and delivers nothing. The idempotency key is honoured like Resend does.
 *
 * It never prints a mail: a mail holds a personal link (whoever reads it can answer in someone's place) and an
 * address, and stdout ends up in log collectors. `onKept` hears only how many mails were kept, by design.
 */
export class OutboxMailer implements Mailer {
  readonly kind = 'outbox' as const;
  readonly entries: OutboxEntry[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly options: { onKept?: (kept: number, waiting: number) => void; now?: () => number; limit?: number } = {},
  ) {}

  async send(batch: Mail[], idempotencyKey: string): Promise<SendOutcome> {
    if (this.seen.has(idempotencyKey)) return { ok: true, providerIds: batch.map((m) => `outbox:${m.key}`) };
    this.seen.add(idempotencyKey);
    const at = this.options.now?.() ?? Date.now();
    for (const mail of batch) this.entries.push({ ...mail, at });
    const limit = this.options.limit ?? 5000;
    if (this.entries.length > limit) this.entries.splice(0, this.entries.length - limit);
    this.options.onKept?.(batch.length, this.entries.length);
    return { ok: true, providerIds: batch.map((m) => `outbox:${m.key}`) };
  }
}
