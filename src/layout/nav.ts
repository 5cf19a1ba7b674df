import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { actionsText } from '../actions/actions.text';
import { navText } from './layout.text';

/** Where a person lands after signing in: leaders on their results, the works council on what waits for approval. */
export const homeOf = (role: Viewer['role']) => ({ admin: '/admin', leader: '/results', council: '/admin/approvals' })[role];

/** The header links for a signed-in reader; leaders and the works council see only what they may use. */
export function signedInNav(lang: Lang, viewer: Viewer) {
  const t = navText[lang];
  if (viewer.role === 'leader') return [{ href: '/results', label: t.results }, { href: '/actions', label: actionsText[lang].title }, { href: '/glossary', label: t.glossary }];
  if (viewer.role === 'council') {
    return [
      { href: '/admin/approvals', label: t.approvals },
      { href: '/results', label: t.results },
      { href: '/admin/settings', label: t.settings },
      { href: '/admin/audit', label: t.audit },
      { href: '/admin/questionnaire', label: t.questionnaire },
      { href: '/admin/agreement', label: t.agreement },
    ];
  }
  return [
    { href: '/admin', label: t.home },
    { href: '/admin/staff', label: t.staff },
    { href: '/admin/people', label: t.people },
    { href: '/results', label: t.results },
    { href: '/actions', label: actionsText[lang].title },
    { href: '/admin/milestones', label: actionsText[lang].milestones.title },
    { href: '/admin/retrospectives', label: t.retrospectives },
    { href: '/admin/schedule', label: t.schedule },
    { href: '/admin/questionnaire', label: t.questionnaire },
    { href: '/admin/settings', label: t.settings },
    { href: '/admin/approvals', label: t.approvals },
    { href: '/admin/audit', label: t.audit },
    { href: '/admin/agreement', label: t.agreement },
    { href: '/outbox', label: t.outbox },
  ];
}
