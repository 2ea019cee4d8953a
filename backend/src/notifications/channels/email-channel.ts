import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailConfig } from '../../config/app.config.js';
import { renderEmail } from '../content/render-email.js';
import type { DeliveryOutcome, NotificationChannel, OutboxDelivery } from './notification-channel.js';

/** E-mail through the SMTP server of `SMTP_URL`, one pooled connection per backend process. */
@Injectable()
export class EmailChannel implements NotificationChannel {
  readonly name = 'email';
  readonly enabled: boolean;
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(@Inject(mailConfig.KEY) mail: ConfigType<typeof mailConfig>) {
    this.from = mail.from;
    this.enabled = mail.smtpUrl !== null;
    // Short timeouts: a hung server must not hold an outbox row locked for long.
    this.transport = mail.smtpUrl
      ? nodemailer.createTransport({
          url: mail.smtpUrl,
          pool: true,
          maxConnections: 2,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  async deliver(message: OutboxDelivery): Promise<DeliveryOutcome> {
    if (!this.transport) throw new Error('SMTP_URL is not configured');
    const email = renderEmail(message.content);
    const domain = this.from.split('@')[1] ?? 'localhost';
    await this.transport.sendMail({
      from: { name: message.content.sender, address: this.from },
      to: message.recipientName
        ? { name: message.recipientName, address: message.recipient }
        : message.recipient,
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: message.content.attachments?.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content,
      })),
      // Stable per outbox row: a message re-sent after a crash between sending and recording it carries the
      // same Message-ID, which mail clients and servers use to drop the duplicate.
      messageId: `<outbox-${message.id}-${message.createdAt.getTime()}@${domain}>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    return { status: 'sent' };
  }

  close(): void {
    this.transport?.close();
  }
}
