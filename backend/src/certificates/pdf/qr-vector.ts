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
  doc.save();
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
      doc.rect(
        x + start * moduleSize,
        y + row * moduleSize,
        (column - start) * moduleSize,
        moduleSize * 1.02,
      );
    }
  }
  doc.fill('#000000');
  doc.restore();
}
