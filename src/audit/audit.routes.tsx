import { Hono } from 'hono';
import { z } from 'zod';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { pickLang } from '../lib/i18n';
import { validate } from '../lib/validate';
import { auditPage } from './audit.pages';
import { listAudit, verifyAudit, type AuditView } from './audit.service';
import { inArray } from 'drizzle-orm';
import { waves } from '../db/schema';

const MAX_LIMIT = 500;
/** Entries per page of /admin/audit. */
export const PAGE_SIZE = 50;

const id = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50), before: id.optional() });
const pageQuery = z.object({ before: id.optional(), lang: z.enum(['de', 'en']).optional() });
const ROLES = ['admin', 'council'] as ('admin' | 'council')[];

/** The audit log for admins and the works council: `GET /api/v1/audit`, `GET /api/v1/audit/verify` and /admin/audit. */
export function auditRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/api/v1/audit', requireViewer(deps, ROLES));
  app.use('/api/v1/audit/*', requireViewer(deps, ROLES));
  app.use('/admin/audit', requirePageViewer(deps, ROLES));

  app.get('/api/v1/audit', validate('query', listQuery), async (c) => c.json(await listAudit(deps, c.req.valid('query'))));
  app.get('/api/v1/audit/verify', async (c) => c.json(await verifyAudit(deps)));

  app.get('/admin/audit', validate('query', pageQuery), async (c) => {
    const { before } = c.req.valid('query');
    const entries = await listAudit(deps, { limit: PAGE_SIZE, before });
    const last = entries.at(-1);
    const older = entries.length === PAGE_SIZE && last && last.id > 1 ? last.id : undefined;
    const verification = await verifyAudit(deps);
    const waveTitles = await titlesOf(deps, entries);
    return c.html(auditPage({ lang: pickLang(c), viewer: c.get('viewer'), entries, verification, before, older, waveTitles }));
  });

  return app;
}

/** The titles of the waves a page of entries is about (at most PAGE_SIZE ids: one query under D1's parameter limit). */
async function titlesOf(deps: Deps, entries: AuditView[]): Promise<Map<string, string>> {
  const ids = [...new Set(entries.filter((e) => /^(wave|retention)\./.test(e.action) && e.target).map((e) => e.target))];
  if (ids.length === 0) return new Map();
  const rows = await deps.db.select({ id: waves.id, title: waves.title }).from(waves).where(inArray(waves.id, ids));
  return new Map(rows.map((r) => [r.id, r.title]));
}
