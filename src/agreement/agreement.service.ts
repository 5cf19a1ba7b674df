import { sha256Hex } from '../audit/chain';
import { verifyAudit, type Verification } from '../audit/audit.service';
import type { Deps } from '../deps';
import type { Retention, Settings } from '../settings/fields';
import { loadSettings } from '../settings/settings';
import { BANK } from '../survey/questions';
import { dataCategories, notStored, roles } from './content';
import { catalogue, type CatalogueItem } from './questions';

/** The shape of the annex; raised whenever a field is added, removed or changes meaning. */
export const ANNEX_VERSION = 2;

export interface Annex {
  generatedAt: string;
  version: number;
  k: number;
  kComments: number;
  retention: Retention;
  roles: typeof roles;
  dataCategories: typeof dataCategories;
  notStored: typeof notStored;
  questions: CatalogueItem[];
  /**
   * SHA-256 (hex) over the UTF-8 bytes of `JSON.stringify` of everything above but `generatedAt`, in this order:
   * `{ version, k, kComments, retention, roles, dataCategories, notStored, questions }`. Two annexes with the same hash
   * say the same; any change of k, retention, a role's rights, the data kept or a question's wording changes it.
   */
  hash: string;
}

export function annexHash(body: Omit<Annex, 'generatedAt' | 'hash'>): string {
  const { version, k, kComments, retention, roles, dataCategories, notStored, questions } = body;
  return sha256Hex(JSON.stringify({ version, k, kComments, retention, roles, dataCategories, notStored, questions }));
}

/** The annex to the works agreement from the live configuration (`GET /api/v1/agreement`). */
export function annexOf(settings: Settings, now: number): Annex {
  const body = {
    version: ANNEX_VERSION,
    k: settings.k,
    kComments: settings.kComments,
    retention: settings.retention,
    roles,
    dataCategories,
    notStored,
    questions: catalogue(BANK.questions, BANK.version),
  };
  return { generatedAt: new Date(now).toISOString(), ...body, hash: annexHash(body) };
}

/** What the printable annex shows besides the JSON: the Art. 13 facts and the audit log's state. */
export async function annexPage(deps: Deps): Promise<{ annex: Annex; settings: Settings; audit: Verification }> {
  const settings = await loadSettings(deps);
  return { annex: annexOf(settings, deps.clock.now()), settings, audit: await verifyAudit(deps) };
}

export async function buildAnnex(deps: Deps): Promise<Annex> {
  return annexOf(await loadSettings(deps), deps.clock.now());
}
