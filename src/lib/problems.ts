import type { Texts } from './i18n';

/**
 * The problems a request can run into, by a stable code: `details[].code` of the API's error envelope, and the
 * sentence a page shows in the reader's language. The English API message stays as it was; the code is what clients
 * branch on and what a page translates. A sentence gets the detail's other fields (`waveId`, `max`, …) as `p`.
 */
type Say = (p: Record<string, unknown>) => string;

const seconds = (p: Record<string, unknown>) => Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60);

export const problemText = {
  de: {
    internal: () => 'Ein Fehler auf unserer Seite. Bitte versuchen Sie es später noch einmal.',
    malformed_body: () => 'Die Anfrage war unvollständig oder fehlerhaft.',
    form_unreadable: () => 'Das Formular kam unvollständig an. Bitte laden Sie die Seite neu und senden Sie es noch einmal.',
    body_too_large: () => 'Die gesendeten Daten sind zu groß.',
    file_too_large: (p) => `Die Datei ist größer als ${p.limitMb ?? 20} MB.`,
    cross_site_form: () => 'Dieses Formular kam von einer anderen Seite und wurde deshalb abgelehnt. Bitte öffnen Sie Puls direkt und versuchen Sie es dort.',
    csrf: () => 'Die Sitzung passt nicht zu diesem Formular. Bitte laden Sie die Seite neu und senden Sie es noch einmal.',
    sign_in: () => 'Bitte melden Sie sich an.',
    admin_only: () => 'Das darf nur die Administration.',
    outside_your_teams: () => 'Dieses Team gehört nicht zu Ihrem Bereich.',
    route_not_found: () => 'Diese Seite gibt es nicht.',
    too_many_attempts: (p) => `Zu viele Fehlversuche. Bitte warten Sie etwa ${seconds(p)} Minuten und versuchen Sie es dann noch einmal.`,
    unsupported_media_type: () => 'Dieses Format wird hier nicht angenommen.',
    wave_not_found: () => 'Diese Welle gibt es nicht (mehr).',
    team_not_found: () => 'Dieses Team gibt es nicht (mehr).',
    change_not_found: () => 'Diese Änderung gibt es nicht.',
    leader_not_found: () => 'Diese Führungskraft hat keinen Zugang (mehr).',
    admin_not_found: () => 'Diese Person hat keinen Zugang (mehr).',
    council_not_found: () => 'Dieses Mitglied des Betriebsrats hat keinen Zugang (mehr).',
    user_not_found: () => 'Diese Person hat keinen Zugang (mehr).',
    no_teams: () => 'Noch gibt es keine Teams. Importieren Sie zuerst die Belegschaft.',
    wave_running: (p) =>
      `Die Welle „${p.title ?? ''}“ läuft noch. Eine zweite Welle würde alle ein zweites Mal einladen. Beenden Sie die laufende Welle zuerst oder bestätigen Sie ausdrücklich, dass beide parallel laufen sollen.`,
    wave_opening: () =>
      'Gerade wird eine andere Welle eröffnet. Warten Sie ein paar Minuten, bis sie läuft, und starten Sie die neue Welle dann noch einmal.',
    closes_at_invalid: () => 'Bitte geben Sie ein gültiges Datum mit Uhrzeit an, zum Beispiel 20.11.2026, 17:00.',
    closes_at_past: () => 'Das Ende muss in der Zukunft liegen.',
    no_active_staff: () => 'Es gibt niemanden, der eingeladen werden kann. Importieren Sie zuerst die Belegschaft.',
    idempotency_key_reused: () => 'Dieses Formular wurde schon für eine andere Welle verwendet. Bitte laden Sie die Seite neu.',
    wave_closed: () => 'Diese Welle ist bereits beendet.',
    wave_busy: () => 'Diese Welle wird gerade eröffnet oder ausgewertet. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
    wave_has_answers: () =>
      'Diese Welle hat bereits Antworten und lässt sich deshalb nicht verwerfen; das geht nur bei einer Welle ohne eine einzige Antwort. Eine laufende Welle können Sie stattdessen beenden.',
    wave_not_running: () => 'Erinnern lässt sich nur eine laufende Welle.',
    reminder_limit: (p) => `Diese Welle hat bereits die höchstens ${p.max ?? 3} Erinnerungen (geplante mitgezählt).`,
    reminder_too_soon: (p) => `Die letzte Erinnerung ist weniger als ${p.hours ?? 12} Stunden her. Bitte warten Sie etwas, damit niemand zweimal kurz hintereinander erinnert wird.`,
    email_taken: () => 'Diese Adresse hat bereits Zugang. Um das Team zu ändern, entfernen Sie die Person und fügen sie neu hinzu.',
    team_required: () => 'Bitte wählen Sie das Team der Führungskraft.',
    approver_not_named: () => 'Zustimmen kann nur eine Person, die sich mit ihrem eigenen Link angemeldet hat (nicht mit dem Admin-Token).',
    approver_is_requester: () => 'Wer eine Änderung angefragt hat, kann ihr nicht selbst zustimmen: Dafür braucht es eine zweite Person.',
    change_decided: () => 'Über diese Änderung wurde bereits entschieden.',
    setting_moved: () => 'Eine der Einstellungen hat sich seit der Anfrage geändert. Bitte lehnen Sie die Anfrage ab und stellen Sie sie neu.',
    council_member_gone: () => 'Dieses Mitglied des Betriebsrats hat keinen Zugang mehr.',
    quarter_invalid: () => 'Bitte geben Sie ein Quartal wie 2026-Q4 an.',
    quarter_no_wave: () => 'In diesem Quartal ist noch keine Welle beendet.',
    link_not_found: () => 'Diesen Link kennen wir nicht.',
    link_used: () => 'Dieser Link wurde bereits verwendet.',
    survey_closed: () => 'Diese Befragung ist beendet.',
    answers_invalid: () => 'Einige Antworten sind nicht gültig.',
    staff_file_refused: () => 'Die Datei wurde nicht importiert; es wurde nichts geändert.',
    upload_expired: () => 'Die Vorschau ist abgelaufen. Bitte laden Sie die Datei noch einmal hoch.',
    staff_changed: () => 'Die Belegschaft hat sich seit der Vorschau geändert. Bitte prüfen Sie die neue Vorschau.',
    deactivation_unconfirmed: () => 'Bitte bestätigen Sie ausdrücklich, dass so viele Personen inaktiv werden sollen.',
  } satisfies Record<string, Say>,
  en: {
    internal: () => 'Something went wrong on our side. Please try again later.',
    malformed_body: () => 'The request was incomplete or malformed.',
    form_unreadable: () => 'The form arrived incomplete. Please reload the page and send it again.',
    body_too_large: () => 'What was sent is too large.',
    file_too_large: (p) => `The file is larger than ${p.limitMb ?? 20} MB.`,
    cross_site_form: () => 'This form came from another site and was refused. Please open Puls directly and try there.',
    csrf: () => 'The session does not match this form. Please reload the page and send it again.',
    sign_in: () => 'Please sign in.',
    admin_only: () => 'Only administrators may do this.',
    outside_your_teams: () => 'This team is outside your area.',
    route_not_found: () => 'This page does not exist.',
    too_many_attempts: (p) => `Too many failed attempts. Please wait about ${seconds(p)} minutes, then try again.`,
    unsupported_media_type: () => 'This format is not accepted here.',
    wave_not_found: () => 'This wave does not exist (any more).',
    team_not_found: () => 'This team does not exist (any more).',
    change_not_found: () => 'This change does not exist.',
    leader_not_found: () => 'This leader has no access (any more).',
    admin_not_found: () => 'This person has no access (any more).',
    council_not_found: () => 'This works council member has no access (any more).',
    user_not_found: () => 'This person has no access (any more).',
    no_teams: () => 'There are no teams yet. Import your staff first.',
    wave_running: (p) =>
      `The wave “${p.title ?? ''}” is still running. A second wave would invite everyone a second time. Close the running wave first, or confirm explicitly that both should run side by side.`,
    wave_opening: () => 'Another wave is being opened right now. Wait a few minutes until it is running, then start the new wave again.',
    closes_at_invalid: () => 'Please give a valid date and time, for example 20/11/2026, 17:00.',
    closes_at_past: () => 'The end must lie in the future.',
    no_active_staff: () => 'There is nobody to invite. Import your staff first.',
    idempotency_key_reused: () => 'This form was already used for another wave. Please reload the page.',
    wave_closed: () => 'This wave has already closed.',
    wave_busy: () => 'This wave is being opened or evaluated right now. Please try again in a few minutes.',
    wave_has_answers: () =>
      'This wave already has answers, so it cannot be discarded; only a wave without a single answer can. A running wave can be closed instead.',
    wave_not_running: () => 'Only a running wave can be reminded.',
    reminder_limit: (p) => `This wave already has the most reminders allowed, ${p.max ?? 3} (planned ones included).`,
    reminder_too_soon: (p) => `The last reminder went out less than ${p.hours ?? 12} hours ago. Please wait a little, so nobody is reminded twice in quick succession.`,
    email_taken: () => 'This address already has access. To change the team, remove the person and add them again.',
    team_required: () => "Please choose the leader's team.",
    approver_not_named: () => 'Only a person who signed in with their own link (not the admin token) can approve.',
    approver_is_requester: () => 'Whoever asked for a change cannot approve it: a second person must.',
    change_decided: () => 'This change has already been decided.',
    setting_moved: () => 'One of the settings changed since this was asked for. Please refuse the request and ask again.',
    council_member_gone: () => 'This works council member no longer has access.',
    quarter_invalid: () => 'Please give a quarter such as 2026-Q4.',
    quarter_no_wave: () => 'No wave has closed in this quarter yet.',
    link_not_found: () => 'We do not know this link.',
    link_used: () => 'This link has already been used.',
    survey_closed: () => 'This survey has closed.',
    answers_invalid: () => 'Some answers are not valid.',
    staff_file_refused: () => 'The file was not imported; nothing was changed.',
    upload_expired: () => 'The preview has expired. Please upload the file again.',
    staff_changed: () => 'The staff list changed since the preview. Please check the new preview.',
    deactivation_unconfirmed: () => 'Please confirm explicitly that this many people should become inactive.',
  } satisfies Record<string, Say>,
} satisfies Texts<Record<string, Say>>;

export type ProblemCode = keyof typeof problemText.de;

// Both languages name the same problems: a code missing in either of them fails to compile here.
const _enHasAll: Record<ProblemCode, Say> = problemText.en;
const _deHasAll: Record<keyof typeof problemText.en, Say> = problemText.de;
void [_enHasAll, _deHasAll];

/** A problem's sentence in the reader's language, or undefined for a code this catalogue does not know. */
export function sayProblem(lang: 'de' | 'en', problem: { code: string; params?: Record<string, unknown> } | undefined): string | undefined {
  if (!problem || !isProblemCode(problem.code)) return undefined;
  return (problemText[lang][problem.code] as Say)(problem.params ?? {});
}

export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(problemText.de, code);
