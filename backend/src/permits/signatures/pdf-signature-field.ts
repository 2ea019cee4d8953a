/**
 * The last signature of a PAdES file, read from its bytes: the /ByteRange, the hex /Contents it leaves out and
 * the claimed signing time /M. A minimal reader (no PDF library of the project reads signature dictionaries);
 * it never trusts the claimed range: the range must start at 0, end at the end of the file and leave out exactly
 * the `<…>` hex string that follows `/Contents`, so not one byte of the file escapes the signature.
 */
export interface PdfSignatureField {
  /** The CMS SignedData (DER) followed by the zero padding of the placeholder, which the DER reader ignores. */
  cms: Buffer;
  /** The bytes the signature covers: everything but the /Contents hole. */
  signedBytes: Buffer;
  /** The signature dictionary's /M, when present and well formed. */
  claimedSigningTime: Date | null;
}

export type PdfSignatureProblem = 'not-signed' | 'range-incomplete' | 'unreadable';

export class PdfSignatureFieldError extends Error {
  constructor(readonly problem: PdfSignatureProblem) {
    super(problem);
  }
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]/g;

export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes('%PDF-');
}

export function readPdfSignatureField(pdf: Buffer): PdfSignatureField {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(BYTE_RANGE)];
  const last = ranges.at(-1);
  if (!last || last.index === undefined) throw new PdfSignatureFieldError('not-signed');
  const [start, firstLength, secondStart, secondLength] = last.slice(1, 5).map(Number);
  const holeEnd = secondStart;
  const holeStart = start + firstLength;
  if (start !== 0 || holeStart >= holeEnd || secondStart + secondLength !== pdf.length) {
    throw new PdfSignatureFieldError('range-incomplete');
  }
  if (
    text[holeStart] !== '<' ||
    text[holeEnd - 1] !== '>' ||
    !/\/Contents\s*$/.test(text.slice(holeStart - 32, holeStart))
  ) {
    throw new PdfSignatureFieldError('range-incomplete');
  }
  const hex = text.slice(holeStart + 1, holeEnd - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) throw new PdfSignatureFieldError('unreadable');
  const cms = Buffer.from(hex, 'hex');
  if (cms.length === 0 || cms[0] !== 0x30) throw new PdfSignatureFieldError('unreadable');
  const signedBytes = Buffer.concat([pdf.subarray(0, holeStart), pdf.subarray(holeEnd)]);
  const dictionaryStart = text.lastIndexOf('<<', Math.min(last.index, holeStart));
  const dictionaryEnd = text.indexOf('>>', holeEnd);
  const dictionary =
    text.slice(Math.max(dictionaryStart, 0), holeStart) +
    text.slice(holeEnd, dictionaryEnd < 0 ? undefined : dictionaryEnd);
  return { cms, signedBytes, claimedSigningTime: pdfDate(dictionary) };
}

/** PDF date `D:YYYYMMDDHHmmSSOHH'mm'` (ISO 32000-1 §7.9.4), in the /M entry of the dictionary. */
export function pdfDate(dictionary: string): Date | null {
  const match = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?'?\)/.exec(
    dictionary,
  );
  if (!match) return null;
  const [
    ,
    year,
    month,
    dayOfMonth,
    hour = '00',
    minute = '00',
    second = '00',
    sign,
    offsetHours,
    offsetMinutes,
  ] = match;
  const offset = sign && sign !== 'Z' ? `${sign}${offsetHours ?? '00'}:${offsetMinutes ?? '00'}` : 'Z';
  const date = new Date(`${year}-${month}-${dayOfMonth}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
