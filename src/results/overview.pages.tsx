import type { ComponentChildren } from 'preact';
import type { Lang } from '../lib/i18n';
import { Change, ScoreText, Suppressed, fmt, longDate, pct, reasonOf } from './cells';
import { adoption, type ResultsPageData } from './page-data';
import { pagesText } from './pages.text';
import type { Score, WaveOutcome } from './results.service';

/** The latest figures of one team's subtree: the headline scores, participation, and the facets as bars. */
export function Overview({ lang, data }: { lang: Lang; data: ResultsPageData }) {
  const t = pagesText[lang];
  const { latest, latestPublished: shown } = data;
  if (!latest) return null;
  return (
    <section aria-labelledby="key-figures">
      <h2 id="key-figures">{t.keyFigures}</h2>
      <p>{t.latest(latest.title, longDate(lang, latest.closedAt))}</p>
      {!latest.published && shown && (
        <p class="notice suppressed-note">{t.latestSuppressed(latest.title, reasonOf(lang, latest), shown.title)}</p>
      )}
      {!shown && <p class="notice suppressed-note">{t.nothingPublished}</p>}
      {shown && <KeyFigures lang={lang} wave={shown} />}
      {shown && <Facets lang={lang} wave={shown} />}
    </section>
  );
}

function KeyFigures({ lang, wave }: { lang: Lang; wave: WaveOutcome }) {
  const t = pagesText[lang];
  const s = wave.scores ?? {};
  const adopters = adoption(wave);
  return (
    <dl class="figures">
      {(['trust', 'fear', 'gap'] as const).map((m) => (
        <Figure label={t.metric[m]}>{s[m] ? <Valued lang={lang} score={s[m]} /> : <Missing lang={lang} wave={wave} />}</Figure>
      ))}
      <Figure label={t.metric.adoption}>
        {adopters ? <ScoreText lang={lang} score={adopters} percent /> : <Missing lang={lang} wave={wave} />}
      </Figure>
      <Figure label={t.humanGap}>{s['gap.human'] ? <ScoreText lang={lang} score={s['gap.human']} /> : <Missing lang={lang} wave={wave} />}</Figure>
      <Figure label={t.systemGap}>{s['gap.system'] ? <ScoreText lang={lang} score={s['gap.system']} /> : <Missing lang={lang} wave={wave} />}</Figure>
      <Figure label={t.respondents}>
        <strong>{fmt(lang, wave.respondents ?? 0)}</strong>
      </Figure>
      <Figure label={t.responseRate}>
        {wave.responseRate !== undefined ? (
          <>
            <strong>{pct(lang, wave.responseRate * 100)}</strong>{' '}
            <small>({t.ofInvited(fmt(lang, wave.respondents ?? 0), fmt(lang, wave.invited ?? 0))})</small>
          </>
        ) : (
          <Suppressed lang={lang} inline reason={reasonOf(lang, { reason: 'no-data', k: wave.k })} />
        )}
      </Figure>
    </dl>
  );
}

function Figure({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="figure">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Valued({ lang, score }: { lang: Lang; score: Score }) {
  return (
    <>
      <ScoreText lang={lang} score={score} /> <Change lang={lang} score={score} />
    </>
  );
}

/** A measure nobody in a published view answered (an optional item): said so, never a zero. */
const Missing = ({ lang, wave }: { lang: Lang; wave: WaveOutcome }) => (
  <Suppressed lang={lang} inline reason={reasonOf(lang, { reason: 'no-data', k: wave.k })} />
);

const FACETS = {
  trust: ['trust.safety', 'trust.rules', 'trust.transparency', 'trust.sharing', 'trust.support'],
  fear: ['fear.job', 'fear.behind', 'fear.gaps', 'fear.pressure', 'fear.mistakes'],
  gap: ['gap.potential', 'gap.use', 'gap.human', 'gap.system'],
} as const;

function Facets({ lang, wave }: { lang: Lang; wave: WaveOutcome }) {
  const t = pagesText[lang];
  return (
    <>
      <h3>{t.facets}</h3>
      <p class="hint">{t.facetsIntro(wave.title)}</p>
      <div class="facets">
        {(Object.keys(FACETS) as (keyof typeof FACETS)[]).map((group) => (
          <div class="facet-group">
            <h4>{t.metric[group]}</h4>
            <ul class="bars">
              {FACETS[group].map((m) => {
                const score = wave.scores?.[m];
                return (
                  <li>
                    <span class="bar-label">{t.facetNames[m]}</span>
                    {score ? <Bar lang={lang} score={score} /> : <Missing lang={lang} wave={wave} />}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </>
  );
}

/**
 * A 0–100 bar with its interval as a thin line; the numbers next to it carry the meaning, the bar only shows it.
 * The lengths are `width` attributes of empty SVG boxes, not `style` attributes: the Content-Security-Policy refuses
 * inline styles, and an outer `<svg>`'s width is a presentation attribute that CSS then lays out like any box.
 */
function Bar({ lang, score }: { lang: Lang; score: Score }) {
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  return (
    <span class="bar-row">
      <span class="bar-track" aria-hidden="true">
        <svg class="bar-fill" width={`${clamp(score.value)}%`} height="100%" />
        <span class="bar-ci-row">
          <svg class="bar-ci-lead" width={`${clamp(score.low)}%`} height="100%" />
          <svg class="bar-ci" width={`${clamp(score.high) - clamp(score.low)}%`} height="100%" />
        </span>
      </span>
      <span class="bar-value">
        <ScoreText lang={lang} score={score} />
      </span>
    </span>
  );
}
