import { Hono } from 'hono';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { loadSettings } from '../settings/settings';
import { PRIVACY_PATH } from './notice';
import { PrivacyPage } from './privacy.pages';

/** The public Art. 13 notice: no sign-in, in the reader's language (the mails link it with `?lang=`). */
export function privacyRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get(PRIVACY_PATH, async (c) => c.html(html(<PrivacyPage lang={pickLang(c)} settings={await loadSettings(deps)} />)));
  return app;
}
