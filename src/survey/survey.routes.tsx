import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { linkThrottle } from '../auth/throttle.guard';
import { NewsPanel } from '../actions/news.pages';
import { surveyNews } from '../actions/news.service';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { ErrorPage } from '../lib/error-page';
import { problemError, renderError } from '../lib/errors';
import { adminLangOf, pickLang, pickStaffLang, type StaffLang } from '../lib/i18n';
import { loadSettings } from '../settings/settings';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { checkAnswers, parseAnswerForm, type AnswerProblem } from './answers';
import { SurveyPage, type SurveyPageProps } from './survey.pages';
import { openInvitation, submitAnswers, submitTo, SurveyError, type OpenSurvey } from './survey.service';
import { ThanksPage, UnavailablePage, type UnavailableStatus } from './survey.status';
import { readForm } from '../lib/form';
import { openTextWarnings } from './warnings';
import { waveWords } from './translations';

/**
 * Far more than the longest honest answer set: 23 small answers and four open answers of 1,000 characters, even when
 * a form encodes each of them as 12 bytes (`%F0%9F%98%80`) — 48 KB.
 */
export const MAX_BODY = 64 * 1024;

/** Survey pages and answers must never sit in a shared or browser cache: they carry the personal link. */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};

const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
  if (!/^application\/([\w.-]+\+)?json$/.test(type)) {
    return renderError(c, problemError('UNSUPPORTED_MEDIA_TYPE', 'unsupported_media_type', 'send the answers as application/json'));
  }
  await next();
};

const answersBody = z.object({ answers: z.record(z.string(), z.unknown()) });

/** An explicit `?lang=` wins, then the language the person switched to (the cookie), then the invitation's. */
const langOf = (c: Context, fallback: StaffLang): StaffLang => pickStaffLang(c, fallback);

/**
 * Stores the answers of a survey form (a personal link's or a typed code's). Rule 5: before anything is stored, warn
 * about names, emails and phone numbers in open answers; the person decides. The page comes back with everything kept
 * and `confirmed=1`, so sending again stores as it is.
 */
export async function answerByForm(
  deps: Deps,
  c: Context,
  open: OpenSurvey,
  lang: StaffLang,
  via: { token?: string; code?: string },
  unavailable: (c: Context, err: unknown) => Response | Promise<Response>,
  contact: string,
): Promise<Response> {
  const { confirmed: seen, code: _code, ...form } = await readForm(c, { all: true });
  const confirmed = seen === '1';
  const values = parseAnswerForm(open.questions, form);
  const page = (extra: Partial<SurveyPageProps>) => html(<SurveyPage lang={lang} {...via} open={open} values={values} contact={contact} {...extra} />);
  if (!confirmed) {
    const warnings = openTextWarnings(open.questions, values);
    if (warnings.length > 0) {
      const checked = checkAnswers(open.questions, values);
      const problems = checked.ok ? [] : checked.problems;
      return c.html(page({ problems, warnings }), problems.length > 0 ? 422 : 200);
    }
  }
  try {
    await submitTo(deps, open, values);
  } catch (err) {
    if (err instanceof SurveyError && err.code === 'UNPROCESSABLE') {
      return c.html(page({ problems: err.details as AnswerProblem[], confirmed }), 422);
    }
    return unavailable(c, err);
  }
  // A link: post/redirect/get, so reloading the thanks sends nothing again and Back shows the link's own page, which
  // thanks too. A typed code must not go into a URL: its thanks come straight back.
  if (via.token !== undefined) return c.redirect(`/s/${encodeURIComponent(via.token)}/thanks`, 303);
  return c.html(html(<ThanksPage lang={lang} wave={open.wave} contact={contact} />), 200);
}

/** A personal link always has its invitation; only a typed team code has none. */
const invitedIn = (open: OpenSurvey): StaffLang => open.language ?? 'de';

/** The API's view of a survey: texts in one language, nothing about the person. */
function surveyJson({ wave, questions }: OpenSurvey, lang: StaffLang) {
  const words = waveWords(wave, questions, lang);
  return {
    wave: { id: wave.id, closesAt: new Date(wave.closesAt).toISOString() },
    language: lang,
    questions: questions.map((q) => ({
      id: q.id,
      construct: q.construct,
      kind: q.kind,
      text: words(q).text,
      required: q.required,
      ...(q.kind === 'scale' ? { min: q.min ?? 1, max: q.max ?? 5, anchors: words(q).anchors } : {}),
      ...(q.kind === 'choice' ? { options: (q.options ?? []).map((o) => ({ value: o.value, label: words(q).option(o.value) })) } : {}),
      ...(q.kind === 'text' ? { maxLength: q.maxLength } : {}),
    })),
  };
}

export function surveyRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/s/*', noStore);
  app.use('/api/v1/survey/*', noStore);
  // Guessing links: a 404 counts against the caller's address, and over the limit every link is refused (429) before
  // it is looked up. Only failures are counted: nothing records that a real link was opened or answered.
  app.use('/s/:token', linkThrottle(deps, 'survey-link'));
  app.use('/s/:token/thanks', linkThrottle(deps, 'survey-link'));
  app.use('/api/v1/survey/:token', linkThrottle(deps, 'survey-link'));

  /** Whom staff ask about the survey (a setting), shown on every page they see. */
  const contactOf = async () => (await loadSettings(deps)).company.contact;

  /**
   * A link that cannot be answered gets its friendly page: a used one thanks (it was most likely the person's own
   * answer: a reload, Back, a second click in the mail), with whom to ask if it was not. Anything else goes to the
   * app's error handler.
   */
  const unavailable = async (c: Context, err: unknown) => {
    if (err instanceof SurveyError && [404, 409, 410].includes(err.status)) {
      const lang = err.language ? langOf(c, err.language) : pickStaffLang(c);
      const contact = await contactOf();
      if (err.status === 409 && err.wave) return c.html(html(<ThanksPage lang={lang} wave={err.wave} contact={contact} already />), 409);
      return c.html(html(<UnavailablePage lang={lang} status={err.status as UnavailableStatus} contact={contact} />), err.status);
    }
    throw err;
  };

  app.get('/s/:token', async (c) => {
    const token = c.req.param('token');
    try {
      const open = await openInvitation(deps, token);
      const lang = langOf(c, invitedIn(open));
      const news = await surveyNews(deps, open.wave.id, open.sealAs.teamId);
      const page = <SurveyPage lang={lang} token={token} open={open} news={<NewsPanel lang={adminLangOf(lang)} news={news} />} contact={await contactOf()} />;
      return c.html(html(page));
    } catch (err) {
      return unavailable(c, err);
    }
  });

  app.post(
    '/s/:token',
    bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.html(html(<ErrorPage lang={pickLang(c)} status={413} />), 413) }),
    async (c) => {
      const token = c.req.param('token');
      let open: OpenSurvey;
      try {
        open = await openInvitation(deps, token);
      } catch (err) {
        return unavailable(c, err);
      }
      return answerByForm(deps, c, open, langOf(c, invitedIn(open)), { token }, unavailable, await contactOf());
    },
  );

  /** Where a submit lands: thanks for a used link; a link not answered yet goes back to its survey. */
  app.get('/s/:token/thanks', async (c) => {
    const token = c.req.param('token');
    try {
      await openInvitation(deps, token);
    } catch (err) {
      if (err instanceof SurveyError && err.status === 409 && err.wave) {
        const lang = langOf(c, err.language ?? 'de');
        return c.html(html(<ThanksPage lang={lang} wave={err.wave} contact={await contactOf()} />));
      }
      return unavailable(c, err);
    }
    return c.redirect(`/s/${encodeURIComponent(token)}`, 303);
  });

  app.get('/api/v1/survey/:token', async (c) => {
    const open = await openInvitation(deps, c.req.param('token'));
    return c.json(surveyJson(open, langOf(c, invitedIn(open))));
  });

  /**
   * The JSON API stores what it is sent: it does not warn about names, emails or phone numbers in open answers (the
   * HTML form does, before sending). A client of the API shows its own warning; rule 5 holds either way.
   */
  app.post(
    '/api/v1/survey/:token',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) => renderError(c, problemError('PAYLOAD_TOO_LARGE', 'body_too_large', 'request body is larger than 64 KB')),
    }),
    requireJson,
    validate('json', answersBody),
    async (c) => {
      await submitAnswers(deps, c.req.param('token'), c.req.valid('json').answers);
      return c.json({ ok: true as const }, 201);
    },
  );

  return app;
}
