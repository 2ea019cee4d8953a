import { readFile } from 'node:fs/promises';
import type { DemoIdentity } from './federation-types.js';

/** Structural check of a personal codice fiscale, omocodia letters included (no check digit). */
const FISCAL_CODE_PATTERN =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Upper-cases, trims and drops an optional `TINIT-` prefix; undefined when not a fiscal code. */
export function normalizeFiscalCode(input: string): string | undefined {
  const code = input
    .trim()
    .toUpperCase()
    .replace(/^TINIT-/, '');
  return FISCAL_CODE_PATTERN.test(code) ? code : undefined;
}

function isIdentity(value: unknown): value is DemoIdentity {
  const candidate = value as Partial<DemoIdentity> | null;
  return (
    typeof candidate?.fiscalNumber === 'string' &&
    typeof candidate.givenName === 'string' &&
    typeof candidate.familyName === 'string'
  );
}

/**
 * The demo identities the login page offers: the JSON file (re-read on every use, so a seeder or
 * a test can extend it while the federation runs) plus those added in memory. An in-memory entry
 * wins over a file entry with the same fiscal code.
 */
export class IdentityStore {
  private readonly added = new Map<string, DemoIdentity>();

  constructor(private readonly file?: string) {}

  add(identity: DemoIdentity): void {
    const fiscalNumber = normalizeFiscalCode(identity.fiscalNumber);
    if (!fiscalNumber) {
      throw new TypeError(`${identity.fiscalNumber} is not a valid codice fiscale`);
    }
    this.added.set(fiscalNumber, { ...identity, fiscalNumber });
  }

  async list(): Promise<DemoIdentity[]> {
    const byCode = new Map<string, DemoIdentity>();
    for (const identity of await this.readFile()) {
      const fiscalNumber = normalizeFiscalCode(identity.fiscalNumber);
      if (fiscalNumber) byCode.set(fiscalNumber, { ...identity, fiscalNumber });
    }
    for (const [code, identity] of this.added) byCode.set(code, identity);
    return [...byCode.values()];
  }

  async find(fiscalNumber: string): Promise<DemoIdentity | undefined> {
    return (await this.list()).find((identity) => identity.fiscalNumber === fiscalNumber);
  }

  private async readFile(): Promise<DemoIdentity[]> {
    if (!this.file) return [];
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) {
      throw new TypeError(`${this.file} must hold a JSON array of identities`);
    }
    return parsed.filter(isIdentity);
  }
}
