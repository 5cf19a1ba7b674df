import { kindOf } from '../actions/catalogue';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { present, type Insights, type PresentedInsight } from './insights.service';
import { insightsText } from './insights.text';

/** Findings shown before "more"; the rest fold away. */
export const SHOWN_FINDINGS = 3;

const withLang = (href: string, lang: Lang, keepLang: boolean) => {
  if (!keepLang) return href;
  const [path, hash] = href.split('#');
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}${hash ? `#${hash}` : ''}`;
};

/** One finding: what it says, the actions that aim at it, and where to go from here. */
export function FindingCard({ lang, finding, canAct, keepLang, heading = 'h3' }: { lang: Lang; finding: PresentedInsight; canAct: boolean; keepLang: boolean; heading?: 'h3' | 'h4' }) {
  const t = insightsText[lang];
  const H = heading;
  const actions = finding.suggestedActions.map((id) => ({ id, title: kindOf(id)?.title[lang] ?? id }));
  return (
    <article class={`finding ${finding.tone}`} data-kind={finding.kind}>
      <H>{finding.title}</H>
      <p>{finding.text}</p>
      {actions.length > 0 && (
        <p class="suggested">
          <span>{t.suggested}: </span>
          {actions.map((a, i) => (
            <>
              {i > 0 && ', '}
              {canAct ? (
                <a href={withLang(`/actions?team=${encodeURIComponent(finding.team.id)}&kind=${encodeURIComponent(a.id)}&targets=${encodeURIComponent(finding.measures[0])}#add`, lang, keepLang)}>{a.title}</a>
              ) : (
                a.title
              )}
            </>
          ))}
        </p>
      )}
      <p class="finding-links">
        <a href={withLang(finding.links.chart, lang, keepLang)}>{t.chart}</a>
        {canAct && finding.links.action && (
          <>
            {' · '}
            <a href={withLang(finding.links.action, lang, keepLang)}>{t.logAction}</a>
          </>
        )}
        {' · '}
        <a href={withLang(finding.links.guide, lang, keepLang)}>{t.guide}</a>
      </p>
    </article>
  );
}

/**
 * The leader's first section: what the latest wave shows for their subtree, most important first. Says why when
 * there is nothing: the team's view suppressed, or nothing beyond the uncertainty.
 */
export function FindingsSection({ lang, viewer, insights, keepLang }: { lang: Lang; viewer: Viewer; insights: Insights; keepLang: boolean }) {
  const t = insightsText[lang];
  if (!insights.wave) return null;
  const all = insights.findings.map((i) => present(lang, insights.wave!.id, i));
  const canAct = viewer.role !== 'council';
  const shown = all.slice(0, SHOWN_FINDINGS);
  const rest = all.slice(SHOWN_FINDINGS);
  const empty = !insights.computed ? t.notYet : insights.view && !insights.view.published ? t.noneSuppressed : t.none;
  return (
    <section class="findings" aria-labelledby="findings">
      <h2 id="findings">{t.title}</h2>
      <p class="hint">{t.intro(insights.wave.title)}</p>
      {all.length === 0 ? <p class="notice">{empty}</p> : shown.map((f) => <FindingCard lang={lang} finding={f} canAct={canAct} keepLang={keepLang} />)}
      {rest.length > 0 && (
        <details class="more-findings">
          <summary>{t.more(rest.length)}</summary>
          {rest.map((f) => (
            <FindingCard lang={lang} finding={f} canAct={canAct} keepLang={keepLang} />
          ))}
        </details>
      )}
    </section>
  );
}
