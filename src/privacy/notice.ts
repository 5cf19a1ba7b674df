import type { Deps } from '../deps';
import { loadSettings } from '../settings/settings';

/** Where the privacy notice of the mails and the survey page points to. */
export const PRIVACY_PATH = '/privacy';

/** What every survey mail's privacy notice needs: the controller's name (the company by default) and the notice's address. */
export async function mailPrivacy(deps: Deps): Promise<{ controller: string; url: string; company: string }> {
  const { privacy, company } = await loadSettings(deps);
  return { controller: privacy.controllerName.trim() || company.name, url: `${deps.config.publicUrl}${PRIVACY_PATH}`, company: company.name };
}
