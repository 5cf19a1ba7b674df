import type { Lang, Texts } from '../lib/i18n';
import { fieldLabels, formatValue } from '../settings/settings.text';
import type { Value } from '../settings/fields';
import type { AuditView } from './audit.service';

export const auditText: Texts<{
  title: string;
  intro: string;
  ok: (entries: number) => string;
  broken: (seq: number) => string;
  head: string;
  empty: string;
  cols: { id: string; at: string; actor: string; action: string; details: string };
  older: string;
  newest: string;
  actors: Record<string, string>;
  actions: Record<string, string>;
  roles: Record<string, string>;
  signin: { token: string; link: string };
}> = {
  de: {
    title: 'Protokoll',
    intro:
      'Alles, was an Puls geändert, geöffnet, heruntergeladen oder gelöscht wurde, mit Zeit und Person. Antworten, Links und wer geantwortet hat, stehen nie darin. Jeder Eintrag trägt die Prüfsumme des vorigen: Wird ein Eintrag geändert oder entfernt, zeigt die Prüfung es an.',
    ok: (n) => `Prüfung bestanden: ${n} ${n === 1 ? 'Eintrag' : 'Einträge'}, keiner verändert oder entfernt.`,
    broken: (seq) => `Prüfung fehlgeschlagen: Ab Eintrag ${seq} wurde das Protokoll verändert oder es fehlen Einträge.`,
    head: 'Prüfsumme des neuesten Eintrags',
    empty: 'Noch keine Einträge.',
    cols: { id: 'Nr.', at: 'Zeit', actor: 'Wer', action: 'Was', details: 'Einzelheiten' },
    older: 'Ältere Einträge',
    newest: 'Neueste Einträge',
    actors: { 'admin-token': 'Admin-Token', scheduler: 'Zeitplan', system: 'System' },
    actions: {
      signin: 'Anmeldung',
      'staff.imported': 'Belegschaft importiert',
      'wave.opened': 'Welle gestartet',
      'wave.reminded': 'Erinnerung versandt',
      'wave.closed': 'Welle beendet',
      'wave.discarded': 'Welle verworfen',
      'settings.changed': 'Einstellung geändert',
      'schedule.changed': 'Rhythmus geändert',
      'schedule.paused': 'Rhythmus angehalten',
      'user.added': 'Zugang hinzugefügt',
      'user.removed': 'Zugang entfernt',
      'change.requested': 'Freigabe beantragt',
      'change.approved': 'Änderung freigegeben',
      'change.rejected': 'Änderung abgelehnt',
      'export.downloaded': 'Export heruntergeladen',
      'report.viewed': 'Bericht geöffnet',
      'retention.comments': 'Kommentare gelöscht (Aufbewahrung)',
      'retention.results': 'Ergebnisse gelöscht (Aufbewahrung)',
      'retention.staff': 'Namen und Adressen gelöscht (Aufbewahrung)',
    },
    roles: { admin: 'Administration', leader: 'Führungskraft', council: 'Betriebsrat', 'council-removal': 'Betriebsrat entfernen', settings: 'Einstellungen' },
    signin: { token: 'mit dem Admin-Token', link: 'mit Anmeldelink' },
  },
  en: {
    title: 'Audit log',
    intro:
      'Everything that was changed, opened, downloaded or deleted in Puls, with time and person. Answers, links and who answered are never in it. Each entry carries the checksum of the one before: if an entry is changed or removed, the check shows it.',
    ok: (n) => `Check passed: ${n} ${n === 1 ? 'entry' : 'entries'}, none changed or removed.`,
    broken: (seq) => `Check failed: from entry ${seq} on, the log was changed or entries are missing.`,
    head: 'Checksum of the newest entry',
    empty: 'No entries yet.',
    cols: { id: 'No.', at: 'Time', actor: 'Who', action: 'What', details: 'Details' },
    older: 'Older entries',
    newest: 'Newest entries',
    actors: { 'admin-token': 'admin token', scheduler: 'scheduler', system: 'system' },
    actions: {
      signin: 'Signed in',
      'staff.imported': 'Staff imported',
      'wave.opened': 'Wave opened',
      'wave.reminded': 'Reminder sent',
      'wave.closed': 'Wave closed',
      'wave.discarded': 'Wave discarded',
      'settings.changed': 'Setting changed',
      'schedule.changed': 'Cadence changed',
      'schedule.paused': 'Cadence paused',
      'user.added': 'Access added',
      'user.removed': 'Access removed',
      'change.requested': 'Approval requested',
      'change.approved': 'Change approved',
      'change.rejected': 'Change rejected',
      'export.downloaded': 'Export downloaded',
      'report.viewed': 'Report opened',
      'retention.comments': 'Comments deleted (retention)',
      'retention.results': 'Results deleted (retention)',
      'retention.staff': 'Names and addresses deleted (retention)',
    },
    roles: { admin: 'administrator', leader: 'leader', council: 'works council', 'council-removal': 'remove works council member', settings: 'settings' },
    signin: { token: 'with the admin token', link: 'with a sign-in link' },
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Setting changes `{ path: { from, to } }` in words. */
function settingLines(lang: Lang, changes: unknown): string[] {
  if (!isObject(changes)) return [];
  return Object.entries(changes).map(([path, c]) => {
    const { from, to } = isObject(c) ? c : { from: undefined, to: undefined };
    const label = fieldLabels[lang][path] ?? path;
    return `${label}: ${formatValue(lang, path, from as Value)} → ${formatValue(lang, path, to as Value)}`;
  });
}

/** Any other detail as "key: value", short. */
function plain(value: unknown): string {
  if (isObject(value)) return Object.entries(value).map(([k, v]) => `${k}: ${plain(v)}`).join(', ');
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return String(value);
}

/** What an entry did, in words: the readable part of the audit page. */
export function describeEntry(lang: Lang, e: AuditView): string {
  const t = auditText[lang];
  const d = e.details;
  if (e.action === 'signin') return t.signin[d.method === 'token' ? 'token' : 'link'];
  if (e.action === 'settings.changed') return settingLines(lang, d.changes).join('; ');
  if (e.action.startsWith('change.') && d.kind === 'settings') return settingLines(lang, d.changes).join('; ');
  if (e.action.startsWith('change.')) return `${t.roles[String(d.kind)] ?? d.kind}: ${d.email}`;
  if (e.action === 'user.added' || e.action === 'user.removed') return `${e.target} (${t.roles[String(d.role)] ?? d.role})`;
  const rest = plain(d);
  return [e.target, rest].filter(Boolean).join(' · ');
}

export function actorName(lang: Lang, actor: AuditView['actor']): string {
  const t = auditText[lang];
  if (actor.email) return `${actor.email} (${t.roles[actor.kind] ?? actor.kind})`;
  return t.actors[actor.kind] ?? actor.kind;
}
