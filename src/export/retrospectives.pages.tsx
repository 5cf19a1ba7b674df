import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import type { Lang, Texts } from '../lib/i18n';
import type { QuarterlyModuleSetting } from '../waves/module';
import { exportPath, reportPath } from './report.pages';

const text: Texts<{
  title: string;
  intro: string;
  none: string;
  cols: { quarter: string; waves: string; report: string; data: string };
  report: string;
  setting: { title: string; intro: string; first: string; off: string; save: string; saved: string };
}> = {
  de: {
    title: 'Quartalsrückblicke',
    intro: 'Ein Rückblick fasst alle abgeschlossenen Wellen eines Quartals zusammen: als druckbarer Bericht (A4) und als Daten.',
    none: 'Noch ist keine Welle abgeschlossen.',
    cols: { quarter: 'Quartal', waves: 'Wellen', report: 'Bericht', data: 'Daten' },
    report: 'Bericht öffnen',
    setting: {
      title: 'Quartalsrückblick in der Befragung',
      intro: 'Wellen ohne ausdrückliche Wahl (der Rhythmus, die Voreinstellung beim Starten) fragen zusätzlich Reifegrad, gesparte Zeit und drei offene Fragen:',
      first: 'in der ersten Welle jedes Quartals',
      off: 'nie (nur wenn beim Starten ausdrücklich gewählt)',
      save: 'Speichern',
      saved: 'Gespeichert.',
    },
  },
  en: {
    title: 'Quarterly retrospectives',
    intro: 'A retrospective sums up every closed wave of a quarter: as a printable report (A4) and as data.',
    none: 'No wave has closed yet.',
    cols: { quarter: 'Quarter', waves: 'Waves', report: 'Report', data: 'Data' },
    report: 'Open report',
    setting: {
      title: 'Retrospective in the survey',
      intro: 'Waves without an explicit choice (the cadence, the default when starting one) also ask about maturity, time saved and three open questions:',
      first: 'in the first wave of each quarter',
      off: 'never (only when chosen explicitly when starting a wave)',
      save: 'Save',
      saved: 'Saved.',
    },
  },
};

/** The admin's list of quarters with closed waves: the report, the CSV in both flavours and the JSON of each. */
export function RetrospectivesPage(props: {
  lang: Lang;
  viewer: Viewer;
  quarters: { quarter: string; waves: number }[];
  setting: QuarterlyModuleSetting;
  saved?: boolean;
}) {
  const { lang, viewer } = props;
  const t = text[lang];
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/retrospectives">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {props.quarters.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t.cols.quarter}</th>
              <th scope="col" class="num">{t.cols.waves}</th>
              <th scope="col">{t.cols.report}</th>
              <th scope="col">{t.cols.data}</th>
            </tr>
          </thead>
          <tbody>
            {props.quarters.map(({ quarter, waves }) => (
              <tr>
                <th scope="row">{quarter}</th>
                <td class="num">{waves}</td>
                <td>
                  <a href={`${reportPath(quarter)}?lang=${lang}`}>{t.report}</a>
                </td>
                <td>
                  <a href={exportPath(quarter, 'csv', 'de')}>CSV (de)</a> · <a href={exportPath(quarter, 'csv', 'en')}>CSV (en)</a> ·{' '}
                  <a href={exportPath(quarter, 'json', lang)}>JSON</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section class="card">
        <h2>{t.setting.title}</h2>
        {props.saved && <p class="notice ok">{t.setting.saved}</p>}
        <form method="post" action="/admin/retrospectives/setting" class="stack">
          <input type="hidden" name="_csrf" value={viewer.csrf} />
          <fieldset>
            <legend>{t.setting.intro}</legend>
            <label>
              <input type="radio" name="quarterlyModule" value="first-of-quarter" checked={props.setting === 'first-of-quarter'} /> {t.setting.first}
            </label>
            <br />
            <label>
              <input type="radio" name="quarterlyModule" value="off" checked={props.setting === 'off'} /> {t.setting.off}
            </label>
          </fieldset>
          <button type="submit">{t.setting.save}</button>
        </form>
      </section>
    </SignedInLayout>
  );
}
