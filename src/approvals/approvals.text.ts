import type { Lang, Texts } from '../lib/i18n';
import { fieldLabels, formatValue } from '../settings/settings.text';
import type { ChangePayload } from './pending';

export const approvalsText: Texts<{
  title: string;
  intro: string;
  none: string;
  decidedTitle: string;
  requested: (who: string, when: string) => string;
  decided: (status: 'approved' | 'rejected', who: string, when: string) => string;
  approve: string;
  reject: string;
  withdraw: string;
  yours: string;
  tokenCannot: string;
  done: { approved: string; rejected: string };
  adminToken: string;
  scheduler: string;
  roles: { admin: string; council: string; 'council-removal': string };
  errors: Record<'forbidden' | 'conflict' | 'gone', string>;
}> = {
  de: {
    title: 'Freigaben',
    intro:
      'Änderungen, die den Schutz der Befragten senken oder ändern, wer freigeben darf, gelten erst, wenn eine zweite Person zustimmt: eine andere Administratorin, ein anderer Administrator oder ein Mitglied des Betriebsrats. Jede Entscheidung steht im Protokoll.',
    none: 'Zurzeit wartet keine Änderung auf Freigabe.',
    decidedTitle: 'Zuletzt entschieden',
    requested: (who, when) => `Beantragt von ${who} am ${when}`,
    decided: (status, who, when) => `${status === 'approved' ? 'Freigegeben' : 'Abgelehnt'} von ${who} am ${when}`,
    approve: 'Freigeben',
    reject: 'Ablehnen',
    withdraw: 'Zurückziehen',
    yours: 'Sie haben diese Änderung beantragt; freigeben muss sie eine zweite Person.',
    tokenCannot: 'Mit dem Admin-Token lässt sich nichts freigeben. Bitte melden Sie sich mit Ihrem persönlichen Anmeldelink an.',
    done: { approved: 'Die Änderung ist freigegeben und gilt jetzt. Wer dadurch Zugang erhält, bekommt eine Willkommens-E-Mail mit Anmeldelink.', rejected: 'Die Änderung ist abgelehnt.' },
    adminToken: 'Admin-Token',
    scheduler: 'Zeitplan',
    roles: {
      admin: 'Neue Administratorin/neuer Administrator',
      council: 'Neues Mitglied des Betriebsrats',
      'council-removal': 'Mitglied des Betriebsrats entfernen',
    },
    errors: {
      forbidden: 'Diese Änderung können Sie nicht freigeben: Wer sie beantragt hat, braucht eine zweite Person.',
      conflict: 'Diese Änderung ist schon entschieden, oder die Einstellung hat sich seit dem Antrag geändert. Bitte lehnen Sie sie ab und beantragen Sie sie neu.',
      gone: 'Diese Änderung gibt es nicht.',
    },
  },
  en: {
    title: 'Approvals',
    intro:
      'Changes that lower the protection of respondents, or change who may approve, apply only once a second person agrees: another administrator or a member of the works council. Every decision is in the audit log.',
    none: 'No change is waiting for approval.',
    decidedTitle: 'Recently decided',
    requested: (who, when) => `Requested by ${who} on ${when}`,
    decided: (status, who, when) => `${status === 'approved' ? 'Approved' : 'Rejected'} by ${who} on ${when}`,
    approve: 'Approve',
    reject: 'Reject',
    withdraw: 'Withdraw',
    yours: 'You asked for this change; a second person must approve it.',
    tokenCannot: 'Nothing can be approved with the admin token. Please sign in with your personal sign-in link.',
    done: { approved: 'The change is approved and applies now. Whoever gets access by it receives a welcome email with a sign-in link.', rejected: 'The change is rejected.' },
    adminToken: 'admin token',
    scheduler: 'scheduler',
    roles: { admin: 'New administrator', council: 'New works council member', 'council-removal': 'Remove a works council member' },
    errors: {
      forbidden: 'You cannot approve this change: whoever asked for it needs a second person.',
      conflict: 'This change was already decided, or the setting changed since it was asked for. Please reject it and ask again.',
      gone: 'There is no such change.',
    },
  },
};

/** A pending change in words, one line per changed setting or the person concerned. */
export function changeLines(lang: Lang, change: ChangePayload): string[] {
  if (change.kind === 'settings') {
    return change.changes.map((c) => `${fieldLabels[lang][c.path] ?? c.path}: ${formatValue(lang, c.path, c.from)} → ${formatValue(lang, c.path, c.to)}`);
  }
  return [`${approvalsText[lang].roles[change.kind]}: ${change.email}`];
}
