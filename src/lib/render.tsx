import type { ComponentChildren, VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { LANGUAGE_NAMES, type StaffLang } from './i18n';

/** Serialises a page with its doctype. */
export const html = (node: VNode) => '<!doctype html>' + render(node);

export interface LayoutProps {
  lang: StaffLang;
  title: string;
  children: ComponentChildren;
  /** Links shown in the header for signed-in readers. */
  nav?: { href: string; label: string }[];
  /** The other language's URL, for the switch. */
  switchHref?: string;
  /** Staff pages: a link per staff language (the current one is marked, not linked). */
  languages?: { lang: StaffLang; href: string }[];
}

/** The one page frame: readable on a phone, no JavaScript needed, printable. */
export function Layout({ lang, title, children, nav, switchHref, languages }: LayoutProps) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · Puls`}</title>
        <link rel="stylesheet" href="/static/puls.css" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">
            Puls
          </a>
          {nav && (
            <nav aria-label={lang === 'de' ? 'Hauptnavigation' : 'Main navigation'}>
              {nav.map((n) => (
                <a href={n.href}>{n.label}</a>
              ))}
            </nav>
          )}
          {switchHref && (
            <a class="lang-switch" href={switchHref} hreflang={lang === 'de' ? 'en' : 'de'}>
              {lang === 'de' ? 'English' : 'Deutsch'}
            </a>
          )}
          {languages && <LanguageList lang={lang} languages={languages} />}
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

/** The staff language switch: each language in its own name, so a reader finds theirs whatever the page shows. */
function LanguageList({ lang, languages }: { lang: StaffLang; languages: { lang: StaffLang; href: string }[] }) {
  return (
    <nav class="lang-list" aria-label="Sprache · Language · Dil · Język · Язык · Мова">
      <ul>
        {languages.map((l) => (
          <li>
            {l.lang === lang ? (
              <span aria-current="true" lang={l.lang}>
                {LANGUAGE_NAMES[l.lang]}
              </span>
            ) : (
              <a href={l.href} hreflang={l.lang} lang={l.lang}>
                {LANGUAGE_NAMES[l.lang]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
