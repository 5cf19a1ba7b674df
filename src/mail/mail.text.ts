import type { Texts } from '../lib/i18n';

export const outboxText: Texts<{
  title: string;
  viaResend: string;
  intro: string;
  empty: string;
  shown: (shown: number, total: number) => string;
  to: string;
  at: string;
}> = {
  de: {
    title: 'Postausgang',
    viaResend: 'Mails gehen über Resend. Hier wird deshalb nichts angezeigt; den Versand sehen Sie im Resend-Dashboard.',
    intro:
      'Ohne Resend-Schlüssel werden Mails nicht verschickt, sondern hier gesammelt, die neuesten zuerst, bis zum nächsten Neustart. Die Links darin sind persönlich: Öffnen Sie sie nur zum Testen.',
    empty: 'Noch keine Mails.',
    shown: (shown, total) => `Die neuesten ${shown} von ${total} Mails.`,
    to: 'An',
    at: 'Zeit',
  },
  en: {
    title: 'Outbox',
    viaResend: 'Mail goes through Resend, so nothing is shown here; see the Resend dashboard for what was sent.',
    intro:
      'Without a Resend key, mail is not sent but collected here, newest first, until the next restart. The links in it are personal: open them only for testing.',
    empty: 'No mail yet.',
    shown: (shown, total) => `The newest ${shown} of ${total} mails.`,
    to: 'To',
    at: 'Time',
  },
};
