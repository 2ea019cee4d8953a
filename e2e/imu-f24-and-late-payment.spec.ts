import { describe, expect, inject, it } from 'vitest';
import {
  createProperty,
  insertRegistryPerson,
  italianAmount,
  pdfText,
  putBaseRates,
} from '../backend/test/f24-fixtures.js';
import { newIdentity } from '../backend/test/support/factories.js';
import {
  checkLabelled,
  expectNoAccessibilityViolations,
  expectText,
  loginInBrowser,
  newPage,
  screenshot,
  useBrowser,
} from './support/browser.js';
import { expectNoHorizontalScroll, italianDate, romeToday, staffSession } from './support/portal.js';

const { publicUrl } = inject('stack');
const browser = useBrowser();

describe('a resident prints the IMU F24 and works out a late payment', () => {
  it('should explain the tax, preview and download the F24, then compute penalty and interest', async () => {
    // The pages open on the current year; the late payment below is for the saldo 2024.
    const year = Number(romeToday().slice(0, 4));
    const office = await staffSession(['taxes']);
    for (const rateYear of new Set([2023, 2024, year - 1, year]))
      await putBaseRates(office.session, rateYear);
    const owner = newIdentity({ sex: 'F', birthDate: '1971-04-23' });
    await insertRegistryPerson(owner);
    // 500 × 1,05 × 160 = € 84.000 of base × 0,86% = € 722,40 a year: € 361 at each instalment.
    await createProperty(office.session, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '500.00',
      address: 'Via Roma 12',
      owners: [
        { fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2020-01-01', to: `${year}-12-31` },
      ],
    });

    // The resident, on a phone, starts from the payments page.
    const { context, page } = await newPage(browser(), { width: 360, height: 740 });
    await loginInBrowser(page, publicUrl, owner);
    await page.goto(`${publicUrl}/pagamenti`);
    const main = page.locator('main');
    await expectText(main.getByRole('heading', { level: 1 }), 'Pagamenti');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'imu-1-payments-phone');

    // Step 1: the property, with the base, the months and the annual tax.
    await page.getByRole('link', { name: 'Calcola l’IMU' }).click();
    await page.waitForURL(/\/pagamenti\/imu$/);
    await expectText(main.getByRole('heading', { level: 1 }), `IMU ${year}`);
    const property = main.getByRole('article').filter({ hasText: 'Via Roma 12' });
    await expectText(property, /Base imponibile\s+€ 84\.000,00/);
    await expectText(property, /Mesi di possesso\s+12/);
    await expectText(property, /Imposta annua\s+€ 722,40/);
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'imu-2-properties-phone');

    // Step 2: the summary by codice tributo and the instalments, with the due dates the backend sets.
    const imuResponse = await context.request.get(`${publicUrl}/api/f24/imu/${year}`);
    expect(imuResponse.status(), await imuResponse.text()).toBe(200);
    const imu = (await imuResponse.json()) as { acconto: { dueDate: string; total: string } };
    expect(imu.acconto.total).toBe('361.00');
    await page.getByRole('link', { name: 'Vai al riepilogo' }).click();
    await page.waitForURL(new RegExp(`/pagamenti/imu/riepilogo\\?anno=${year}$`));
    await expectText(main.getByRole('heading', { level: 1 }), `Riepilogo IMU ${year}`);
    const annual = main.getByRole('region', { name: 'Imposta annua per codice tributo' }).first();
    await expectText(annual.getByRole('row').filter({ hasText: '3918' }), /Altri fabbricati\s+1\s+€ 722,40/);
    const acconto = main.getByRole('region', { name: 'Acconto', exact: true });
    await expectText(acconto, `Scadenza: ${italianDate(imu.acconto.dueDate)}`);
    await expectText(acconto, /3918\s+€ 361,00/);
    await expectText(acconto, /Totale\s+€ 361,00/);
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'imu-3-summary-phone');

    // Step 3: the F24 lines as the form prints them, and the PDF.
    await acconto.getByRole('link', { name: 'Modello F24 – Acconto' }).click();
    await page.waitForURL(/\/pagamenti\/imu\/f24\?/);
    await expectText(main.getByRole('heading', { level: 1 }), `Acconto IMU ${year}`);
    const lines = main.getByRole('table', { name: 'Motivo del pagamento' });
    await expectText(lines.getByRole('row').filter({ hasText: '3918' }), /EL\s+3918\s+I914\s+X \/ –\s+1/);
    await expectText(lines.getByRole('row').filter({ hasText: '3918' }), `${year}`);
    await expectText(lines.getByRole('row').filter({ hasText: '3918' }), '€ 361,00');
    await expectText(lines.getByRole('row').filter({ hasText: 'Saldo finale' }), '€ 361,00');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'imu-4-f24-preview-phone');

    const downloadLink = main.getByRole('link', { name: 'Scarica il modello F24 (PDF)' });
    const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
    expect(download.suggestedFilename()).toBe(`F24-IMU-${year}-acconto.pdf`);
    const pdf = await context.request.get(
      new URL((await downloadLink.getAttribute('href'))!, publicUrl).href,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(body, '-layout');
    // The line the page showed: section EL, codice tributo, codice ente, the amount; the resident as payer.
    expect(text).toMatch(new RegExp(`EL\\s+3918\\s+I914.*\\s${italianAmount(imu.acconto.total)}`));
    expect(text).toContain(owner.familyName.toUpperCase());
    expect(text.replace(/\s+/g, '')).toContain(owner.fiscalCode);

    // The late payment: the saldo 2024 (due Monday 16/12/2024) paid on 14/02/2025, 60 days late.
    await page.goto(`${publicUrl}/pagamenti`);
    await page.getByRole('link', { name: 'Calcola il ravvedimento' }).click();
    await page.waitForURL(/\/pagamenti\/imu\/ravvedimento$/);
    await expectText(main.getByRole('heading', { level: 1 }), 'Ravvedimento operoso IMU');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'imu-5-late-payment-form-phone');
    await page.getByLabel(/Anno d.imposta/).fill('2024');
    await page.getByLabel('Data in cui paghi').fill('2025-02-14');
    await checkLabelled(page, 'radio', 'Saldo');
    await page.getByRole('button', { name: 'Calcola', exact: true }).click();
    await page.waitForURL(/\/pagamenti\/imu\/ravvedimento\?.*data=2025-02-14/);

    // The figures worked out by hand in backend/test/f24.e2e-spec.ts for the same flat and the same day.
    const result = main.getByRole('region', { name: 'Importi da versare il 14/02/2025' }).first();
    await expectText(result, '60 giorni di ritardo rispetto alla scadenza del 16/12/2024.');
    const row = result.getByRole('row').filter({ hasText: '3918' });
    await expectText(row, /3918\s+€ 361,00\s+€ 5,01\s+€ 1,26\s+€ 367,00/);
    await expectText(result.getByRole('row').filter({ hasText: 'Totale da versare' }), '€ 367,00');
    await expectNoHorizontalScroll(page);
    await expectNoAccessibilityViolations(page);
    await screenshot(page, 'imu-6-late-payment-result-phone');

    // Its F24: one line, "Ravv." and "saldo" ticked, year 2024, tax + penalty + interest.
    const latePdfHref = await result
      .getByRole('link', { name: 'Scarica il modello F24 del ravvedimento (PDF)' })
      .getAttribute('href');
    const latePdf = await context.request.get(new URL(latePdfHref!, publicUrl).href);
    expect(latePdf.headers()['content-type']).toBe('application/pdf');
    expect(pdfText(await latePdf.body(), '-layout')).toMatch(
      /EL\s+3918\s+I914\s+X\s+X\s+001\s+2024\s+367,00/,
    );
    await context.close();
  });
});
