import QRCode from 'qrcode';

/**
 * Draws `text` as a QR code made of filled rectangles (one per run of dark modules in a row): sharp at any
 * print size, a few hundred path operations, and no PNG encoding. `size` is the symbol without its quiet
 * zone: the caller keeps a blank margin of 4 modules around it, as scanners need.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // One byte-mode segment: the text is a URL with a base64url token, which byte mode encodes best anyway, and
  // skipping qrcode's search for the optimal mix of modes halves the time it takes.
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const count = modules.size;
  const moduleSize = size / count;
  // The rectangles go into the page as one chunk of path operators, formatted as pdfkit's `rect` would: the
  // same bytes, without one call (and one string-to-bytes conversion) per rectangle.
  const path: string[] = [];
  for (let row = 0; row < count; row += 1) {
    let column = 0;
    while (column < count) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < count && modules.get(row, column)) column += 1;
      // A hair taller than a module, so viewers do not show seams between rows.
      path.push(
        `${pdfNumber(x + start * moduleSize)} ${pdfNumber(y + row * moduleSize)} ${pdfNumber((column - start) * moduleSize)} ${pdfNumber(moduleSize * 1.02)} re\n`,
      );
    }
  }
  doc.save();
  // Bytes, so pdfkit appends them as they are (a string would be converted character by character).
  doc.addContent(Buffer.from(path.join(''), 'latin1'));
  doc.fill('#000000');
  doc.restore();
}

/** pdfkit's number formatting (`PDFObject.number`): at most six decimals, no exponent. */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
