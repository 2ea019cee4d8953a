import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test helpers that ask poppler-utils about a PDF. A missing tool fails the test with the install command:
 * the checks they make (text extraction, signature validity) must never be skipped silently.
 */
function spawn(tool: string, args: string[], input?: Buffer) {
  const result = spawnSync(tool, args, { input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${tool} is not installed: it comes with poppler-utils (apt-get install -y poppler-utils).`,
    );
  }
  if (result.error) throw result.error;
  return result;
}

function run(tool: string, args: string[], input?: Buffer): string {
  const result = spawn(tool, args, input);
  return `${result.stdout.toString('utf8')}${result.stderr.toString('utf8')}`;
}

/** The first page rendered as a PNG at `dpi`, as a printer or a phone camera would see it. */
export function firstPagePng(pdf: Buffer, dpi = 150): Buffer {
  const result = spawn(
    'pdftoppm',
    ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-'],
    pdf,
  );
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr.toString('utf8')}`);
  return result.stdout;
}

/** Text of the PDF as pdftotext reads it, with runs of whitespace folded to one space. */
export function pdfText(pdf: Buffer): string {
  return run('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf).replace(/\s+/g, ' ');
}

/** pdfsig's report on the PDF's signatures (valid or not, the report is returned). */
export function pdfsigReport(pdf: Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), 'pdfsig-'));
  try {
    const file = join(directory, 'signed.pdf');
    writeFileSync(file, pdf);
    return run('pdfsig', [file]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
