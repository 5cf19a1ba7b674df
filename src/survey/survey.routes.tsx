import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { linkThrottle } from '../auth/throttle.guard';
import { NewsPanel } from '../actions/news.pages';
import { surveyNews } from '../actions/news.service';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { ErrorPage } from '../lib/error-page';
import { AppError, renderError } from '../lib/errors';
import { adminLangOf, isStaffLang, pickLang, pickStaffLang, type StaffLang } from '../lib/i18n';
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
    return renderError(c, new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the answers as application/json'));
  }
  await next();
};

const answersBody = z.object({ answers: z.record(z.string(), z.unknown()) });

/** An explicit `?lang=` wins; otherwise the language the person was invited in. */
const langOf = (c: Context, fallback: StaffLang): StaffLang => {
  const q = c.req.query('lang');
  return isStaffLang(q) ? q : fallback;
};

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
  unavailable: (c: Context, err: unknown) => Response,
): Promise<Response> {
  const { confirmed: seen, code: _code, ...form } = await readForm(c, { all: true });
  const confirmed = seen === '1';
  const values = parseAnswerForm(open.questions, form);
  const page = (extra: Partial<SurveyPageProps>) => html(<SurveyPage lang={lang} {...via} open={open} values={values} {...extra} />);
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
  return c.html(html(<ThanksPage lang={lang} wave={open.wave} />), 200);
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
  app.use('/api/v1/survey/:token', linkThrottle(deps, 'survey-link'));

  /** A link that cannot be answered gets its friendly page; anything else goes to the app's error handler. */
  const unavailable = (c: Context, err: unknown) => {
    if (err instanceof SurveyError && [404, 409, 410].includes(err.status)) {
      const lang = err.language ? langOf(c, err.language) : pickStaffLang(c);
      return c.html(html(<UnavailablePage lang={lang} status={err.status as UnavailableStatus} />), err.status);
    }
    throw err;
  };

  app.get('/s/:token', async (c) => {
    const token = c.req.param('token');
    try {
      const open = await openInvitation(deps, token);
      const lang = langOf(c, invitedIn(open));
      const news = await surveyNews(deps, open.wave.id, open.sealAs.teamId);
      return c.html(html(<SurveyPage lang={lang} token={token} open={open} news={<NewsPanel lang={adminLangOf(lang)} news={news} />} />));
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
      return answerByForm(deps, c, open, langOf(c, invitedIn(open)), { token }, unavailable);
    },
  );

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
      onError: (c) => renderError(c, new AppError('PAYLOAD_TOO_LARGE', 'request body is larger than 64 KB')),
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
