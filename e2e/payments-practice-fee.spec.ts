import { describe, expect, inject, it } from 'vitest';
import { grantRoles } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
import {
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
  waitForHydration,
} from './support/browser.js';
import { expectPaymentStatus, listedPayments, payOnCheckout, phonePageAs } from './support/payments.js';
import { expectNoHorizontalScroll, registerPractice, staffSession } from './support/portal.js';

const { publicUrl, federationUrl } = inject('stack');
const browser = useBrowser();

describe('a clerk charges a practice fee and the titolare pays it with pagoPA', () => {
  it('should use the tariff the office set, show it to the applicant as da pagare, and record it paid', async () => {
    const applicant = newIdentity();
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['permits']);
    const registrar = await staffSession(['permits']);
    const practice = await registerPractice(registrar.session, 'CILA', applicant, 'Bagno nuovo');

    // The office sets the CILA tariff (a decision of the council, data the office edits) ...
    const office = await newPage(browser(), { width: 1280, height: 900 });
    await loginInBrowser(office.page, publicUrl, clerk);
    await office.page.goto(`${publicUrl}/backoffice/pratiche/tariffe`);
    await expectText(office.page.getByRole('heading', { level: 1 }), 'Tariffe dei diritti di segreteria');
    const cila = office.page.getByRole('group', { name: /\(CILA\)/ });
    await cila.getByLabel('Importo in euro').fill('57,30');
    await cila.getByLabel('Descrizione').fill('Diritti di segreteria CILA');
    await expectNoAccessibilityViolations(office.page);
    await waitForHydration(office.page);
    await office.page.getByRole('button', { name: 'Salva le tariffe' }).click();
    await expectText(office.page.getByRole('status'), 'Tariffe salvate');
    await expect(cila.getByLabel('Importo in euro').inputValue()).resolves.toMatch(/^57[.,]30$/);

    // ... and charges the diritti di segreteria to the practice from its page.
    await office.page.goto(`${publicUrl}/backoffice/pratiche/${practice.id}`);
    const charges = office.page.getByRole('region', { name: 'Importi da pagare' });
    // The diritti di segreteria take amount and purpose from the tariff.
    await charges.getByLabel('Voce').selectOption('diritti_segreteria');
    await waitForHydration(office.page);
    await charges.getByRole('button', { name: 'Addebita' }).click();
    await expectText(charges, 'Importo addebitato alla pratica');
    await expectText(charges, '€ 57,30');
    await expectNoAccessibilityViolations(office.page);
    await screenshot(office.page, 'payments-practice-1-clerk-charges');
    await office.context.close();

    // The titolare, on a phone, sees it under "Da pagare" in the practice and pays it.
    const resident = await phonePageAs(browser(), publicUrl, applicant);
    const practiceUrl = `${publicUrl}/pratiche/${practice.id}`;
    await resident.page.goto(practiceUrl);
    const toPay = resident.page.getByRole('region', { name: 'Da pagare' });
    await expectText(toPay, 'Diritti di segreteria CILA');
    await expectText(toPay, '€ 57,30');
    await expectNoAccessibilityViolations(resident.page);
    await expectNoHorizontalScroll(resident.page);
    await screenshot(resident.page, 'payments-practice-2-da-pagare-phone');
    const [fee] = (await listedPayments(resident.context, publicUrl)).filter(
      (item) => item.kind === 'practice-fee',
    );
    expect(fee).toMatchObject({ status: 'due', amount: '57.30' });

    await payOnCheckout(resident.page, federationUrl, practiceUrl);
    await expectPaymentStatus(resident.context, publicUrl, fee.id, 'paid', 30_000);
    await resident.page.goto(practiceUrl);
    await expectText(toPay, 'Pagamenti effettuati');
    await expect(toPay.getByRole('link', { name: /ricevuta/ }).count()).resolves.toBe(1);
    await resident.context.close();
  });
});
