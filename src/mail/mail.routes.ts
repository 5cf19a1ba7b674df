import { Hono } from 'hono';
import { z } from 'zod';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { OutboxPage } from './mail.pages';
import { OutboxMailer, type OutboxEntry } from './outbox';

const PAGE_SHOWN = 100;

const listQuery = z.object({
  to: z.string().max(320).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});

/** The outbox for admins: a page to read, and JSON for tests and scripts. Empty when mail goes through Resend. */
export function mailRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const outbox = deps.mailer instanceof OutboxMailer ? deps.mailer : null;
  const newestFirst = (): OutboxEntry[] => (outbox ? [...outbox.entries].reverse() : []);

  app.get('/outbox', requirePageViewer(deps), (c) => {
    const all = newestFirst();
    const view = { entries: outbox ? all.slice(0, PAGE_SHOWN) : null, total: all.length };
    return c.html(html(OutboxPage({ lang: pickLang(c), viewer: c.get('viewer'), view })));
  });

  app.get('/api/v1/outbox', requireViewer(deps), validate('query', listQuery), (c) => {
    const { to, limit } = c.req.valid('query');
    const wanted = to?.toLowerCase();
    const entries = newestFirst()
      .filter((m) => !wanted || m.to.toLowerCase() === wanted)
      .slice(0, limit)
      .map((m) => ({ key: m.key, to: m.to, subject: m.subject, text: m.text, html: m.html, at: new Date(m.at).toISOString() }));
    return c.json({ mailer: deps.mailer.kind, messages: entries });
  });

  return app;
}
