import { Hono } from 'hono';
import { SignedInLayout } from '../layout/signed-in';
import { requirePageViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv, Viewer } from '../lib/context';
import { pickLang, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import { glossary, TERMS } from './glossary.text';

/** The terms as a definition list: the glossary page, and the report's last section. */
export function GlossaryList({ lang }: { lang: Lang }) {
  const g = glossary[lang];
  return (
    <dl class="glossary">
      {TERMS.map((id) => (
        <>
          <dt id={`term-${id}`}>{g.terms[id].term}</dt>
          <dd>{g.terms[id].means}</dd>
        </>
      ))}
    </dl>
  );
}

function GlossaryPage({ lang, viewer }: { lang: Lang; viewer: Viewer }) {
  const g = glossary[lang];
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={g.title} path="/glossary">
      <h1>{g.title}</h1>
      <p>{g.intro}</p>
      <GlossaryList lang={lang} />
    </SignedInLayout>
  );
}

/** `/glossary`: for everyone who signs in (leaders read results with these words). */
export function glossaryRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/glossary', requirePageViewer(deps, ['admin', 'leader', 'council']), (c) =>
    c.html(html(<GlossaryPage lang={pickLang(c)} viewer={c.get('viewer')} />)),
  );
  return app;
}
