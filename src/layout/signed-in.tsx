import type { ComponentChildren } from 'preact';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { Layout } from '../lib/render';
import { navText } from './layout.text';
import { signedInNav } from './nav';

/** The frame of every signed-in page: navigation, language switch (keeping the path's query), sign-out. */
export function SignedInLayout(props: { lang: Lang; viewer: Viewer; title: string; path: string; children: ComponentChildren }) {
  const other = props.lang === 'de' ? 'en' : 'de';
  const switchHref = `${props.path}${props.path.includes('?') ? '&' : '?'}lang=${other}`;
  return (
    <Layout lang={props.lang} title={props.title} nav={signedInNav(props.lang, props.viewer)} switchHref={switchHref}>
      {props.children}
      <form method="post" action="/logout" class="signout">
        <input type="hidden" name="_csrf" value={props.viewer.csrf} />
        <button type="submit" class="link">
          {navText[props.lang].signOut}
        </button>
      </form>
    </Layout>
  );
}

/**
 * The answer to "are you sure?": a form that does it (a red button) and a way back. The question itself is the
 * page's; destructive actions ask on a page of their own, without a script.
 */
export function ConfirmForm(props: { viewer: Viewer; action: string; yes: string; cancelHref: string; cancel: string }) {
  return (
    <form method="post" action={props.action} class="actions">
      <input type="hidden" name="_csrf" value={props.viewer.csrf} />
      <button type="submit" class="danger">
        {props.yes}
      </button>
      <a href={props.cancelHref}>{props.cancel}</a>
    </form>
  );
}
