import type { Deps } from '../deps';
import { fieldOf } from '../settings/fields';
import { getSetting } from '../settings/settings';

/** Where the privacy notice of the mails and the survey page points to. */
export const PRIVACY_PATH = '/privacy';

/** What every survey mail's privacy notice needs: the controller's name (the company by default) and the notice's address. */
export async function mailPrivacy(deps: Deps): Promise<{ controller: string; url: string }> {
  const controller = (await getSetting(deps, fieldOf('privacy.controllerName')!.key))?.trim() || deps.config.companyName;
  return { controller, url: `${deps.config.publicUrl}${PRIVACY_PATH}` };
}
