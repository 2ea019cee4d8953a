import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestFederation, type TestFederation } from '../../start-test-federation.js';

const run = promisify(execFile);
const CF = 'RSSMRA80A01H501U';

let federation: TestFederation;
let base: string;
let work: string;
let caFile: string;

/** A one-page PDF with a classic cross-reference table, written here so the test needs no PDF library. */
function minimalPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const PDF = minimalPdf('Istanza di prova');

function sign(query: Record<string, string>, body: BodyInit = PDF, contentType = 'application/pdf') {
  return fetch(`${base}/sign?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

async function signedFile(query: Record<string, string>): Promise<string> {
  const response = await sign(query);
  expect(response.status).toBe(200);
  const file = join(
    work,
    `${query.format}-${Math.random().toString(36).slice(2)}.${query.format === 'cades' ? 'p7m' : 'pdf'}`,
  );
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

async function openssl(...args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('openssl', args, {
      encoding: 'latin1',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** `openssl cms -verify` of a `.p7m` against the test root only. */
function verifyCades(file: string) {
  return openssl(
    'cms',
    '-verify',
    '-binary',
    '-inform',
    'DER',
    '-in',
    file,
    '-CAfile',
    caFile,
    '-out',
    `${file}.out`,
  );
}

async function pdfsig(file: string): Promise<string> {
  const { stdout } = await run('pdfsig', ['-nocert', file]).catch((error: { stdout: string }) => error);
  return stdout;
}

/** The CMS a PAdES file carries (dumped by pdfsig) verified by openssl over the ByteRange, against the test root. */
async function verifyPadesChain(file: string) {
  const pdf = await readFile(file);
  const [a, b, c, d] = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/
    .exec(pdf.toString('latin1'))!
    .slice(1)
    .map(Number);
  const dir = await mkdtemp(join(work, 'dump-'));
  await run('pdfsig', ['-nocert', '-dump', file], { cwd: dir }).catch(() => undefined);
  const [dumped] = await readdir(dir);
  const signed = join(dir, 'signed-ranges');
  await writeFile(signed, Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]));
  const verified = await openssl(
    'cms',
    '-verify',
    '-binary',
    '-inform',
    'DER',
    '-in',
    join(dir, dumped),
    '-content',
    signed,
    '-CAfile',
    caFile,
    '-out',
    '/dev/null',
  );
  const printed = await openssl('cms', '-cmsout', '-print', '-inform', 'DER', '-in', join(dir, dumped));
  return { ...verified, cms: printed.output };
}

/** The signer certificate of a CAdES file, as `openssl x509 -text`. */
async function signerCertificateText(file: string): Promise<string> {
  const certs = `${file}.certs.pem`;
  await openssl('pkcs7', '-inform', 'DER', '-in', file, '-print_certs', '-out', certs);
  const first = (await readFile(certs, 'utf8')).match(
    /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/,
  )![0];
  await writeFile(`${certs}.first`, first);
  const { stdout } = await run('openssl', [
    'x509',
    '-noout',
    '-text',
    '-nameopt',
    'RFC2253,-esc_msb',
    '-in',
    `${certs}.first`,
  ]);
  return stdout;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'firma-sandbox-'));
  federation = await startTestFederation({ port: 0, dataDir: join(work, 'data') });
  base = `${federation.url}/firma`;
  caFile = join(work, 'ca.pem');
  await writeFile(caFile, await (await fetch(`${base}/ca.pem`)).text());
}, 60_000);

afterAll(async () => {
  await federation?.close();
  await rm(work, { recursive: true, force: true });
});

beforeEach(async () => {
  await fetch(`${base}/_sandbox/reset`, { method: 'POST' });
});

describe('firma sandbox: test CA', () => {
  it('should publish the root and the chain with the "CA qualificata di prova" under it', async () => {
    const root = new X509Certificate(await (await fetch(`${base}/ca.pem`)).text());
    const chainResponse = await fetch(`${base}/chain.pem`);
    expect(chainResponse.headers.get('content-type')).toBe('application/x-pem-file');
    const [issuing, rootAgain] = (await chainResponse.text())
      .match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!
      .map((pem) => new X509Certificate(pem));
    expect(root.ca).toBe(true);
    expect(issuing.subject).toContain('CN=CA qualificata di prova');
    expect(issuing.verify(root.publicKey)).toBe(true);
    expect(rootAgain.fingerprint256).toBe(root.fingerprint256);
  });

  it('should keep the CA in the data dir across restarts', async () => {
    const again = await startTestFederation({ port: 0, dataDir: join(work, 'data') });
    try {
      expect(await (await fetch(`${again.url}/firma/ca.pem`)).text()).toBe(await readFile(caFile, 'utf8'));
    } finally {
      await again.close();
    }
  });
});

describe('firma sandbox: signing', () => {
  it('should return a CAdES-BES .p7m that openssl verifies against the test root, content attached', async () => {
    const response = await sign({ format: 'cades', fiscalCode: CF, givenName: 'Mario', familyName: 'Rossi' });
    expect(response.headers.get('content-type')).toBe('application/pkcs7-mime');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="documento.pdf.p7m"');
    const file = join(work, 'valid.p7m');
    await writeFile(file, Buffer.from(await response.arrayBuffer()));
    const verified = await verifyCades(file);
    expect(verified.output).toContain('Verification successful');
    expect(await readFile(`${file}.out`)).toEqual(PDF);
    const printed = (await openssl('cms', '-cmsout', '-print', '-inform', 'DER', '-in', file)).output;
    for (const attribute of [
      'contentType',
      'messageDigest',
      'signingTime',
      'id-smime-aa-signingCertificateV2',
    ]) {
      expect(printed).toContain(attribute);
    }
    expect(printed).toContain('sha256');
  });

  it('should issue a signer certificate shaped like an Italian qualified one', async () => {
    const text = await signerCertificateText(
      await signedFile({ format: 'cades', fiscalCode: CF, givenName: 'Niccolò', familyName: "D'Amico" }),
    );
    expect(text).toContain('serialNumber=TINIT-RSSMRA80A01H501U');
    expect(text).toContain('GN=Niccolò');
    expect(text).toContain("SN=D'Amico");
    expect(text).toContain('CN=CA qualificata di prova');
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Non Repudiation\n/);
    expect(text).toContain('0.4.0.194112.1.2');
    expect(text).toContain('1.3.76.16.6');
    expect(text).toContain('qcStatements');
  });

  it('should name the signer after the demo identity when the request names nobody', async () => {
    federation.addIdentity({
      fiscalNumber: 'BNCGPP75C41F205X',
      givenName: 'Giuseppina',
      familyName: 'Bianchi',
    });
    const text = await signerCertificateText(
      await signedFile({ format: 'cades', fiscalCode: 'BNCGPP75C41F205X' }),
    );
    expect(text).toContain('CN=Giuseppina Bianchi');
  });

  it('should return a PAdES PDF that pdfsig finds valid and whose CMS openssl verifies against the test root', async () => {
    const response = await sign({ format: 'pades', fiscalCode: CF });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-signer-certificate-serial')).toMatch(/^[0-9a-f]+$/);
    const file = join(work, 'valid.pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    await writeFile(file, bytes);
    expect(bytes.toString('latin1')).toContain('/SubFilter /ETSI.CAdES.detached');
    const report = await pdfsig(file);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    const chain = await verifyPadesChain(file);
    expect(chain.output).toContain('Verification successful');
    // PAdES baseline B-B: signing-certificate-v2 present, no signing-time (the time is the dictionary's /M).
    expect(chain.cms).toContain('id-smime-aa-signingCertificateV2');
    expect(chain.cms).not.toContain('signingTime');
    expect(chain.cms).toContain('eContent: <ABSENT>');
  });

  it('should answer 422 for a PDF it cannot add a PAdES signature to', async () => {
    const response = await sign({ format: 'pades', fiscalCode: CF }, '%PDF-1.7\nnot a real document\n');
    expect(response.status).toBe(422);
    expect(((await response.json()) as { status: number }).status).toBe(422);
  });

  it('should reuse the certificate of a fiscal code until reset', async () => {
    const serial = async () =>
      (await sign({ format: 'pades', fiscalCode: CF })).headers.get('x-signer-certificate-serial');
    const first = await serial();
    expect(await serial()).toBe(first);
    await fetch(`${base}/_sandbox/reset`, { method: 'POST' });
    expect(await serial()).not.toBe(first);
  });
});

describe('firma sandbox: requests it refuses', () => {
  const expectProblem = async (response: Response, status: number, field?: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { status: number; title: string; errors?: { name?: string }[] };
    expect(body.status).toBe(status);
    if (field) expect(body.errors?.map((error) => error.name)).toContain(field);
    return body;
  };

  it('should refuse a missing fiscal code', async () => {
    await expectProblem(await sign({ format: 'pades' }), 400, 'fiscalCode');
  });
  it('should refuse a malformed or lower-case fiscal code', async () => {
    await expectProblem(await sign({ format: 'pades', fiscalCode: 'RSSMRA80A01H50' }), 400, 'fiscalCode');
    await expectProblem(await sign({ format: 'pades', fiscalCode: CF.toLowerCase() }), 400, 'fiscalCode');
  });
  it('should refuse an unknown format and a missing one', async () => {
    await expectProblem(await sign({ format: 'xades', fiscalCode: CF }), 400, 'format');
    await expectProblem(await sign({ fiscalCode: CF }), 400, 'format');
  });
  it('should refuse a name over 64 characters and an unknown defect', async () => {
    await expectProblem(
      await sign({ format: 'pades', fiscalCode: CF, givenName: 'A'.repeat(65) }),
      400,
      'givenName',
    );
    await expectProblem(await sign({ format: 'pades', fiscalCode: CF, defect: 'revoked' }), 400, 'defect');
  });
  it('should refuse a parameter the operation does not have', async () => {
    await expectProblem(await sign({ format: 'pades', fiscalCode: CF, level: 'B-T' }), 400, 'level');
  });
  it('should refuse a body that is not a PDF', async () => {
    await expectProblem(
      await sign({ format: 'pades', fiscalCode: CF }, 'ciao', 'text/plain'),
      415,
      'content-type',
    );
    await expectProblem(await sign({ format: 'pades', fiscalCode: CF }, 'ciao'), 400);
    await expectProblem(await sign({ format: 'pades', fiscalCode: CF }, ''), 400);
  });
  it('should refuse a PDF over 10 MiB', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    await expectProblem(await sign({ format: 'cades', fiscalCode: CF }, big), 413);
  });
  it('should answer 405 and 404 like the description says', async () => {
    await expectProblem(await fetch(`${base}/sign?format=pades&fiscalCode=${CF}`), 405);
    await expectProblem(await fetch(`${base}/verify`), 404);
  });
});

describe('firma sandbox: defects for the verifier tests', () => {
  it('expired-certificate: openssl refuses the expired signer certificate', async () => {
    const result = await verifyCades(
      await signedFile({ format: 'cades', fiscalCode: CF, defect: 'expired-certificate' }),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('certificate has expired');
    const pades = await signedFile({ format: 'pades', fiscalCode: CF, defect: 'expired-certificate' });
    expect((await verifyPadesChain(pades)).output).toContain('certificate has expired');
  });

  it('unknown-ca: the chain does not reach the test root', async () => {
    const file = await signedFile({ format: 'cades', fiscalCode: CF, defect: 'unknown-ca' });
    const result = await verifyCades(file);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/self-signed certificate in certificate chain|unable to get local issuer/);
    expect(await signerCertificateText(file)).toContain('CN=CA sconosciuta di prova');
    // The signature itself is sound: only the trust fails.
    expect(
      (
        await openssl(
          'cms',
          '-verify',
          '-noverify',
          '-binary',
          '-inform',
          'DER',
          '-in',
          file,
          '-out',
          '/dev/null',
        )
      ).ok,
    ).toBe(true);
  });

  it('no-non-repudiation: key usage digitalSignature only, otherwise valid', async () => {
    const file = await signedFile({ format: 'cades', fiscalCode: CF, defect: 'no-non-repudiation' });
    expect((await verifyCades(file)).output).toContain('Verification successful');
    const text = await signerCertificateText(file);
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature\n/);
    expect(text).not.toContain('Non Repudiation');
  });

  it('altered-after-signing: the digest no longer matches', async () => {
    const cades = await verifyCades(
      await signedFile({ format: 'cades', fiscalCode: CF, defect: 'altered-after-signing' }),
    );
    expect(cades.ok).toBe(false);
    expect(cades.output).toMatch(/content verify error|digest failure/);
    const pades = await signedFile({ format: 'pades', fiscalCode: CF, defect: 'altered-after-signing' });
    expect(await pdfsig(pades)).toContain('Digest Mismatch');
  });

  it('should apply the defect switch to requests that name none, until reset', async () => {
    const set = await fetch(`${base}/_sandbox/switches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ defect: 'expired-certificate' }),
    });
    expect(await set.json()).toEqual({ defect: 'expired-certificate', unavailable: false });
    expect(await (await fetch(`${base}/_sandbox/switches`)).json()).toEqual({
      defect: 'expired-certificate',
      unavailable: false,
    });
    expect((await verifyCades(await signedFile({ format: 'cades', fiscalCode: CF }))).output).toContain(
      'certificate has expired',
    );
    await fetch(`${base}/_sandbox/reset`, { method: 'POST' });
    expect((await verifyCades(await signedFile({ format: 'cades', fiscalCode: CF }))).output).toContain(
      'Verification successful',
    );
  });

  it('should answer 503 with Retry-After while unavailable', async () => {
    await fetch(`${base}/_sandbox/switches`, { method: 'POST', body: JSON.stringify({ unavailable: true }) });
    const response = await sign({ format: 'pades', fiscalCode: CF });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(((await response.json()) as { status: number }).status).toBe(503);
  });

  it('should refuse unknown switches and values', async () => {
    const response = await fetch(`${base}/_sandbox/switches`, {
      method: 'POST',
      body: JSON.stringify({ defect: 'revoked', slow: true }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { name: string }[] };
    expect(body.errors.map((error) => error.name)).toEqual(['defect', 'slow']);
  });
});

describe("firma sandbox: tester's page", () => {
  it('should be an Italian, labelled form that says it is for development only', async () => {
    const response = await fetch(`${base}/`);
    const html = await response.text();
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('<h1>Sandbox di firma digitale</h1>');
    expect(html).toContain('Solo per sviluppo e test.');
    for (const id of [
      'file',
      'fiscalCode',
      'givenName',
      'familyName',
      'format-pades',
      'format-cades',
      'defect',
    ]) {
      expect(html).toContain(`<label for="${id}">`);
    }
  });

  it('should sign the uploaded PDF and offer it as a download', async () => {
    const form = new FormData();
    form.set('file', new Blob([PDF], { type: 'application/pdf' }), 'domanda.pdf');
    form.set('fiscalCode', ' rssmra80a01h501u ');
    form.set('format', 'cades');
    form.set('defect', '');
    const response = await fetch(`${base}/`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="domanda.pdf.p7m"');
    const file = join(work, 'page.p7m');
    await writeFile(file, Buffer.from(await response.arrayBuffer()));
    expect((await verifyCades(file)).output).toContain('Verification successful');
  });

  it('should show the errors in Italian, escaping what was typed', async () => {
    const form = new FormData();
    form.set('file', new Blob([PDF], { type: 'application/pdf' }), 'domanda.pdf');
    form.set('fiscalCode', '<script>');
    form.set('format', 'pades');
    const response = await fetch(`${base}/`, { method: 'POST', body: form });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Codice fiscale: non è un codice fiscale di persona fisica valido.');
    expect(html).toContain('value="&lt;SCRIPT&gt;"');
    expect(html).not.toContain('<SCRIPT>');
  });
});
