import type { Config } from '../config';
import type { Mailer } from './mailer';
import { OutboxMailer } from './outbox';
import { ResendMailer } from './resend';

/** Two requests per second: Resend's lowest default team limit, so a 100,000-person wave never meets a 429. */
const RESEND_INTERVAL_MS = 500;

/**
 * Resend when a key is configured, else the outbox that a person can read at /outbox. The configured base URL is
 * handed to the SDK as an option, so no environment variable has to be set for it. `print` gets one line per batch
 * the outbox keeps: a count and where to read them, never an address or a link.
 */
export function mailerFromConfig(config: Config, print?: (line: string) => void): Mailer {
  if (config.resendApiKey) {
    return new ResendMailer({
      apiKey: config.resendApiKey,
      from: config.mailFrom,
      baseUrl: config.resendBaseUrl,
      minIntervalMs: RESEND_INTERVAL_MS,
    });
  }
  return new OutboxMailer({
    onKept: print && ((kept, waiting) => print(outboxLine(kept, waiting, config.publicUrl))),
  });
}

/** What stdout says about mail kept in the outbox. */
export function outboxLine(kept: number, waiting: number, publicUrl: string): string {
  const mails = (n: number) => `${n} mail${n === 1 ? '' : 's'}`;
  return `[outbox] ${mails(kept)} kept, not delivered (${mails(waiting)} in the outbox): read them at ${publicUrl}/outbox`;
}
