import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Piscina } from 'piscina';
import { f24Config } from '../../config/app.config.js';
import type { F24SemplificatoModel } from '../domain/f24-semplificato.js';
import type { F24PdfTask } from './f24-pdf.worker.js';
import { renderF24SemplificatoPdf } from './f24-semplificato-pdf.js';

/**
 * Draws F24 forms on worker threads (about 3 ms of CPU each): the bulk job draws a chunk's forms at once on
 * every thread instead of one after the other on the event loop, which meanwhile stays free for requests.
 * With `F24_RENDER_THREADS=0` they are drawn on the event loop.
 */
@Injectable()
export class F24PdfRenderer implements OnModuleInit, OnApplicationShutdown {
  private pool: Piscina | undefined;

  constructor(@Inject(f24Config.KEY) private readonly config: ConfigType<typeof f24Config>) {}

  onModuleInit(): void {
    if (this.config.renderThreads === 0) return;
    this.pool = new Piscina({
      filename: new URL('./f24-pdf.worker.js', import.meta.url).href,
      minThreads: this.config.renderThreads,
      maxThreads: this.config.renderThreads,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }

  async render(model: F24SemplificatoModel, creationDate?: Date): Promise<Buffer> {
    if (!this.pool) return renderF24SemplificatoPdf(model, creationDate ? { creationDate } : {});
    const task: F24PdfTask = { model, creationDate: creationDate?.toISOString() };
    const pdf = (await this.pool.run(task)) as Uint8Array;
    // Structured cloning turns the worker's Buffer into a plain Uint8Array.
    return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }
}
