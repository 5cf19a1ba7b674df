import { Hono, type Context } from 'hono';
import { linkThrottle } from '../auth/throttle.guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { adminLangOf, isStaffLang, pickStaffLang, type StaffLang } from '../lib/i18n';
import { readForm } from '../lib/form';
import { html } from '../lib/render';
import { SurveyPage } from '../survey/survey.pages';
import { NewsPanel } from '../actions/news.pages';
import { surveyNews } from '../actions/news.service';
import { answerByForm } from '../survey/survey.routes';
import { loadSettings } from '../settings/settings';
import { openCode, SurveyError, type OpenSurvey } from '../survey/survey.service';
import { UnavailablePage, type UnavailableStatus } from '../survey/survey.status';
import { CODE_PATH, CodePage } from './codes.pages';
import { formatCode, normaliseCode } from './codes';

/**
 * The short address on letters and team-code sheets. The code travels only in form bodies — never in a URL, so it
 * lands in no browser history, proxy log or referrer — and opens the same survey as a personal link: a letter's code
 * its person's invitation, a team code its sheet's team. Unknown codes count as failed guesses (429 over the limit),
 * like unknown links; nothing records that a real code was used.
 */
export function codeRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(CODE_PATH, linkThrottle(deps, 'survey-link'));
  app.use(`${CODE_PATH}/answers`, linkThrottle(deps, 'survey-link'));

  /** The reader's choice in the form, then `?lang=`, then the invitation's language, then the browser's. */
  const langFor = (c: Context, chosen: unknown, open?: OpenSurvey): StaffLang =>
    isStaffLang(chosen) ? chosen : pickStaffLang(c, open?.language ?? undefined);

  /** Whom staff ask about the survey (a setting), shown on every page they see. */
  const contactOf = async () => (await loadSettings(deps)).company.contact;

  const unavailable = async (c: Context, err: unknown) => {
    if (err instanceof SurveyError && [404, 409, 410].includes(err.status)) {
      const lang = pickStaffLang(c, err.language);
      if (err.status === 404) return c.html(html(<CodePage lang={lang} unknown chosen={isStaffLang(c.req.query('lang'))} />), 404);
      const page = <UnavailablePage lang={lang} status={err.status as UnavailableStatus} contact={await contactOf()} code />;
      return c.html(html(page), err.status);
    }
    throw err;
  };

  app.get(CODE_PATH, (c) => c.html(html(<CodePage lang={pickStaffLang(c)} chosen={isStaffLang(c.req.query('lang'))} />)));

  /** A code typed on the form (or sent back by the language switch): the survey, or why not. */
  app.post(CODE_PATH, async (c) => {
    const form = await readForm(c);
    const typed = typeof form.code === 'string' ? form.code : '';
    try {
      const open = await openCode(deps, typed);
      const lang = langFor(c, form.lang, open);
      const news = await surveyNews(deps, open.wave.id, open.sealAs.teamId);
      const code = formatCode(normaliseCode(typed)!);
      const page = <SurveyPage lang={lang} code={code} open={open} news={<NewsPanel lang={adminLangOf(lang)} news={news} />} contact={await contactOf()} />;
      return c.html(html(page));
    } catch (err) {
      if (err instanceof SurveyError && err.status === 404 && isStaffLang(form.lang)) {
        return c.html(html(<CodePage lang={form.lang} unknown chosen />), 404);
      }
      return unavailable(c, err);
    }
  });

  app.post(`${CODE_PATH}/answers`, async (c) => {
    const form = await readForm(c, { all: true });
    const typed = typeof form.code === 'string' ? form.code : '';
    let open: OpenSurvey;
    try {
      open = await openCode(deps, typed);
    } catch (err) {
      return unavailable(c, err);
    }
    const code = formatCode(normaliseCode(typed)!);
    return answerByForm(deps, c, open, langFor(c, c.req.query('lang'), open), { code }, unavailable, await contactOf());
  });

  return app;
}
