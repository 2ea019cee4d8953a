import type { F24SemplificatoModel } from '../domain/f24-semplificato.js';
import { renderF24SemplificatoPdf } from './f24-semplificato-pdf.js';

/** One form to draw on a worker thread; the date travels as ISO text. */
export interface F24PdfTask {
  model: F24SemplificatoModel;
  creationDate?: string;
}

/** A piscina task: one F24 drawn off the event loop. */
export default function render(task: F24PdfTask): Promise<Buffer> {
  return renderF24SemplificatoPdf(
    task.model,
    task.creationDate ? { creationDate: new Date(task.creationDate) } : {},
  );
}
