import { Hono } from 'hono';
import { SignedInLayout } from '../layout/signed-in';
import { requirePageViewer } from '../auth/guard';
import type { Deps } from '../deps';
import { exportText } from '../export/export.text';
import type { AppEnv, Viewer } from '../lib/context';
import { LANGS, pickLang, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import { maxLengthOf } from '../survey/answers';
import type { Question } from '../survey/bank.types';
import { BANK } from '../survey/questions';
import { questionnaireText } from './questionnaire.text';

/** What an item measures, in the reader's words: construct and facet ("Sorgen · Sorge um den Arbeitsplatz"). */
function measureOf(lang: Lang, q: Question): string {
  const t = questionnaireText[lang];
  const facet = q.construct === 'comment' ? t.comments[q.id] : exportText[lang].measures[q.id];
  const construct = t.constructs[q.construct] ?? q.construct;
  return facet && facet !== construct ? `${construct} · ${facet.replace(/^[^:]+:\s*/, '')}` : construct;
}

/** How the item is answered, in one language. */
function answerOf(lang: Lang, in_: Lang, q: Question): string | string[] {
  const t = questionnaireText[lang];
  if (q.kind === 'scale') return t.scale(q.min ?? 1, q.max ?? 5, q.anchors?.[in_][0] ?? '', q.anchors?.[in_][1] ?? '');
  if (q.kind === 'choice') return (q.options ?? []).map((o) => o.label[in_]);
  return t.text(maxLengthOf(q));
}

function Item({ lang, q, n }: { lang: Lang; q: Question; n: number }) {
  const t = questionnaireText[lang];
  return (
    <article class="card item-preview" id={q.id}>
      <p class="hint">
        {n}. {t.measures}: <strong>{measureOf(lang, q)}</strong> <code>{q.id}</code>
        {q.reversed ? ` · ${t.reversed}` : ''}
        {!q.required ? ` · ${t.optional}` : ''}
      </p>
      <div class="both-languages">
        {LANGS.map((l) => {
          const answer = answerOf(lang, l, q);
          return (
            <div lang={l}>
              <p class="hint">{l === 'de' ? t.german : t.english}</p>
              <p class="item-text">{q.text[l]}</p>
              {Array.isArray(answer) ? (
                <ol class="options">
                  {answer.map((a) => (
                    <li>{a}</li>
                  ))}
                </ol>
              ) : (
                <p class="hint">{answer}</p>
              )}
            </div>
          );
        })}
      </div>
    </article>
  );
}

function QuestionnairePage({ lang, viewer }: { lang: Lang; viewer: Viewer }) {
  const t = questionnaireText[lang];
  let n = 0;
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/questionnaire">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p class="notice" data-testid="bank-version">
        {t.bank(BANK.version)}
      </p>
      {(['pulse', 'quarterly'] as const).map((module) => (
        <section>
          <h2>{t.modules[module]}</h2>
          <p class="hint">{t.modulesIntro[module]}</p>
          {BANK.questions
            .filter((q) => q.module === module)
            .map((q) => (
              <Item lang={lang} q={q} n={++n} />
            ))}
        </section>
      ))}
      <p>
        <a href="/admin/agreement">{t.annexLink}</a>
      </p>
    </SignedInLayout>
  );
}

/** `/admin/questionnaire`: the questions as staff read them, for admins and the works council. */
export function questionnaireRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/admin/questionnaire', requirePageViewer(deps, ['admin', 'council']), (c) =>
    c.html(html(<QuestionnairePage lang={pickLang(c)} viewer={c.get('viewer')} />)),
  );
  return app;
}
