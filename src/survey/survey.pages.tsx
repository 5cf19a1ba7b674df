import type { ComponentChildren } from 'preact';
import { adminLangOf, formatDate, LANGUAGE_NAMES, STAFF_LANGS, type StaffLang } from '../lib/i18n';
import { PRIVACY_PATH } from '../privacy/notice';
import { privacyNote } from '../privacy/privacy.text';
import { Layout } from '../lib/render';
import type { AnswerProblem } from './answers';
import { maxLengthOf } from './answers';
import type { Construct, Question } from './bank.types';
import type { OpenSurvey } from './survey.service';
import { surveyText, type SurveyText } from './survey.text';
import { waveWords, type QuestionWords } from './translations';
import type { OpenTextWarning } from './warnings';
import { Contact } from './survey.status';

export interface SurveyPageProps {
  lang: StaffLang;
  /** A personal link's token: the form posts to `/s/<token>` and the language switch is a set of links. */
  token?: string;
  /**
   * A typed code (`/c`): it travels in the form body only, never in a URL, so it lands in no history or log. The form
   * posts to `/c/answers`, and the language switch is a form that shows the survey again in another language.
   */
  code?: string;
  open: OpenSurvey;
  /** What was sent, so a page shown again with errors keeps every answer. */
  values?: Record<string, unknown>;
  problems?: AnswerProblem[];
  /** Open answers that may identify someone: shown before anything is sent. */
  warnings?: OpenTextWarning[];
  /** The person has seen the warnings: the form carries `confirmed=1` so the next submit is stored. */
  confirmed?: boolean;
  /** "You said, we did" (actions/news.pages.tsx), shown below the introduction. */
  news?: ComponentChildren;
  /** Whom to ask about the survey (the admins' setting); a general pointer when empty. */
  contact?: string;
}

interface FieldProps {
  q: Question;
  words: QuestionWords;
  t: SurveyText;
  value: unknown;
  problem?: AnswerProblem;
  warning?: OpenTextWarning;
}

const errorId = (q: Question) => `e-${q.id}`;

const warningId = (q: Question) => `x-${q.id}`;

/** Consecutive questions of one construct and module share a fieldset. */
function groups(questions: readonly Question[]) {
  const out: { construct: Construct; module: Question['module']; questions: Question[] }[] = [];
  for (const q of questions) {
    const last = out[out.length - 1];
    if (last && last.construct === q.construct && last.module === q.module) last.questions.push(q);
    else out.push({ construct: q.construct, module: q.module, questions: [q] });
  }
  return out;
}

function ProblemText({ q, t, problem }: { q: Question; t: SurveyText; problem?: AnswerProblem }) {
  if (!problem) return null;
  return (
    <p class="item-error" id={errorId(q)}>
      {t.problems[problem.code](maxLengthOf(q))}
    </p>
  );
}

function ScaleField({ q, words, t, value, problem }: FieldProps) {
  const min = q.min ?? 1;
  const max = q.max ?? 5;
  const steps = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset class={problem ? 'item invalid' : 'item'} id={`q-${q.id}`} aria-describedby={problem ? errorId(q) : undefined}>
      <legend>{words.text}</legend>
      <ProblemText q={q} t={t} problem={problem} />
      <div class="scale">
        {steps.map((v) => (
          <label class="scale-option">
            <input type="radio" name={q.id} value={String(v)} checked={String(value) === String(v)} required={q.required} />
            <span class="scale-value">{v}</span>
            {v === min && words.anchors && <span class="scale-anchor">{words.anchors[0]}</span>}
            {v === max && words.anchors && <span class="scale-anchor">{words.anchors[1]}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ChoiceField({ q, words, t, value, problem }: FieldProps) {
  return (
    <fieldset class={problem ? 'item invalid' : 'item'} id={`q-${q.id}`} aria-describedby={problem ? errorId(q) : undefined}>
      <legend>{words.text}</legend>
      <ProblemText q={q} t={t} problem={problem} />
      <div class="choices">
        {(q.options ?? []).map((o) => (
          <label class="choice-option">
            <input type="radio" name={q.id} value={o.value} checked={value === o.value} required={q.required} />
            <span>{words.option(o.value)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TextField({ q, words, t, value, problem, warning }: FieldProps) {
  const max = maxLengthOf(q);
  const describedBy = [warning ? warningId(q) : '', `w-${q.id}`, `h-${q.id}`, problem ? errorId(q) : ''].filter(Boolean).join(' ');
  const classes = ['item', 'item-text', problem ? 'invalid' : '', warning ? 'flagged' : ''].filter(Boolean).join(' ');
  return (
    <div class={classes} id={`q-${q.id}`}>
      <label for={`f-${q.id}`}>{words.text}</label>
      {warning && (
        <p class="item-warning" id={warningId(q)}>
          {t.identifying.field(warning.findings)}
        </p>
      )}
      <p class="comment-warning" id={`w-${q.id}`}>
        {t.commentWarning}
      </p>
      <ProblemText q={q} t={t} problem={problem} />
      <textarea
        id={`f-${q.id}`}
        name={q.id}
        rows={5}
        maxLength={max}
        required={q.required}
        aria-describedby={describedBy}
        aria-invalid={problem ? 'true' : undefined}
        value={typeof value === 'string' ? value : ''}
      />
      <p class="hint" id={`h-${q.id}`}>
        {t.maxChars(max)}
      </p>
    </div>
  );
}

function Field(props: FieldProps) {
  if (props.q.kind === 'scale') return <ScaleField {...props} />;
  if (props.q.kind === 'choice') return <ChoiceField {...props} />;
  return <TextField {...props} />;
}

/**
 * DESIGN "Anonymity: the model" 1–6 in plain words, in full one tap away: closed, so that on a phone the first question
 * is on the first screen, and right above the questions, so nobody has to look for it.
 */
export function AnonymityPanel({ lang, k, kComments }: { lang: StaffLang; k: number; kComments: number }) {
  const a = surveyText[lang].anonymity;
  return (
    <details class="anonymity">
      <summary>{a.title}</summary>
      <ul>
        {a.points(k, kComments).map((p) => (
          <li>{p}</li>
        ))}
      </ul>
      {/* The page sends no referrer (Layout, secureHeaders), so the personal link never reaches /privacy. */}
      <p class="privacy-link">
        <a href={`${PRIVACY_PATH}?lang=${adminLangOf(lang)}`}>{privacyNote[lang].surveyLink}</a>
      </p>
    </details>
  );
}

/**
 * The survey a person answers: one form, no JavaScript, made for a phone. When open answers may identify someone the
 * page comes back with the answers kept, a warning beside each such answer and `confirmed=1`, so sending again stores.
 */
export function SurveyPage({ lang, token, code, open, values = {}, problems = [], warnings = [], confirmed = false, news, contact = '' }: SurveyPageProps) {
  const t = surveyText[lang];
  const { wave, questions } = open;
  const words = waveWords(wave, questions, lang);
  const byQuestion = new Map(problems.map((p) => [p.questionId, p]));
  const warningOf = new Map(warnings.map((w) => [w.questionId, w]));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const path = token !== undefined ? `/s/${encodeURIComponent(token)}` : '/c/answers';
  const languages = token !== undefined ? STAFF_LANGS.map((l) => ({ lang: l, href: `${path}?lang=${l}` })) : undefined;
  const answered = questions.filter((q) => q.kind !== 'text').length;
  const retrospective = wave.module === 'quarterly';
  return (
    <Layout lang={lang} title={t.title} languages={languages}>
      <div class="survey">
        {code !== undefined && <CodeLanguageForm lang={lang} code={code} />}
        <h1>{t.title}</h1>
        <p class="survey-intro">{retrospective ? t.introQuarterly(answered) : t.intro(answered)}</p>
        <p class="survey-meta">{t.closes(formatDate(lang, wave.closesAt))}</p>
        {news}
        {problems.length > 0 && (
          <div class="survey-errors" role="alert">
            <h2>{t.errorTitle}</h2>
            <p>{t.errorIntro}</p>
            <ul>
              {problems.map((p) => {
                const q = byId.get(p.questionId);
                const message = t.problems[p.code](q ? maxLengthOf(q) : 0);
                return (
                  <li>
                    {q ? (
                      <>
                        <a href={`#q-${q.id}`}>{words(q).text}</a>: {message}
                      </>
                    ) : (
                      message
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {warnings.length > 0 && (
          <div class="survey-warnings" role="alert">
            <h2>{t.identifying.title}</h2>
            <p>{t.identifying.intro}</p>
            <ul>
              {warnings.map((w) => (
                <li>
                  <a href={`#q-${w.questionId}`}>{byId.has(w.questionId) ? words(byId.get(w.questionId)!).text : ''}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <AnonymityPanel lang={lang} k={wave.k} kComments={wave.kComments} />
        <form method="post" action={`${path}?lang=${lang}`} class="survey-form">
          {code !== undefined && <input type="hidden" name="code" value={code} />}
          {(confirmed || warnings.length > 0) && <input type="hidden" name="confirmed" value="1" />}
          <p class="survey-note">{retrospective ? t.requiredNoteQuarterly : t.requiredNote}</p>
          {groups(questions).map((g) => (
            <fieldset class="construct">
              <legend>{g.module === 'quarterly' && g.construct === 'comment' ? t.retrospective : t.constructs[g.construct]}</legend>
              {g.questions.map((q) => (
                <Field q={q} words={words(q)} t={t} value={values[q.id]} problem={byQuestion.get(q.id)} warning={warningOf.get(q.id)} />
              ))}
            </fieldset>
          ))}
          <button type="submit" class="survey-submit">
            {warnings.length > 0 ? t.identifying.send : t.submit}
          </button>
        </form>
        <Contact lang={lang} contact={contact} />
      </div>
    </Layout>
  );
}

/**
 * The language switch of a survey opened by code: a form that posts the code back to `/c` with the chosen language
 * (a link would have to carry the code in its URL). It sits above the questions, before anything is answered.
 */
function CodeLanguageForm({ lang, code }: { lang: StaffLang; code: string }) {
  return (
    <form method="post" action="/c" class="lang-form">
      <input type="hidden" name="code" value={code} />
      <fieldset>
        <legend>{surveyText[lang].language}</legend>
        {STAFF_LANGS.map((l) => (
          <button type="submit" name="lang" value={l} lang={l} class={l === lang ? 'link current' : 'link'} aria-pressed={l === lang ? 'true' : 'false'}>
            {LANGUAGE_NAMES[l]}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
