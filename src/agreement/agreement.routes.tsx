import { Hono } from 'hono';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { pickLang } from '../lib/i18n';
import { BANK } from '../survey/questions';
import { catalogue } from './questions';
import { agreementPage } from './agreement.pages';
import { annexPage, buildAnnex } from './agreement.service';

const ROLES = ['admin', 'council'] as ('admin' | 'council')[];

/**
 * The annex to the works agreement, generated from the live configuration: `GET /api/v1/agreement` (JSON), the
 * printable page /admin/agreement, and the question catalogue with its hashes (`GET /api/v1/questions`). Admins and
 * the works council.
 */
export function agreementRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/api/v1/agreement', requireViewer(deps, ROLES), async (c) => c.json(await buildAnnex(deps)));
  app.get('/api/v1/questions', requireViewer(deps, ROLES), (c) =>
    c.json({ bankVersion: BANK.version, questions: catalogue(BANK.questions, BANK.version) }),
  );
  app.get('/admin/agreement', requirePageViewer(deps, ROLES), async (c) =>
    c.html(agreementPage({ lang: pickLang(c), viewer: c.get('viewer'), ...(await annexPage(deps)) })),
  );
  return app;
}
