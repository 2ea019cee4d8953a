import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { grantRoles } from '../../backend/test/support/db.js';
import { newIdentity, type TestIdentity } from '../../backend/test/support/factories.js';
import {
  practiceParty,
  registerPractice as registerPracticeAsOffice,
} from '../../backend/test/support/permit-factories.js';
import { loginAs, type TestSession } from '../../backend/test/support/session.js';

/** A staff member with the given roles, logged in through the test OP for API calls (no browser). */
export async function staffSession(
  roles: ('registry' | 'permits' | 'taxes' | 'admin')[],
): Promise<{ identity: TestIdentity; session: TestSession }> {
  const identity = newIdentity();
  await grantRoles(identity.fiscalCode, roles);
  return { identity, session: await loginAs(identity) };
}

/** The JSON body of a successful response, failing the test with the body when the status differs. */
export async function okJson<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, `${response.url}: ${text}`).toBe(status);
  return JSON.parse(text) as T;
}

export function jsonRequest(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Today's civil date in Rome (YYYY-MM-DD), the portal's calendar. */
export function romeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Italian short date as the pages print it, dd/mm/yyyy. */
export function italianDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export interface StaffPracticeSummary {
  id: string;
  state: string;
  version: number;
  protocolNumber: string;
}

/** Registers a practice from the protocol as the permits office does, with the resident as applicant. */
export function registerPractice(
  staff: TestSession,
  type: 'CIL' | 'CILA' | 'SCIA' | 'PDC',
  applicant: TestIdentity,
  description = 'Rifacimento della copertura',
  address = 'Via Roma 1',
): Promise<StaffPracticeSummary> {
  return registerPracticeAsOffice<StaffPracticeSummary>(staff, {
    type,
    description,
    address,
    parties: [practiceParty('applicant', applicant, `${applicant.fiscalCode.toLowerCase()}@example.test`)],
  });
}

/** Moves a practice through the staff API, at the version it has now. */
export async function movePractice(
  staff: TestSession,
  id: string,
  to: string,
  body: Record<string, unknown> = {},
): Promise<StaffPracticeSummary> {
  const current = await okJson<StaffPracticeSummary>(await staff.fetch(`/api/staff/permits/${id}`));
  return okJson<StaffPracticeSummary>(
    await staff.fetch(
      `/api/staff/permits/${id}/transitions`,
      jsonRequest({ to, expectedVersion: current.version, ...body }),
    ),
  );
}

/** A tiny but well-formed one-page PDF with a line of text, as a resident would scan and upload. */
export function smallPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Fails when the page is wider than its viewport (a 360 px phone must not scroll sideways), naming the
 * innermost elements that stick out, so that the failure says which text or box to fix.
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, viewport, culprits } = await page.evaluate(() => {
    const width = window.innerWidth;
    const sticking = [...document.querySelectorAll('body *')].filter((element) => {
      const box = element.getBoundingClientRect();
      if (box.right <= width + 1 || box.width === 0) return false;
      // An element inside a box that scrolls sideways by design (.table-responsive) does not widen the page.
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return false;
      }
      return true;
    });
    const innermost = sticking.filter(
      (element) => !sticking.some((other) => other !== element && element.contains(other)),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      viewport: width,
      culprits: innermost.slice(0, 5).map((element) => {
        const classes =
          typeof element.className === 'string' ? element.className.trim().replace(/\s+/g, '.') : '';
        const text = (element.textContent ?? '').trim().slice(0, 40);
        return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> ${Math.round(element.getBoundingClientRect().right)} px «${text}»`;
      }),
    };
  });
  expect(scrollWidth, `horizontal overflow on ${page.url()}: ${culprits.join('; ')}`).toBeLessThanOrEqual(
    viewport,
  );
}

/** The names of the entries of a zip archive, by Info-ZIP's zipinfo. */
export async function zipEntries(zip: Buffer): Promise<string[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'e2e-zip-'));
  const file = path.join(folder, 'archive.zip');
  await writeFile(file, zip);
  return execFileSync('zipinfo', ['-1', file]).toString().trim().split('\n').filter(Boolean);
}
