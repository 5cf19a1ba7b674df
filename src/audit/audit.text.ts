import { formatDate, type Lang, type Texts } from '../lib/i18n';
import type { Every } from '../schedule/cadence';
import { scheduleText } from '../schedule/schedule.text';
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
      'staff.exported': 'Liste der Belegschaft heruntergeladen',
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
      'letters.printed': 'Briefe gedruckt',
      'teamcodes.created': 'Team-Codes erstellt',
      'teamcodes.printed': 'Team-Codes gedruckt',
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
      'staff.exported': 'Staff list downloaded',
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
      'letters.printed': 'Letters printed',
      'teamcodes.created': 'Team codes created',
      'teamcodes.printed': 'Team codes printed',
    },
    roles: { admin: 'administrator', leader: 'leader', council: 'works council', 'council-removal': 'remove works council member', settings: 'settings' },
    signin: { token: 'with the admin token', link: 'with a sign-in link' },
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** Setting changes `{ path: { from, to } }` in words. */
function settingLines(lang: Lang, changes: unknown): string[] {
  if (!isObject(changes)) return [];
  return Object.entries(changes).map(([path, c]) => {
    const { from, to } = isObject(c) ? c : { from: undefined, to: undefined };
    const label = fieldLabels[lang][path] ?? path;
    return `${label}: ${formatValue(lang, path, from as Value)} → ${formatValue(lang, path, to as Value)}`;
  });
}

/** A cadence as the schedule page words it: "Alle 2 Wochen, Dienstag 09:00 (Europe/Berlin), 5 Tage offen". */
function cadence(lang: Lang, c: unknown): string {
  if (!isObject(c)) return '–';
  const t = scheduleText[lang];
  const every = t.every[c.every as Every] ?? String(c.every);
  const weekday = t.weekdays[num(c.weekday) - 1] ?? String(c.weekday);
  const days = num(c.openDays);
  const reminders = Array.isArray(c.reminders) && c.reminders.length > 0 ? c.reminders.join(', ') : '–';
  return lang === 'de'
    ? `${every}, ${weekday} ${c.time} (${c.timezone}), ${days} ${days === 1 ? 'Tag' : 'Tage'} offen, Erinnerungen an Tag ${reminders}`
    : `${every}, ${weekday} ${c.time} (${c.timezone}), open ${days} day${days === 1 ? '' : 's'}, reminders on day ${reminders}`;
}

const thresholds = (lang: Lang, d: Record<string, unknown>) =>
  lang === 'de' ? `k = ${d.k}, Kommentare ab ${d.kComments}` : `k = ${d.k}, comments from ${d.kComments}`;

/**
 * What an entry did, in words: the readable part of the audit page. Waves are named by their title (`waveTitles`,
 * looked up by the page), since an id says nothing to a reader.
 */
export function describeEntry(lang: Lang, e: AuditView, waveTitles: ReadonlyMap<string, string> = new Map()): string {
  const t = auditText[lang];
  const d = e.details;
  const de = lang === 'de';
  // A discarded wave is gone: its entry carries the title.
  const title = waveTitles.get(e.target) ?? (typeof d.title === 'string' ? d.title : undefined);
  const wave = title === undefined ? e.target : de ? `„${title}“` : `“${title}”`;
  switch (e.action) {
    case 'signin':
      return t.signin[d.method === 'token' ? 'token' : 'link'];
    case 'staff.imported':
      return de
        ? `${d.created} neu, ${d.updated} geändert, ${d.deactivated} nicht mehr auf der Liste; ${d.total} aktiv`
        : `${d.created} new, ${d.updated} changed, ${d.deactivated} no longer listed; ${d.total} active`;
    case 'wave.opened': {
      const until = typeof d.closesAt === 'string' ? formatDate(lang, Date.parse(d.closesAt)) : '–';
      const module = d.module === 'quarterly' ? (de ? 'mit Quartalsrückblick' : 'with retrospective') : de ? 'Puls' : 'pulse';
      return de
        ? `${wave} · ${module} · ${thresholds(lang, d)} · bis ${until} · ${d.invited} eingeladen`
        : `${wave} · ${module} · ${thresholds(lang, d)} · until ${until} · ${d.invited} invited`;
    }
    case 'wave.closed':
      return `${wave} · ${thresholds(lang, d)}`;
    case 'wave.reminded': {
      const manual = d.manual === true ? (de ? ' (sofort, von Hand)' : ' (now, by hand)') : '';
      return de ? `${wave} · Erinnerung ${d.reminder}${manual}` : `${wave} · reminder ${d.reminder}${manual}`;
    }
    case 'wave.discarded':
      return wave;
    case 'staff.exported':
      return de ? `${d.people} Personen · CSV` : `${d.people} people · CSV`;
    case 'settings.changed':
      return settingLines(lang, d.changes).join('; ');
    case 'schedule.changed':
      return `${d.from ? cadence(lang, d.from) : de ? 'kein Rhythmus' : 'no cadence'} → ${cadence(lang, d.to)}`;
    case 'schedule.paused':
      return cadence(lang, d.from);
    case 'user.added':
    case 'user.removed':
      return `${e.target} (${t.roles[String(d.role)] ?? d.role})`;
    case 'change.requested':
    case 'change.approved':
    case 'change.rejected': {
      const what = d.kind === 'settings' ? settingLines(lang, d.changes).join('; ') : `${t.roles[String(d.kind)] ?? d.kind}: ${d.email}`;
      const by = isObject(d.requestedBy) ? String(d.requestedBy.email ?? t.actors[String(d.requestedBy.kind)] ?? d.requestedBy.kind) : null;
      return by ? `${what} (${de ? 'beantragt von' : 'requested by'} ${by})` : what;
    }
    case 'export.downloaded':
      return `${e.target} · ${String(d.format).toUpperCase()} · ${d.lang === 'de' ? (de ? 'Deutsch' : 'German') : de ? 'Englisch' : 'English'}`;
    case 'report.viewed':
      return e.target;
    case 'retention.comments':
      return de
        ? `${wave} · ${d.deleted} Kommentare, ${d.months} Monate nach dem Ende`
        : `${wave} · ${d.deleted} comments, ${d.months} months after it ended`;
    case 'retention.results':
      return de ? `${wave} · ${d.years} Jahre nach dem Ende` : `${wave} · ${d.years} years after it ended`;
    case 'retention.staff':
      return de
        ? `${d.people} ${num(d.people) === 1 ? 'Person' : 'Personen'}, ${d.months} Monate nach dem Ausscheiden; Zugang für ${d.accessRemoved} Personen entfernt`
        : `${d.people} ${num(d.people) === 1 ? 'person' : 'people'}, ${d.months} months after leaving; ${d.accessRemoved} access removed`;
    case 'letters.printed': {
      const what = d.reminder ? (de ? 'Erinnerungsbriefe' : 'reminder letters') : de ? 'Briefe' : 'letters';
      const team = d.team ? ` · ${d.team}` : de ? ' · alle Teams' : ' · all teams';
      return `${wave} · ${what}${team}`;
    }
    case 'teamcodes.created':
    case 'teamcodes.printed':
      return de ? `${wave} · ${d.team} · ${d.count} Codes` : `${wave} · ${d.team} · ${d.count} codes`;
    default:
      return [e.target, JSON.stringify(d)].filter((x) => x && x !== '{}').join(' · ');
  }
}

export function actorName(lang: Lang, actor: AuditView['actor']): string {
  const t = auditText[lang];
  if (actor.email) return `${actor.email} (${t.roles[actor.kind] ?? actor.kind})`;
  return t.actors[actor.kind] ?? actor.kind;
}
