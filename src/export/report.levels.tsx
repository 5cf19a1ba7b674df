import type { Lang } from '../lib/i18n';
import { exportText } from './export.text';
import { DIMENSIONS } from './measures';
import { isWithheld, type ViewModel } from './model';
import { MiniLevels } from './report.charts';
import { reportText } from './report.text';
import { viewLabel } from './summary';

/** Dimension names with soft hyphens for the narrow column heads. */
const HYPHENATED: Record<string, string> = {
  Selbstständigkeit: 'Selbst\u00adständig\u00adkeit',
  Anwendungsbreite: 'Anwendungs\u00adbreite',
  Wissensteilung: 'Wissens\u00adteilung',
  'Tool-Kenntnisse': 'Tool-Kennt\u00adnisse',
  Independence: 'Indepen\u00addence',
};

/** The maturity distributions rule 4 allows, one row per group, one small stacked bar per dimension; "–" elsewhere. */
export function LevelTable({ lang, views }: { lang: Lang; views: readonly ViewModel[] }) {
  const x = exportText[lang];
  const t = reportText[lang];
  return (
    <div class="levels-block">
      <p class="level-legend">
        {[1, 2, 3].map((l) => (
          <span>
            {/* A class, not a style attribute: the Content-Security-Policy refuses inline styles. */}
            <span class={`swatch level-${l}`} /> {x.level(l)}
          </span>
        ))}
      </p>
      <table class="data levels">
        <thead>
          <tr>
            <th scope="col">{t.teams.team}</th>
            {DIMENSIONS.map((d) => (
              <th scope="col">{HYPHENATED[x.dimensions[d]] ?? x.dimensions[d]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {views.map((v) => (
            <tr>
              <th scope="row">{viewLabel(lang, v).replace(/\//g, '/\u200b')}</th>
              {DIMENSIONS.map((d) => {
                const levels = v.kpis.maturity[d].levels;
                return isWithheld(levels) ? (
                  <td class="withheld" title={levels.reasonText}>
                    –
                  </td>
                ) : (
                  <td>
                    <MiniLevels lang={lang} dist={levels} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint footnote">{t.charts.levelsNote}</p>
    </div>
  );
}
