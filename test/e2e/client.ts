import { expect } from 'vitest';
import { EMAILS, nameOf } from './company';
import { sleep } from './processes';

/** What a runtime under test offers the checks; see flow.ts. */
export interface Target {
  runtime: string;
  url: string;
  adminToken: string;
  companyName: string;
  /** The fake Resend process the app mails to. */
  resendUrl: string;
  /** One scheduler tick as the runtime runs it: wrangler's test-scheduled endpoint, or `runDue` in the Node server. */
  tick(): Promise<TickCounts>;
}

/** What a tick reports (the Worker logs it as a JSON line; on Node it is runDue's summary). */
export interface TickCounts {
  opened: number;
  closed: number;
  errors: number;
}

export interface Question {
  id: string;
  kind: 'scale' | 'choice' | 'text';
  min?: number;
  max?: number;
  maxLength?: number;
  options?: { value: string }[];
}

interface Delivered {
  to: string[];
  text: string;
  html: string;
  messageKey: string | null;
}

interface Request {
  method?: string;
  body?: string;
  type?: string;
  /** Another bearer token; null sends none. The admin token by default. */
  token?: string | null;
}

/** The public HTTP API of one target, the fake Resend's record of deliveries, and the survey as an invitee sees it. */
export class Client {
  constructor(private readonly t: Target) {}

  request(path: string, init: Request = {}): Promise<Response> {
    return fetch(this.t.url + path, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token === null ? {} : { authorization: `Bearer ${init.token ?? this.t.adminToken}` }),
        ...(init.type ? { 'content-type': init.type } : {}),
      },
      body: init.body,
      signal: AbortSignal.timeout(60_000),
    });
  }

  /** The JSON body of a request that must answer `status`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers name the type they expect
  async json<T = any>(path: string, init: Request = {}, status = 200): Promise<T> {
    const res = await this.request(path, init);
    const text = await res.text();
    expect(res.status, `${init.method ?? 'GET'} ${path}: ${text.slice(0, 500)}`).toBe(status);
    return JSON.parse(text) as T;
  }

  /** Waits for the next 12 invitations after the first `skip` mails and returns each person's token from its link. */
  async mailedTokens(skip: number): Promise<Map<string, string>> {
    const deadline = Date.now() + 30_000;
    let mails: Delivered[] = [];
    while (Date.now() < deadline) {
      mails = ((await (await fetch(`${this.t.resendUrl}/__delivered`)).json()) as Delivered[]).slice(skip);
      if (mails.length >= EMAILS.length) break;
      await sleep(200);
    }
    expect(mails.map((m) => m.to[0]).sort()).toEqual([...EMAILS].sort());
    const link = new RegExp(`${this.t.url.replace(/[.:/]/g, '\\$&')}/s/([A-Za-z0-9_-]{43})`);
    const tokens = new Map<string, string>();
    for (const mail of mails) {
      expect(mail.messageKey).toMatch(/^invitation\//);
      const token = link.exec(mail.text)?.[1];
      expect(token, `a link to ${this.t.url}/s/… in the mail to ${mail.to[0]}`).toBeDefined();
      expect(mail.html).toContain(`/s/${token}`);
      // The mail names nobody, not even the person it goes to.
      expect(mail.text).not.toContain(nameOf(mail.to[0]));
      tokens.set(mail.to[0], token!);
    }
    expect(new Set(tokens.values()).size).toBe(EMAILS.length);
    return tokens;
  }

  /** The questions of a wave as its survey API gives them to the invitee (the module depends on the wave). */
  async questions(token: string): Promise<Question[]> {
    return (await this.json<{ questions: Question[] }>(`/api/v1/survey/${token}`, { token: null })).questions;
  }

  submit(token: string, answers: Record<string, unknown>): Promise<Response> {
    const body = JSON.stringify({ answers });
    return this.request(`/api/v1/survey/${token}`, { method: 'POST', type: 'application/json', body, token: null });
  }
}

/**
 * Person i's answers: the middle of every scale, so every construct scores exactly 50, reversed items or not; the
 * last option of a choice for even i, the first for odd; a comment from the first person only.
 */
export function answersOf(questions: Question[], i: number): Record<string, number | string> {
  return Object.fromEntries(
    questions.flatMap((q): [string, number | string][] => {
      if (q.kind === 'scale') return [[q.id, ((q.min ?? 1) + (q.max ?? 5)) / 2]];
      if (q.kind === 'choice') return [[q.id, q.options![i % 2 === 0 ? q.options!.length - 1 : 0].value]];
      return i === 0 ? [[q.id, 'Mehr Beispiele aus der Praxis, bitte.']] : [];
    }),
  );
}
