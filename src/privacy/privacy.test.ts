import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { SYSTEM } from '../audit/chain';
import { changeSettings } from '../settings/settings.service';
import { importStaff } from '../staff/staff.service';
import { insertWave, invite } from '../survey/testing';
import { openWaveAndSend } from '../waves/waves.service';
import { sendDueReminders } from '../schedule/reminders';
import { deliverDue } from '../mail/delivery';

const DAY = 86_400_000;
const text = async (res: Response | Promise<Response>) => (await res).text();
/** The page's text without tags, so assertions read like the page. */
const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('/privacy', () => {
  it('is public and states the Art. 13 facts with sensible defaults, in German and English', async () => {
    const { app } = await testDeps();
    const res = await app.request('/privacy');
    expect(res.status).toBe(200);
    const de = words(await res.text());
    expect(de).toContain('Datenschutzhinweise zur Befragung');
    expect(de).toContain('Verantwortlicher Muster GmbH');
    expect(de).toContain('Die Kontaktdaten erhalten Sie bei der Personalabteilung oder beim Betriebsrat.');
    expect(de).toContain('Art. 6 Abs. 1 lit. f DSGVO');
    expect(de).toContain('nur in Gruppen von mindestens 5 Personen');
    expect(de).toContain('Freie Kommentare: 12 Monaten nach dem Ende der Befragungswelle.');
    expect(de).toContain('Zusammengefasste Ergebnisse einer Welle: 5 Jahren nach ihrem Ende.');
    expect(de).toContain('und 6 Monaten darüber hinaus');
    expect(de).toContain('bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77)');

    const en = words(await text(app.request('/privacy?lang=en')));
    expect(en).toContain('Privacy notice for the survey');
    expect(en).toContain('Controller Muster GmbH');
    expect(en).toContain('Art. 6(1)(f) GDPR');
    expect(en).toContain('Open comments: 12 months after the survey wave ends.');
  });

  it('shows what the admin set: controller, address, DPO, purpose, legal basis and retention', async () => {
    const { app, deps } = await testDeps();
    const put = await app.request('/api/v1/settings', {
      method: 'PUT',
      headers: adminHeaders({ 'content-type': 'application/json' }),
      body: JSON.stringify({
        privacy: {
          controllerName: 'Muster Maschinenbau GmbH',
          controllerAddress: 'Werkstraße 1\n12345 Musterstadt',
          dpoContact: 'datenschutz@muster.de',
          purpose: { de: 'Wir wollen wissen, wie KI ankommt.' },
          legalBasis: { en: 'Consent, Art. 6(1)(a) GDPR.' },
        },
      }),
    });
    expect(put.status).toBe(200);
    await changeSettings(deps, SYSTEM, { retention: { commentsMonths: 3 } });
    const de = await text(app.request('/privacy?lang=de'));
    expect(de).toContain('<strong>Muster Maschinenbau GmbH</strong><br/>Werkstraße 1<br/>12345 Musterstadt');
    expect(de).toContain('datenschutz@muster.de');
    expect(de).toContain('Wir wollen wissen, wie KI ankommt.');
    expect(words(de)).toContain('Freie Kommentare: 3 Monaten');
    const en = await text(app.request('/privacy?lang=en'));
    expect(en).toContain('Consent, Art. 6(1)(a) GDPR.');
    // The English purpose was not set: its default stays.
    expect(en).toContain('Short anonymous surveys on how staff experience the use of artificial intelligence');
  });
});

describe('the privacy notice in mails and on the survey page', () => {
  it('is in every invitation and reminder, in the person language, with the controller and the link', async () => {
    const { deps, outbox, clock } = await testDeps();
    await changeSettings(deps, SYSTEM, { privacy: { controllerName: 'Muster Maschinenbau GmbH' } });
    await importStaff(
      deps,
      'email,name,team,role,language\nanna@muster.de,Anna,Werk Nord,basic,de\nbob@muster.de,Bob,Werk Nord,basic,en\n',
    );
    const wave = await openWaveAndSend(deps, { closesAt: clock.now() + 5 * DAY, reminders: [2 * DAY] });
    clock.advance(2 * DAY);
    await sendDueReminders(deps, clock.now());
    await deliverDue(deps, { maxBatches: 10 });
    expect(wave.status).toBe('open');
    const mails = outbox.entries.map((m) => ({ to: m.to, text: m.text, html: m.html }));
    expect(mails).toHaveLength(4);
    for (const mail of mails) {
      const lang = mail.to.startsWith('anna') ? 'de' : 'en';
      expect(mail.text).toContain(`http://puls.test/privacy?lang=${lang}`);
      expect(mail.html).toContain(`<a href="http://puls.test/privacy?lang=${lang}"`);
      expect(mail.text).toContain(lang === 'de' ? 'Verantwortlich ist Muster Maschinenbau GmbH' : 'Muster Maschinenbau GmbH is responsible');
    }
  });

  it('links the notice from the survey page, beside the anonymity explanation', async () => {
    const { app, deps } = await testDeps();
    const wave = await insertWave(deps);
    const inv = await invite(deps, wave.id);
    const page = await text(app.request(`/s/${inv.token}`));
    const panel = /<details class="anonymity">(.*?)<\/details>/s.exec(page)![1];
    expect(panel).toContain('<a href="/privacy?lang=de">Datenschutzhinweise (Art. 13 DSGVO)</a>');
    const en = await text(app.request(`/s/${inv.token}?lang=en`));
    expect(en).toContain('<a href="/privacy?lang=en">Privacy notice (Art. 13 GDPR)</a>');
  });
});
