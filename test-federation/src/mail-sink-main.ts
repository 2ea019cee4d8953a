import { mkdir } from 'node:fs/promises';
import { startTestSmtpServer } from './mail-sink.js';

/** Local development mail server: `npm start` points the backend's SMTP_URL here. */
const port = Number(process.env.MAILSINK_PORT ?? 2525);
const maildir = process.env.MAILSINK_DIR ?? '.data/mail';
await mkdir(maildir, { recursive: true });
const server = await startTestSmtpServer(maildir, port);
console.log(`Local SMTP server on ${server.url}: messages are stored in ${maildir}`);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
