import { auditBatch } from '../audit/audit.service';
import type { Actor } from '../audit/chain';
import { requestChange, type Pending } from '../approvals/pending';
import { isNull } from 'drizzle-orm';
import type { Statement } from '../db/client';
import { teams } from '../db/schema';
import type { Deps } from '../deps';
import { applyPatch, changeDetails, changesBetween, fieldOf, needsApproval, storedText, type Change, type Patch, type Settings } from './fields';
import { loadSettings, settingUpsert } from './settings';

export interface SettingsResult {
  settings: Settings;
  /** Set when part of the change lowers protection and waits for a second person. */
  pending?: Pending;
}

/**
 * Changes settings as a person asked: what raises protection or is neutral applies at once (logged with old and new
 * value); what lowers it becomes one pending change for a second person (fields.ts says which is which). Code that
 * runs without a person (`system`: the demo seed) applies everything at once; no request acts as `system`.
 */
export async function changeSettings(deps: Deps, actor: Actor, patch: Patch): Promise<SettingsResult> {
  const current = await loadSettings(deps);
  const changes = changesBetween(current, applyPatch(current, patch));
  const waiting = actor.kind === 'system' ? [] : changes.filter(needsApproval);
  const now = changes.filter((c) => !waiting.includes(c));
  if (now.length > 0) {
    await auditBatch(deps, { actor, action: 'settings.changed', details: { changes: changeDetails(now) } }, settingStatements(deps, now));
  }
  const pending = waiting.length > 0 ? await requestChange(deps, actor, { kind: 'settings', changes: waiting }) : undefined;
  return { settings: await loadSettings(deps), ...(pending ? { pending } : {}) };
}

/** The upserts that store the changes' new values; a new company name also renames the root of the org tree. */
export function settingStatements(deps: Deps, changes: Change[]): Statement[] {
  const out = changes.map((c) => settingUpsert(deps, fieldOf(c.path)!.key, storedText(c.to)));
  const company = changes.find((c) => c.path === 'company.name');
  if (company) out.push(deps.db.update(teams).set({ name: String(company.to) }).where(isNull(teams.parentId)));
  return out;
}
