import { eq, inArray, sql } from 'drizzle-orm';
import { codeHash, normaliseCode, teamCodeMarker } from '../codes/codes';
import { invitations, teamCodeBatches, teamCodes, usedCodes, usedLinks, waves, type Role } from '../db/schema';
import { chunkRows } from '../db/client';
import type { Deps } from '../deps';
import { gatheredPerDatabase } from '../lib/gather';
import { safeEqual, sha256 } from '../lib/crypto';
import { AppError, type ErrorCode } from '../lib/errors';
import type { StaffLang } from '../lib/i18n';
import { linkToken, usedMarker, usedMarkerOf } from '../lib/keys';
import { newId } from '../lib/random';
import { checkAnswers } from './answers';
import { commitSubmission } from './group-commit';
import type { Question } from './bank.types';
import { questionsFor } from './questions';
import { seal, sealedSize } from './seal';

export type Invitation = typeof invitations.$inferSelect;
export type Wave = typeof waves.$inferSelect;

/**
 * A survey that may be answered now: its wave and questions, what the answers are sealed with, and the used marker.
 * Every channel ends here — a mailed link, a letter's QR code (the same link), a letter's short code (the same
 * invitation and marker as its link) and a team code (no invitation: a team, a role and a marker of its own) — so
 * they are single use, sealed and stored the same way.
 */
export interface OpenSurvey {
  /** The person's invitation (a link or a letter's code); null for a team code, which is nobody's. */
  invitation: Invitation | null;
  wave: Wave;
  questions: readonly Question[];
  /** The team and role the answers count for, sealed with them (results/close.service.ts tallies by these). */
  sealAs: { teamId: string; role: Role };
  /** The language the person was invited in; null for a team code (the reader chooses). */
  language: StaffLang | null;
  marker: string;
  /** Where the marker goes: `used_links` for a person, `used_codes` (with the team) for a team code. */
  usedIn: { table: 'links' } | { table: 'codes'; teamId: string };
}

/**
 * Why a survey link or code cannot be answered; carries the invitation's language when it is known, and for a used
 * link its wave (the thank-you page says when results come), for the page.
 */
export class SurveyError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly language?: StaffLang,
    details?: unknown[],
    readonly wave?: Wave,
  ) {
    super(code, message, details);
  }
}

/** A link token is an HMAC-SHA-256 in base64url: anything else is refused without asking the database. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const notFound = () => new SurveyError('NOT_FOUND', 'survey link not found', undefined, [{ code: 'link_not_found' }]);
const codeNotFound = () => new SurveyError('NOT_FOUND', 'code not found', undefined, [{ code: 'code_not_found' }]);
const used = (lang?: StaffLang, wave?: Wave) => new SurveyError('CONFLICT', 'this survey link has already been used', lang, [{ code: 'link_used' }], wave);
const closed = (lang?: StaffLang) => new SurveyError('GONE', 'this survey has closed', lang, [{ code: 'survey_closed' }]);

/** 'closing' and 'closed' waves take no answers, nor an 'open' one past its end (the closer may not have run yet). */
const isClosed = (wave: Wave, now: number) => wave.status === 'closing' || wave.status === 'closed' || wave.closesAt <= now;

/**
 * Finds the invitation of a personal link by the token's hash. The token is also checked against the one derived
 * from the invitation id, so only links this deployment made open anything.
 * Throws 404 for an unknown link, 409 when it was already used, 410 when the wave has closed.
 */
export async function openInvitation(deps: Deps, token: string): Promise<OpenSurvey> {
  if (!TOKEN.test(token)) throw notFound();
  const marker = usedMarkerOf(token);
  const row = await lookup(deps, { marker, hash: sha256(token) });
  if (!row || !safeEqual(token, linkToken(deps.keys, 'survey', row.invitation.id))) throw notFound();
  const { invitation, wave } = row;
  // An 'opening' wave has mailed no links yet: its invitations do not exist for anyone outside.
  if (wave.status === 'opening') throw notFound();
  if (row.used !== null) throw used(invitation.language, wave);
  if (isClosed(wave, deps.clock.now())) throw closed(invitation.language);
  return personal(invitation, wave, marker);
}

const personal = (invitation: Invitation, wave: Wave, marker: string): OpenSurvey => ({
  invitation,
  wave,
  questions: questionsFor(wave.module, wave.bankVersion),
  sealAs: { teamId: invitation.teamId, role: invitation.role },
  language: invitation.language,
  marker,
  usedIn: { table: 'links' },
});

/**
 * Finds what a typed code opens: a letter's code (its invitation, with the same used marker as the letter's link, so
 * link and code together answer once) or a team code (its sheet's team and role, with a marker of its own). Codes
 * are looked up by their keyed hash only. Throws 404 / 409 / 410 like `openInvitation`.
 */
export async function openCode(deps: Deps, typed: string): Promise<OpenSurvey> {
  const code = normaliseCode(typed);
  if (!code) throw codeNotFound();
  const hash = codeHash(deps.keys, code);
  const now = deps.clock.now();
  const [letter] = await deps.db
    .select({ invitation: invitations, wave: waves })
    .from(invitations)
    .innerJoin(waves, eq(waves.id, invitations.waveId))
    .where(eq(invitations.codeHash, hash))
    .limit(1);
  if (letter) {
    const { invitation, wave } = letter;
    if (wave.status === 'opening') throw codeNotFound();
    const marker = usedMarker(deps.keys, invitation.id);
    const [mark] = await deps.db.select({ marker: usedLinks.marker }).from(usedLinks).where(eq(usedLinks.marker, marker));
    if (mark) throw used(invitation.language);
    if (isClosed(wave, now)) throw closed(invitation.language);
    return personal(invitation, wave, marker);
  }
  const marker = teamCodeMarker(deps.keys, code);
  const [sheet] = await deps.db
    .select({ wave: waves, teamId: teamCodeBatches.teamId, role: teamCodeBatches.role, used: usedCodes.marker })
    .from(teamCodes)
    .innerJoin(teamCodeBatches, eq(teamCodeBatches.id, teamCodes.batchId))
    .innerJoin(waves, eq(waves.id, teamCodes.waveId))
    .leftJoin(usedCodes, eq(usedCodes.marker, marker))
    .where(eq(teamCodes.hash, hash))
    .limit(1);
  if (!sheet) throw codeNotFound();
  if (sheet.used !== null) throw used();
  if (isClosed(sheet.wave, now)) throw closed();
  return {
    invitation: null,
    wave: sheet.wave,
    questions: questionsFor(sheet.wave.module, sheet.wave.bankVersion),
    sealAs: { teamId: sheet.teamId, role: sheet.role },
    language: null,
    marker,
    usedIn: { table: 'codes', teamId: sheet.teamId },
  };
}

interface LinkKey {
  hash: string;
  marker: string;
}
type Found = { invitation: Invitation; wave: Wave; used: string | null };

/**
 * The invitations of links, their waves and used markers: one query for all the links asked for in one turn (every
 * answer looks its link up first; under load fifty concurrent answers share a query, lib/gather.ts). Each link's
 * marker is joined to its own invitation by a CASE over the token hashes.
 */
async function findLinks(db: Deps['db'], keys: LinkKey[]): Promise<(Found | undefined)[]> {
  const found = new Map<string, Found>();
  for (const chunk of chunkRows(keys, 3)) {
    const markerOf = sql`case ${invitations.tokenHash} ${sql.join(chunk.map((k) => sql`when ${k.hash} then ${k.marker}`), sql` `)} end`;
    const rows = await db
      .select({ invitation: invitations, wave: waves, used: usedLinks.marker })
      .from(invitations)
      .innerJoin(waves, eq(waves.id, invitations.waveId))
      .leftJoin(usedLinks, eq(usedLinks.marker, markerOf))
      .where(inArray(invitations.tokenHash, chunk.map((k) => k.hash)));
    for (const row of rows) found.set(row.invitation.tokenHash, row);
  }
  return keys.map((k) => found.get(k.hash));
}

const lookup = gatheredPerDatabase((deps: Deps, keys: LinkKey[]) => findLinks(deps.db, keys));

/** Validates, seals and stores one person's answers; see `submitTo`. */
export async function submitAnswers(deps: Deps, token: string, input: Record<string, unknown>): Promise<void> {
  await submitTo(deps, await openInvitation(deps, token), input);
}

/**
 * Stores the answers of an opened invitation. Storing the sealed row and storing the link's used marker are one
 * batch (one transaction on libSQL and D1; shared with the other answers of the same turn, group-commit.ts), and both
 * statements carry the same condition — marker absent, wave open — evaluated on the same state: either both happen or
 * neither. The marker insert's returned row says whether this call won, so a concurrent replay is refused and nothing
 * is counted twice. The sealed row gets a fresh random id and neither the invitation, the person nor a time; the
 * marker is a keyed hash nobody without the secret can tie to the invitation (lib/keys.ts).
 */
export async function submitTo(deps: Deps, open: OpenSurvey, input: Record<string, unknown>): Promise<void> {
  const { wave, questions, marker, sealAs, usedIn } = open;
  const language = open.language ?? undefined;
  const checked = checkAnswers(questions, input);
  if (!checked.ok) {
    throw new SurveyError('UNPROCESSABLE', 'some answers are not valid', language, checked.problems);
  }
  const payload = await seal(deps.keys, deps.random, { teamId: sealAs.teamId, role: sealAs.role, answers: checked.answers }, sealedSize(questions));
  const now = deps.clock.now();
  const submission = { waveId: wave.id, now, id: newId(deps.random), payload, marker, used: usedIn };
  if (await commitSubmission(deps, submission)) return;
  // Lost a race (a concurrent submit, or the wave closed meanwhile): nothing was written; say which.
  const markers = usedIn.table === 'links' ? usedLinks : usedCodes;
  const [current] = await deps.db.select({ marker: markers.marker }).from(markers).where(eq(markers.marker, marker));
  // A used personal link thanks again (with its wave); a used code says so on the code page.
  throw current ? used(language, usedIn.table === 'links' && open.invitation ? wave : undefined) : closed(language);
}
