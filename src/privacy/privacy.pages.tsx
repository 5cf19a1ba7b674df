import type { Lang } from '../lib/i18n';
import { Layout } from '../lib/render';
import type { Settings } from '../settings/fields';
import { privacyText } from './privacy.text';

/** Multi-line settings (an address) keep their lines. */
const Lines = ({ text }: { text: string }) => (
  <>
    {text.split('\n').map((line, i) => (
      <>
        {i > 0 && <br />}
        {line}
      </>
    ))}
  </>
);

/** The public Art. 13 notice, linked from every survey mail and the survey page. */
export function PrivacyPage({ lang, settings }: { lang: Lang; settings: Settings }) {
  const t = privacyText[lang];
  const p = settings.privacy;
  const list = (items: string[]) => (
    <ul>
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
  return (
    <Layout lang={lang} title={t.title} switchHref={`/privacy?lang=${lang === 'de' ? 'en' : 'de'}`}>
      <article class="privacy">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <h2>{t.controller}</h2>
        <p data-testid="controller">
          <strong>{p.controllerName}</strong>
          {p.controllerAddress && (
            <>
              <br />
              <Lines text={p.controllerAddress} />
            </>
          )}
        </p>
        <h2>{t.dpo}</h2>
        <p data-testid="dpo">{p.dpoContact ? <Lines text={p.dpoContact} /> : t.dpoMissing}</p>
        <h2>{t.purpose}</h2>
        <p data-testid="purpose">{p.purpose[lang]}</p>
        <h2>{t.legalBasis}</h2>
        <p data-testid="legal-basis">{p.legalBasis[lang]}</p>
        <h2>{t.data}</h2>
        {list(t.dataPoints(settings.k, settings.kComments))}
        <h2>{t.recipients}</h2>
        {list(t.recipientPoints(settings.k))}
        <h2>{t.retention}</h2>
        <div data-testid="retention">{list(t.retentionPoints(settings.retention))}</div>
        <h2>{t.rights}</h2>
        <p>{t.rightsText}</p>
        <p>{t.rightsAnonymous}</p>
        <h2>{t.voluntary}</h2>
        <p>{t.voluntaryText}</p>
      </article>
    </Layout>
  );
}
