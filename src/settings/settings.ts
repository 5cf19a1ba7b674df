import { eq } from 'drizzle-orm';
import type { Statement } from '../db/client';
import { settings } from '../db/schema';
import type { Deps } from '../deps';
import { readSettings, type Settings } from './fields';
import { DEFAULT_QUARTERLY_MODULE, isQuarterlyModuleSetting, type QuarterlyModuleSetting } from '../waves/module';

/** Anonymity thresholds. k never goes below 3 (DESIGN); comments need more people than numbers. */
export interface Thresholds {
  k: number;
  kComments: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { k: 5, kComments: 10 };
export const MIN_K = 3;

export async function getThresholds(deps: Deps): Promise<Thresholds> {
  const rows = await deps.db.select().from(settings);
  const value = (key: string) => Number(rows.find((r) => r.key === key)?.value);
  const k = Math.max(MIN_K, value('k') || DEFAULT_THRESHOLDS.k);
  const kComments = Math.max(k, value('kComments') || DEFAULT_THRESHOLDS.kComments);
  return { k, kComments };
}

/** Changing k affects waves opened afterwards only: each wave keeps the k it opened with. */
export async function setThresholds(deps: Deps, next: Partial<Thresholds>): Promise<Thresholds> {
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    await putSetting(deps, key, String(value));
  }
  return getThresholds(deps);
}

export async function getSetting(deps: Deps, key: string): Promise<string | undefined> {
  const [row] = await deps.db.select().from(settings).where(eq(settings.key, key));
  return row?.value;
}

async function putSetting(deps: Deps, key: string, value: string): Promise<void> {
  await settingUpsert(deps, key, value);
}

/** The one upsert of a setting, as a statement for a batch (with its audit entry, see settings.service.ts). */
export function settingUpsert(deps: Deps, key: string, value: string): Statement {
  return deps.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}

/** Every setting an admin changes, in force (defaults for what was never set). See fields.ts. */
export async function loadSettings(deps: Deps): Promise<Settings> {
  const rows = await deps.db.select().from(settings);
  return readSettings(new Map(rows.map((r) => [r.key, r.value])), deps.config.companyName);
}

/** Settings key `remindEveryone`: 'true' (the default) or 'false'. */
export const REMIND_EVERYONE_KEY = 'remindEveryone';

/**
 * Whether reminders go to everyone invited (default) rather than only to those who have not answered: then neither
 * the database nor the mail provider learns who has not answered; targeted, the queued reminders say who had not
 * answered when they were sent (docs/anonymity.md). Switching it off needs a second person (four eyes).
 */
export async function getRemindEveryone(deps: Deps): Promise<boolean> {
  return (await getSetting(deps, REMIND_EVERYONE_KEY)) !== 'false';
}

/** Stores the flag as it is; the four-eyes rule lives in settings.service.ts (`changeSettings`), not here. */
export async function setRemindEveryone(deps: Deps, value: boolean): Promise<void> {
  await putSetting(deps, REMIND_EVERYONE_KEY, value ? 'true' : 'false');
}

/** Settings key of the rule that picks the retrospective module for waves opened without a module. */
export const QUARTERLY_MODULE_KEY = 'quarterlyModule';

export async function getQuarterlyModule(deps: Deps): Promise<QuarterlyModuleSetting> {
  const value = await getSetting(deps, QUARTERLY_MODULE_KEY);
  return isQuarterlyModuleSetting(value) ? value : DEFAULT_QUARTERLY_MODULE;
}

export async function setQuarterlyModule(deps: Deps, value: QuarterlyModuleSetting): Promise<void> {
  await putSetting(deps, QUARTERLY_MODULE_KEY, value);
}
