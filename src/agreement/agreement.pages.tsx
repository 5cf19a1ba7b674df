import { SignedInLayout } from '../layout/signed-in';
import type { Verification } from '../audit/audit.service';
import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import type { Settings } from '../settings/fields';
import { questionById } from '../survey/questions';
import type { Annex } from './agreement.service';
import { agreementText } from './agreement.text';
import { measures, rules } from './content';

export interface AgreementPageProps {
  lang: Lang;
  viewer: Viewer;
  annex: Annex;
  settings: Settings;
  audit: Verification;
}

export const agreementPage = (props: AgreementPageProps) => html(<AgreementPage {...props} />);

const day = (lang: Lang, iso: string) =>
  formatDate(lang, Date.parse(iso), 'longTime');

/** The annex as a printable A4 document: numbered sections, the question catalogue with hashes, signature lines. */
function AgreementPage({ lang, viewer, annex, settings, audit }: AgreementPageProps) {
  const t = agreementText[lang];
  const p = settings.privacy;
  const modules = (['pulse', 'quarterly'] as const).map((m) => ({ module: m, items: annex.questions.filter((q) => questionById(q.id)?.module === m) }));
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/agreement">
      <article class="annex" lang={lang}>
        <nav class="annex-tools no-print" aria-label={t.title}>
          <p>{t.print}</p>
          <p>
            <a href="/api/v1/agreement">{t.json}</a>
          </p>
        </nav>
        <header class="annex-title" data-section="title">
          <p class="company">{p.controllerName}</p>
          <h1>{t.title}</h1>
          <p class="subtitle">{t.subtitle}</p>
          <p>{t.generated(day(lang, annex.generatedAt))}</p>
          <p>{t.version(annex.version)}</p>
          <p class="hash">
            {t.annexHash}: <code data-testid="annex-hash">{annex.hash}</code>
          </p>
        </header>

        <section data-section="purpose">
          <h2>{t.sections.purpose}</h2>
          <dl class="facts">
            <dt>{t.controller}</dt>
            <dd>
              {p.controllerName}
              {p.controllerAddress && `, ${p.controllerAddress.replace(/\n/g, ', ')}`}
            </dd>
            <dt>{t.dpo}</dt>
            <dd>{p.dpoContact || t.dpoMissing}</dd>
            <dt>{t.purpose}</dt>
            <dd>{p.purpose[lang]}</dd>
            <dt>{t.legalBasis}</dt>
            <dd>{p.legalBasis[lang]}</dd>
          </dl>
        </section>

        <section data-section="data">
          <h2>{t.sections.data}</h2>
          <ul>
            {annex.dataCategories.map((c) => (
              <li>{c.text[lang]}</li>
            ))}
          </ul>
          <h2>{t.sections.notStored}</h2>
          <ul>
            {annex.notStored.map((c) => (
              <li>{c.text[lang]}</li>
            ))}
          </ul>
        </section>

        <section data-section="roles">
          <h2>{t.sections.roles}</h2>
          <dl class="roles">
            {annex.roles.map((r) => (
              <>
                <dt>{t.roleNames[r.role]}</dt>
                <dd>{r.sees[lang]}</dd>
              </>
            ))}
          </dl>
        </section>

        <section data-section="rules">
          <h2>{t.sections.rules}</h2>
          <ul data-testid="rules">
            {rules[lang](annex.k, annex.kComments).map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </section>

        <section data-section="retention">
          <h2>{t.sections.retention}</h2>
          <ul data-testid="retention">
            <li>{t.retentionItems.comments(annex.retention.commentsMonths)}</li>
            <li>{t.retentionItems.results(annex.retention.resultsYears)}</li>
            <li>{t.retentionItems.staff(annex.retention.inactiveStaffMonths)}</li>
          </ul>
          <p>{t.retentionNote}</p>
        </section>

        <section data-section="measures">
          <h2>{t.sections.measures}</h2>
          <ul>
            {measures[lang].map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </section>

        <section data-section="questions" class="annex-questions">
          <h2>{t.sections.questions}</h2>
          <p>{t.bank(annex.questions[0]?.bankVersion ?? '')}</p>
          <p class="hint">{t.hashNote}</p>
          <p class="hint" data-testid="translations">
            {t.translations(Object.values(annex.questions[0]?.translations ?? {}).map((x) => x.version).join(', '))}
          </p>
          {modules.map(({ module, items }) => (
            <table class="data questions">
              <caption>{t.modules[module]}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.questionCols.id}</th>
                  <th scope="col">{t.questionCols.text}</th>
                  <th scope="col">{t.questionCols.hash}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((q) => (
                  <tr data-question={q.id}>
                    <td class="id">{q.id}</td>
                    <td>{q.text[lang]}</td>
                    <td class="hash">
                      <code>{q.hash}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>

        <section data-section="audit">
          <h2>{t.sections.audit}</h2>
          <p data-testid="audit-state" class={audit.ok ? 'ok' : 'broken'}>
            {audit.ok ? t.auditOk(audit.entries) : t.auditBroken(audit.brokenAt!)}
          </p>
          <p class="hash">
            {t.auditHead}: <code>{audit.head}</code>
          </p>
        </section>

        <section data-section="signatures" class="signatures">
          <h2>{t.sections.signatures}</h2>
          <div class="sign-lines">
            <div>
              <p class="line">{t.placeDate}</p>
              <p class="line">{t.signEmployer}</p>
            </div>
            <div>
              <p class="line">{t.placeDate}</p>
              <p class="line">{t.signCouncil}</p>
            </div>
          </div>
        </section>
      </article>
    </SignedInLayout>
  );
}
