import { kindOf } from '../actions/catalogue';
import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { pagesText } from '../results/pages.text';
import { guideText, questionsFor, topicOf } from './guide.text';
import type { PresentedInsight } from './insights.service';
import { insightsText } from './insights.text';

/** What a measure family means on its scale (the results page's own explanation), where there is one. */
function scaleOf(lang: Lang, measure: string): string | undefined {
  const family = measure.split('.')[0];
  return family === 'trust' || family === 'fear' || family === 'gap' ? pagesText[lang].about[family] : undefined;
}

/**
 * The printable one-page guide for a team meeting about one finding: the number and what it means, three open
 * questions, the catalogue actions that fit, and how to talk about it without looking for who answered what.
 */
export function GuidePage(props: { lang: Lang; viewer: Viewer; path: string; wave: { title: string; k: number }; finding: PresentedInsight }) {
  const { lang, viewer, wave, finding } = props;
  const t = guideText[lang];
  const area = finding.team.isCompany ? insightsText[lang].company : finding.team.name;
  const actions = finding.suggestedActions.map((id) => kindOf(id)).filter((k) => k !== undefined);
  const scale = scaleOf(lang, finding.measures[0]);
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={`${t.title}: ${finding.title}`} path={props.path}>
      <article class="guide">
        <p class="no-print hint">
          <a href={`/results?team=${encodeURIComponent(finding.team.id)}`}>{t.back}</a> · {t.print}
        </p>
        <p class="meta">{t.title}</p>
        <h1>{finding.title}</h1>
        <p class="meta">{t.meta(area, wave.title)}</p>
        <p class="numbers">{finding.text}</p>

        <h2>{t.meaning}</h2>
        <p>{t.kinds[finding.kind]}</p>
        {scale && <p class="hint">{scale}</p>}

        <h2>{t.questions}</h2>
        <ol class="questions">
          {questionsFor(lang, topicOf(finding)).map((q) => (
            <li>{q}</li>
          ))}
        </ol>

        <h2>{t.fit}</h2>
        {actions.length === 0 ? (
          <p>{t.noFit}</p>
        ) : (
          <div class="fit">
            {actions.map((a) => (
              <>
                <h3>{a.title[lang]}</h3>
                <p>{a.description[lang]}</p>
              </>
            ))}
          </div>
        )}

        <h2>{t.conversation}</h2>
        <ul>
          {t.conversationTips.map((tip) => (
            <li>{tip}</li>
          ))}
        </ul>
        <p class="note">{t.anonymity(wave.k)}</p>
      </article>
    </SignedInLayout>
  );
}
