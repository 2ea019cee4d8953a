import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newIdentity } from '../support/factories.js';
import { buildPortalWorld, CALLERS, type Caller, PDF, type PortalWorld } from './support/portal-world.js';

const { backendUrl } = inject('stack');

/**
 * A status, or `pass`: the access rules let the caller through and the answer depends on data the route does not
 * own here (another test's IMU rates, an empty body refused by validation): anything below 500 but 401, 403, 404.
 */
type Outcome = number | 'pass';
type Expectations = Record<Caller, Outcome>;

interface RouteCheck {
  expect: Expectations;
  /** The concrete request: path with A's ids and query, body. Defaults to the path itself, no body. */
  request?: (world: PortalWorld) => {
    path: string;
    body?: RequestInit['body'];
    contentType?: string;
    headers?: Record<string, string>;
  };
}

const STAFF = ['registry', 'permits', 'taxes', 'admin'] as const;

/** The same answer for everybody, logged in or not. */
const everyone = (outcome: Outcome): Expectations =>
  Object.fromEntries(CALLERS.map((caller) => [caller, outcome])) as Expectations;

/** Any logged-in person; anonymous callers are asked to log in. */
const loggedIn = (outcome: Outcome): Expectations => ({ ...everyone(outcome), anonymous: 401 });

/** Only the listed offices; other logged-in people are refused. */
const offices = (roles: readonly (typeof STAFF)[number][], outcome: Outcome): Expectations => ({
  ...everyone(403),
  anonymous: 401,
  ...Object.fromEntries(roles.map((role) => [role, outcome])),
});

/** A's data: A gets `owner`, everybody else logged in is told it does not exist. */
const ownedByA = (owner: Outcome): Expectations => ({ ...everyone(404), anonymous: 401, residentA: owner });

/** The person's own registry data: both residents have some, the staff here are not in the registry. */
const ownRegistryData = (outcome: Outcome): Expectations => ({
  ...everyone(404),
  anonymous: 401,
  residentA: outcome,
  residentB: outcome,
});

const json = (body: unknown) => ({ body: JSON.stringify(body), contentType: 'application/json' });
const pdfForm = () => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'integrazione.pdf');
  return form;
};
const YEAR = 2025;

/**
 * Every route of the OpenAPI document and what each caller must get. A route missing here fails the test: a new
 * route cannot ship without stating who may call it. Write routes are called with bodies that validation or the
 * domain refuses for allowed callers (no side effects), except where allowing is cheap and harmless.
 */
const MATRIX: Record<string, RouteCheck> = {
  'GET /api/auth/providers': { expect: everyone(200) },
  'GET /api/auth/login': {
    expect: everyone(302),
    request: () => ({ path: '/api/auth/login?provider=spid&idp=test-a' }),
  },
  'GET /api/auth/callback': { expect: everyone(303) },
  'GET /api/me': { expect: loggedIn(200) },
  'GET /.well-known/openid-federation': { expect: everyone(200) },
  // Only answers for this portal's own trust anchor: without one, not found for everybody.
  'GET /api/federation/resolve': { expect: everyone(404) },
  'GET /api/admin/roles': { expect: offices(['admin'], 200) },
  'PUT /api/admin/roles/{fiscalCode}': {
    expect: offices(['admin'], 200),
    request: () => ({ path: `/api/admin/roles/${newIdentity().fiscalCode}`, ...json({ roles: [] }) }),
  },
  'GET /api/certificates/subjects': { expect: loggedIn(200) },
  'GET /api/certificates/types': {
    expect: ownedByA(200),
    request: ({ a }) => ({ path: `/api/certificates/types?subject=${a.personId}` }),
  },
  'GET /api/certificates/exemptions': { expect: loggedIn(200) },
  'POST /api/certificates/preview': {
    expect: ownedByA(200),
    request: ({ a }) => ({
      path: '/api/certificates/preview',
      ...json({ type: 'residence', subjectId: a.personId, stampDuty: { exemption: 'pension' } }),
    }),
  },
  'POST /api/certificates': {
    expect: ownedByA(201),
    request: ({ a }) => ({
      path: '/api/certificates',
      ...json({ type: 'residence', subjectId: a.personId, stampDuty: { exemption: 'pension' } }),
    }),
  },
  'GET /api/certificates': { expect: loggedIn(200) },
  'GET /api/certificates/{id}/pdf': {
    expect: ownedByA(200),
    request: ({ a }) => ({ path: `/api/certificates/${a.certificateId}/pdf` }),
  },
  'GET /api/public/certificates/{code}': {
    expect: everyone(200),
    request: ({ a }) => ({ path: `/api/public/certificates/${a.certificateCode}` }),
  },
  'GET /api/staff/feedback/report': { expect: offices(STAFF, 200) },
  'GET /api/staff/taxes/imu-rate-categories': { expect: offices(['taxes'], 200) },
  'GET /api/staff/taxes/imu-rates': { expect: offices(['taxes'], 200) },
  'PUT /api/staff/taxes/imu-rates/{year}': {
    expect: offices(['taxes'], 400),
    request: () => ({ path: `/api/staff/taxes/imu-rates/${YEAR}`, ...json({}) }),
  },
  'GET /api/staff/taxes/legal-interest-rates': { expect: offices(['taxes', 'admin'], 200) },
  'PUT /api/staff/taxes/legal-interest-rates/{year}': {
    expect: offices(['taxes', 'admin'], 400),
    request: () => ({ path: `/api/staff/taxes/legal-interest-rates/${YEAR}`, ...json({}) }),
  },
  'POST /api/staff/taxes/properties': {
    expect: offices(['taxes'], 400),
    request: () => ({ path: '/api/staff/taxes/properties', ...json({}) }),
  },
  'GET /api/staff/taxes/properties': {
    expect: offices(['taxes'], 200),
    request: ({ identities }) => ({
      path: `/api/staff/taxes/properties?owner=${identities.residentA.fiscalCode}`,
    }),
  },
  'POST /api/staff/taxes/bulk-jobs': {
    expect: offices(['taxes'], 400),
    request: () => ({ path: '/api/staff/taxes/bulk-jobs', ...json({}) }),
  },
  'GET /api/staff/taxes/bulk-jobs': { expect: offices(['taxes'], 200) },
  'GET /api/staff/taxes/bulk-jobs/{id}': {
    expect: offices(['taxes'], 404),
    request: () => ({ path: `/api/staff/taxes/bulk-jobs/${randomUUID()}` }),
  },
  'GET /api/staff/taxes/bulk-jobs/{id}/archive.zip': {
    expect: offices(['taxes'], 404),
    request: () => ({ path: `/api/staff/taxes/bulk-jobs/${randomUUID()}/archive.zip` }),
  },
  'GET /api/f24/imu/{year}': {
    expect: loggedIn('pass'),
    request: () => ({ path: `/api/f24/imu/${YEAR}` }),
  },
  'POST /api/f24/imu/{year}/late-payment': {
    expect: loggedIn(400),
    request: () => ({ path: `/api/f24/imu/${YEAR}/late-payment`, ...json({}) }),
  },
  'GET /api/f24/imu/{year}/late-payment.pdf': {
    expect: loggedIn(400),
    request: () => ({ path: `/api/f24/imu/${YEAR}/late-payment.pdf` }),
  },
  'GET /api/f24/imu/{year}/{instalment}.pdf': {
    expect: loggedIn('pass'),
    request: () => ({ path: `/api/f24/imu/${YEAR}/acconto.pdf` }),
  },
  'GET /api/f24/documents': { expect: loggedIn(200) },
  // Precompiled F24s exist only after a bulk job; an unknown id checks the refusal path for everyone.
  'GET /api/f24/documents/{id}.pdf': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/f24/documents/${randomUUID()}.pdf` }),
  },
  'GET /api/payments': { expect: loggedIn(200) },
  'POST /api/payments/pagopa/receipts': {
    expect: everyone(400),
    request: () => ({ path: '/api/payments/pagopa/receipts', ...json({}) }),
  },
  'GET /api/payments/{id}': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/payments/${randomUUID()}` }),
  },
  'GET /api/payments/{id}/notice.pdf': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/payments/${randomUUID()}/notice.pdf` }),
  },
  'GET /api/payments/{id}/receipt.pdf': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/payments/${randomUUID()}/receipt.pdf` }),
  },
  'GET /api/staff/payments': { expect: offices(['registry', 'permits', 'taxes', 'admin'], 200) },
  'GET /api/staff/payments/reconciliation': {
    expect: offices(['registry', 'permits', 'taxes', 'admin'], 'pass'),
  },
  'POST /api/f24/imu/{year}/payments': {
    expect: loggedIn(400),
    request: () => ({ path: `/api/f24/imu/${YEAR}/payments`, ...json({}) }),
  },
  'GET /api/staff/permits/fee-tariffs': { expect: offices(['permits'], 200) },
  'PUT /api/staff/permits/fee-tariffs': {
    expect: offices(['permits'], 400),
    request: () => ({ path: '/api/staff/permits/fee-tariffs', ...json({}) }),
  },
  'POST /api/staff/permits/{id}/charges': {
    expect: offices(['permits'], 400),
    request: ({ a }) => ({ path: `/api/staff/permits/${a.practiceId}/charges`, ...json({}) }),
  },
  // SUE online filing: drafts are the author's own; unknown ids are refused the same way for everybody.
  // Nobody here has filled in a technician profile yet.
  'GET /api/me/technician-profile': { expect: loggedIn(404) },
  'PUT /api/me/technician-profile': {
    expect: loggedIn(400),
    request: () => ({ path: '/api/me/technician-profile', ...json({}) }),
  },
  'GET /api/permits/drafts': { expect: loggedIn(200) },
  'POST /api/permits/drafts': {
    expect: loggedIn(400),
    request: () => ({ path: '/api/permits/drafts', ...json({}) }),
  },
  'GET /api/permits/drafts/{id}': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/permits/drafts/${randomUUID()}` }),
  },
  'PUT /api/permits/drafts/{id}': {
    expect: loggedIn(400),
    request: () => ({ path: `/api/permits/drafts/${randomUUID()}`, ...json({ titolare: 'x' }) }),
  },
  'POST /api/permits/drafts/{id}/attachments': {
    expect: loggedIn('pass'),
    request: () => ({ path: `/api/permits/drafts/${randomUUID()}/attachments`, body: pdfForm() }),
  },
  'DELETE /api/permits/drafts/{id}/attachments/{attachmentId}': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/permits/drafts/${randomUUID()}/attachments/${randomUUID()}` }),
  },
  'POST /api/permits/drafts/{id}/fee-payment': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/permits/drafts/${randomUUID()}/fee-payment` }),
  },
  'POST /api/permits/drafts/{id}/submit': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/permits/drafts/${randomUUID()}/submit` }),
  },
  // Resumable (tus) uploads under a draft: the author's own; the tus header is sent so the draft is what answers.
  'POST /api/permits/drafts/{id}/uploads': {
    expect: loggedIn(404),
    request: () => ({
      path: `/api/permits/drafts/${randomUUID()}/uploads`,
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '10', 'upload-metadata': 'kind bW9kdWxv' },
    }),
  },
  'HEAD /api/permits/drafts/{id}/uploads/{uploadId}': {
    expect: loggedIn(404),
    request: () => ({
      path: `/api/permits/drafts/${randomUUID()}/uploads/${randomUUID()}`,
      headers: { 'tus-resumable': '1.0.0' },
    }),
  },
  'PATCH /api/permits/drafts/{id}/uploads/{uploadId}': {
    expect: loggedIn(404),
    request: () => ({
      path: `/api/permits/drafts/${randomUUID()}/uploads/${randomUUID()}`,
      body: 'abc',
      contentType: 'application/offset+octet-stream',
      headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0' },
    }),
  },
  'DELETE /api/permits/drafts/{id}/uploads/{uploadId}': {
    expect: loggedIn(404),
    request: () => ({
      path: `/api/permits/drafts/${randomUUID()}/uploads/${randomUUID()}`,
      headers: { 'tus-resumable': '1.0.0' },
    }),
  },
  'POST /api/permits/drafts/{id}/uploads/{uploadId}/complete': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/permits/drafts/${randomUUID()}/uploads/${randomUUID()}/complete` }),
  },
  'GET /api/permits/{id}/receipt': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/permits/${randomUUID()}/receipt` }),
  },
  'POST /api/permits/{id}/signed-documents': {
    expect: loggedIn('pass'),
    request: () => ({ path: `/api/permits/${randomUUID()}/signed-documents`, body: pdfForm() }),
  },
  'GET /api/public/albo-pretorio': { expect: everyone(200) },
  'GET /api/public/albo-pretorio/archivio': { expect: everyone(200) },
  'GET /api/health': { expect: everyone(200) },
  'GET /api/health/ready': { expect: everyone(200) },
  // Outside the session rules: open without METRICS_TOKEN outside production (its own tests cover the token).
  'GET /api/metrics': { expect: everyone(200) },
  'GET /api/public/municipality': { expect: everyone(200) },
  'GET /api/public/portal-content': { expect: everyone(200) },
  'GET /api/public/services': { expect: everyone(200) },
  'GET /api/public/services/{slug}': {
    expect: everyone(200),
    request: () => ({ path: '/api/public/services/certificati-anagrafici' }),
  },
  'GET /api/permits': { expect: loggedIn(200) },
  'GET /api/permits/{id}': {
    expect: ownedByA(200),
    request: ({ a }) => ({ path: `/api/permits/${a.practiceId}` }),
  },
  'POST /api/permits/{id}/transitions': {
    expect: ownedByA('pass'),
    request: ({ a }) => ({
      path: `/api/permits/${a.practiceId}/transitions`,
      ...json({ to: 'withdrawn', expectedVersion: 999 }),
    }),
  },
  'POST /api/permits/{id}/documents': {
    expect: ownedByA('pass'),
    request: ({ a }) => ({ path: `/api/permits/${a.practiceId}/documents`, body: pdfForm() }),
  },
  'GET /api/permits/{id}/documents/{documentId}': {
    expect: ownedByA('pass'),
    request: ({ a }) => ({ path: `/api/permits/${a.practiceId}/documents/${a.practiceDocumentId}` }),
  },
  'GET /api/staff/permits': { expect: offices(['permits'], 200) },
  'POST /api/staff/permits': {
    expect: offices(['permits'], 400),
    request: () => ({ path: '/api/staff/permits', ...json({}) }),
  },
  'GET /api/staff/permits/{id}': {
    expect: offices(['permits'], 200),
    request: ({ a }) => ({ path: `/api/staff/permits/${a.practiceId}` }),
  },
  'POST /api/staff/permits/{id}/transitions': {
    expect: offices(['permits'], 400),
    request: ({ a }) => ({ path: `/api/staff/permits/${a.practiceId}/transitions`, ...json({}) }),
  },
  'PUT /api/staff/permits/{id}/case-officer': {
    expect: offices(['permits'], 400),
    request: ({ a }) => ({ path: `/api/staff/permits/${a.practiceId}/case-officer`, ...json({}) }),
  },
  'POST /api/staff/permits/{id}/documents': {
    expect: offices(['permits'], 'pass'),
    request: ({ a }) => ({ path: `/api/staff/permits/${a.practiceId}/documents`, body: new FormData() }),
  },
  'GET /api/staff/permits/{id}/documents/{documentId}': {
    expect: offices(['permits'], 200),
    request: ({ a }) => ({ path: `/api/staff/permits/${a.practiceId}/documents/${a.practiceDocumentId}` }),
  },
  'GET /api/registry/me': { expect: ownRegistryData(200) },
  'GET /api/registry/me/household': { expect: ownRegistryData(200) },
  'GET /api/registry/me/household/{personId}': {
    expect: ownedByA(200),
    request: ({ a }) => ({ path: `/api/registry/me/household/${a.memberId}` }),
  },
  'GET /api/registry/me/autocertificazione.pdf': { expect: ownRegistryData(200) },
  'POST /api/registry/me/corrections': {
    expect: loggedIn(400),
    request: () => ({ path: '/api/registry/me/corrections', ...json({}) }),
  },
  'GET /api/registry/me/corrections': { expect: ownRegistryData(200) },
  'GET /api/registry/me/access-log': { expect: loggedIn(200) },
  'GET /api/staff/registry/persons': {
    expect: offices(['registry', 'admin'], 200),
    request: ({ identities }) => ({
      path: `/api/staff/registry/persons?q=${identities.residentA.fiscalCode}`,
    }),
  },
  'GET /api/staff/registry/persons/{id}': {
    expect: offices(['registry', 'admin'], 200),
    request: ({ a }) => ({ path: `/api/staff/registry/persons/${a.personId}?purpose=controllo%20accessi` }),
  },
  'GET /api/staff/registry/corrections': { expect: offices(['registry', 'admin'], 200) },
  'POST /api/staff/registry/corrections/{id}/answer': {
    expect: offices(['registry', 'admin'], 400),
    request: ({ a }) => ({ path: `/api/staff/registry/corrections/${a.correctionId}/answer`, ...json({}) }),
  },
  'GET /api/staff/registry/corrections/{id}/attachment': {
    expect: offices(['registry', 'admin'], 200),
    request: ({ a }) => ({ path: `/api/staff/registry/corrections/${a.correctionId}/attachment` }),
  },
  // A PDF is not a CSV: refused before any import starts.
  'POST /api/staff/registry/imports': {
    expect: offices(['registry', 'admin'], 415),
    request: () => ({ path: '/api/staff/registry/imports', body: PDF, contentType: 'application/pdf' }),
  },
  'GET /api/staff/registry/imports': { expect: offices(['registry', 'admin'], 200) },
  'GET /api/staff/registry/imports/{id}': {
    expect: offices(['registry', 'admin'], 404),
    request: () => ({ path: `/api/staff/registry/imports/${randomUUID()}` }),
  },
  'GET /api/messages': { expect: loggedIn(200) },
  'POST /api/messages/{id}/read': {
    expect: ownedByA(200),
    request: ({ a }) => ({ path: `/api/messages/${a.messageId}/read` }),
  },
  'GET /api/personal-area/summary': { expect: loggedIn(200) },
  'GET /api/staff/home': { expect: offices(STAFF, 200) },
  'GET /api/me/notification-preferences': { expect: loggedIn(200) },
  'PUT /api/me/notification-preferences': {
    expect: loggedIn(400),
    request: () => ({ path: '/api/me/notification-preferences', ...json({}) }),
  },
  'GET /api/staff/notifications': { expect: offices(STAFF, 200) },
  'POST /api/staff/taxes/imu-reminders': {
    expect: offices(['taxes'], 400),
    request: () => ({ path: '/api/staff/taxes/imu-reminders', ...json({}) }),
  },
  'GET /api/staff/taxes/imu-reminders': { expect: offices(['taxes'], 200) },
  // Reminds (once, ever) residents whose card expires soon: harmless to run again.
  'POST /api/staff/registry/identity-card-reminders': { expect: offices(['registry', 'admin'], 200) },
  'POST /api/feedback': { expect: everyone(400), request: () => ({ path: '/api/feedback', ...json({}) }) },
  'GET /api/appointments/offices': { expect: everyone(200) },
  // Without the office and the days the query is refused, for everybody alike: the slots are public.
  'GET /api/appointments/slots': { expect: everyone(400) },
  'POST /api/appointments': {
    expect: loggedIn(400),
    request: () => ({ path: '/api/appointments', ...json({}) }),
  },
  'GET /api/appointments': { expect: loggedIn(200) },
  'GET /api/appointments/{id}': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/appointments/${randomUUID()}` }),
  },
  'GET /api/appointments/{id}/calendar': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/appointments/${randomUUID()}/calendar` }),
  },
  'PATCH /api/appointments/{id}': {
    expect: loggedIn(422),
    request: () => ({ path: `/api/appointments/${randomUUID()}`, ...json({ slotId: 'no' }) }),
  },
  'DELETE /api/appointments/{id}': {
    expect: loggedIn(404),
    request: () => ({ path: `/api/appointments/${randomUUID()}` }),
  },
  'GET /api/staff/appointments': { expect: offices(STAFF, 400) },
  'GET /api/staff/appointments/offices': { expect: offices(STAFF, 200) },
  'PUT /api/staff/appointments/offices/{id}/hours': {
    expect: offices(STAFF, 400),
    request: () => ({ path: `/api/staff/appointments/offices/${randomUUID()}/hours`, ...json({}) }),
  },
  'POST /api/staff/appointments/offices/{id}/closures': {
    expect: offices(STAFF, 400),
    request: () => ({ path: `/api/staff/appointments/offices/${randomUUID()}/closures`, ...json({}) }),
  },
  'DELETE /api/staff/appointments/offices/{id}/closures/{closureId}': {
    expect: offices(STAFF, 404),
    request: () => ({ path: `/api/staff/appointments/offices/${randomUUID()}/closures/${randomUUID()}` }),
  },
  // Last for every caller: it ends the session.
  'POST /api/auth/logout': { expect: everyone(204) },
};

function matches(outcome: Outcome, status: number): boolean {
  if (outcome === 'pass') return status < 500 && ![401, 403, 404].includes(status);
  return status === outcome;
}

async function openApiRoutes(): Promise<string[]> {
  const document = (await (await fetch(`${backendUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => methods.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('authorization matrix over every route of the OpenAPI document', () => {
  let world: PortalWorld;
  let routes: string[];

  beforeAll(async () => {
    [world, routes] = await Promise.all([buildPortalWorld(), openApiRoutes()]);
  });

  it('should state the expected outcome of every route of the OpenAPI document, and only of those', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(
      routes.filter((route) => !(route in MATRIX)),
      'routes missing from MATRIX',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((route) => !routes.includes(route)),
      'stale MATRIX entries',
    ).toEqual([]);
  });

  it('should allow and deny every route for anonymous, both residents, each office and the admin as stated', async () => {
    const mismatches: string[] = [];
    // Callers one after the other, routes in order: `logout` comes last and ends each session.
    for (const caller of CALLERS) {
      for (const [route, check] of Object.entries(MATRIX)) {
        const [method, templatePath] = route.split(' ');
        const { path, body, contentType, ...more } = check.request?.(world) ?? { path: templatePath };
        const headers: Record<string, string> = {
          ...more.headers,
          ...(contentType ? { 'content-type': contentType } : {}),
        };
        const init: RequestInit = { method, headers, body, redirect: 'manual' };
        const response =
          caller === 'anonymous'
            ? await fetch(`${backendUrl}${path}`, init)
            : await world.sessions[caller].fetch(path, init);
        const text = await response.text();
        const expected = check.expect[caller];
        if (!matches(expected, response.status)) {
          mismatches.push(
            `${route} as ${caller}: expected ${expected}, got ${response.status} ${text.slice(0, 160)}`,
          );
        } else if (response.status >= 400) {
          const type = response.headers.get('content-type') ?? '';
          if (!type.startsWith('application/problem+json'))
            mismatches.push(`${route} as ${caller}: ${response.status} without problem+json (${type})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
