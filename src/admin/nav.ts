import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { actionsText } from '../actions/actions.text';
import { adminText } from './admin.text';

/** The header links for a signed-in reader; leaders see only what they may use. */
export function adminNav(lang: Lang, viewer: Viewer) {
  const t = adminText[lang].nav;
  if (viewer.role === 'leader') return [{ href: '/results', label: t.results }, { href: '/actions', label: actionsText[lang].title }];
  return [
    { href: '/admin', label: t.home },
    { href: '/admin/staff', label: t.staff },
    { href: '/admin/people', label: t.people },
    { href: '/results', label: t.results },
    { href: '/actions', label: actionsText[lang].title },
    { href: '/admin/milestones', label: actionsText[lang].milestones.title },
    { href: '/admin/retrospectives', label: t.retrospectives },
    { href: '/admin/schedule', label: t.schedule },
    { href: '/outbox', label: t.outbox },
  ];
}
