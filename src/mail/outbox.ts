import type { Mail, Mailer, SendOutcome } from './mailer';

export interface OutboxEntry extends Mail {
  at: number;
}

/**
 * The mailer without a Resend key: keeps messages in memory (newest last) and prints them, so the whole loop
 * works on a laptop. Admins read them at /outbox. The idempotency key is honoured like Resend does.
 */
export class OutboxMailer implements Mailer {
  readonly kind = 'outbox' as const;
  readonly entries: OutboxEntry[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly options: { print?: (line: string) => void; now?: () => number; limit?: number } = {},
  ) {}

  async send(batch: Mail[], idempotencyKey: string): Promise<SendOutcome> {
    if (this.seen.has(idempotencyKey)) return { ok: true, providerIds: batch.map((m) => `outbox:${m.key}`) };
    this.seen.add(idempotencyKey);
    for (const mail of batch) {
      this.entries.push({ ...mail, at: this.options.now?.() ?? Date.now() });
      this.options.print?.(`[outbox] to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
    }
    const limit = this.options.limit ?? 5000;
    if (this.entries.length > limit) this.entries.splice(0, this.entries.length - limit);
    return { ok: true, providerIds: batch.map((m) => `outbox:${m.key}`) };
  }
}
