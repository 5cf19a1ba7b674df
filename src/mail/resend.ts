import { Resend, type ErrorResponse } from 'resend';
import { MAX_BATCH, type Mail, type Mailer, type SendOutcome } from './mailer';

export interface ResendMailerOptions {
  apiKey: string;
  from: string;
  /**
   * The API's base URL (tests point it at the fake server). Passed to the SDK as `baseUrl`, so nothing has to
   * set process.env.RESEND_BASE_URL; when absent the SDK uses that variable if present, else api.resend.com.
   */
  baseUrl?: string;
  /** Requests are spaced at least this far apart. Resend limits a team to a few requests per second (2 or 5). */
  minIntervalMs?: number;
  /** A request that hangs is abandoned after this long; it must stay well under the sender's lease. */
  timeoutMs?: number;
}

/** Resend's error names that mean "the deployment is misconfigured", not "these mails are wrong": worth retrying. */
const CONFIG_ERRORS = new Set(['missing_api_key', 'invalid_api_key', 'restricted_api_key']);

/**
 * The Resend SDK behind the Mailer interface. The SDK never throws: it answers `{ data, error, headers }`, and a
 * network failure is an `application_error` without a status. One mail goes to `POST /emails`, more to
 * `POST /emails/batch` (strict validation: one bad address rejects the whole batch, nothing is sent).
 */
export class ResendMailer implements Mailer {
  readonly kind = 'resend' as const;
  private readonly client: Resend;
  private nextSlot = 0;

  constructor(private readonly options: ResendMailerOptions) {
    this.client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/$/, '') } : undefined);
  }

  async send(batch: Mail[], idempotencyKey: string): Promise<SendOutcome> {
    if (batch.length === 0) return { ok: true, providerIds: [] };
    if (batch.length > MAX_BATCH) return { ok: false, retryable: false, error: `a batch holds at most ${MAX_BATCH} mails` };
    await this.pace();
    const emails = batch.map((mail) => ({
      from: this.options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'X-Puls-Message': mail.key },
    }));
    const request = { idempotencyKey, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) };
    if (emails.length === 1) {
      const { data, error, headers } = await this.client.emails.send(emails[0], request);
      return error ? failure(error, headers) : { ok: true, providerIds: [data.id] };
    }
    const { data, error, headers } = await this.client.batch.send(emails, request);
    return error ? failure(error, headers) : { ok: true, providerIds: data.data.map((d) => d.id) };
  }

  /** Reserves the next free slot and waits for it, so concurrent sends are spaced too. */
  private async pace(): Promise<void> {
    const interval = this.options.minIntervalMs ?? 0;
    if (interval <= 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}

/** Maps Resend's error answer to what the sender needs to decide: retry later, give up, or never resend. */
export function failure(error: ErrorResponse, headers: Record<string, string> | null): SendOutcome & { ok: false } {
  const status = typeof error.statusCode === 'number' ? error.statusCode : null;
  const reason = status ? `${status} ${error.name}: ${error.message}` : `${error.name}: ${error.message}`;
  if (status === null || status >= 500) return { ok: false, retryable: true, error: reason };
  if (status === 429) return { ok: false, retryable: true, error: reason, retryAfterMs: retryAfter(headers) };
  if (status === 409) {
    // Still being processed under this key: ask again later and get the stored answer.
    if (error.name === 'concurrent_idempotent_requests') return { ok: false, retryable: true, error: reason };
    return { ok: false, retryable: false, conflict: true, error: reason };
  }
  if (CONFIG_ERRORS.has(error.name)) return { ok: false, retryable: true, error: reason };
  return { ok: false, retryable: false, error: reason };
}

/** `retry-after` in seconds (Resend sends seconds); one second when it is missing or unreadable. */
function retryAfter(headers: Record<string, string> | null): number {
  const seconds = Number(headers?.['retry-after']);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds * 1000) : 1000;
}
