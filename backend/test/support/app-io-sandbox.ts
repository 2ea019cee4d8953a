import { sandboxSwitches } from './sandbox-switches.js';

/** What the App IO sandbox of the test federation stores: `GET /io/messages?fiscalCode=`. */
export interface SandboxIoMessage {
  id: string;
  fiscal_code: string;
  sender_service_id: string;
  status: string;
  content: {
    subject: string;
    markdown: string;
    due_date?: string;
    payment_data?: { amount: number; notice_number: string };
  };
}

/** The messages the IO sandbox at `federationUrl` holds for a fiscal code, newest first. */
export async function ioMessages(federationUrl: string, fiscalCode: string): Promise<SandboxIoMessage[]> {
  const response = await fetch(`${federationUrl}/io/messages?fiscalCode=${fiscalCode}`);
  if (response.status !== 200) throw new Error(`IO sandbox: ${response.status} ${await response.text()}`);
  return (await response.json()) as SandboxIoMessage[];
}

/** Changes switches of the IO sandbox (merged into the current ones). */
export function ioSwitches(federationUrl: string, switches: Record<string, unknown>): Promise<void> {
  return sandboxSwitches(federationUrl, 'io', switches);
}

/** IO's limits on a message, as the published API states them. */
export function withinIoLimits(message: SandboxIoMessage): boolean {
  const { subject, markdown } = message.content;
  return subject.length >= 10 && subject.length <= 120 && markdown.length >= 80 && markdown.length <= 10_000;
}
