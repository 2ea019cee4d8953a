export { startTestSmtpServer, type TestSmtpServer } from '../../../test-federation/src/mail-sink.js';
