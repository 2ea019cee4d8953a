import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback (the `smtp-server` package) that stores every message it accepts as
 * one `.eml` file in `maildir`, so tests in other processes can read what was delivered.
 */
export async function startTestSmtpServer(maildir: string, port = 0): Promise<TestSmtpServer> {
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        sequence += 1;
        const name = `${Date.now()}-${process.pid}-${sequence}.eml`;
        const envelope = `X-Envelope-To: ${session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', ')}\r\n`;
        writeFile(path.join(maildir, name), envelope + Buffer.concat(chunks).toString('utf8')).then(
          () => callback(),
          callback,
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
