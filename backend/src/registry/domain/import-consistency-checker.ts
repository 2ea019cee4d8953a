import { HEAD_OF_HOUSEHOLD } from './household-relationships.js';
import type { ImportError, ImportRecord } from './import-columns.js';
import type { Address } from './registry-types.js';

export interface ImportConsistencyChecker {
  /** Feed every valid row, in file order. */
  add(record: ImportRecord): void;
  /** Problems across rows, ordered by line; call once after the last row. */
  errors(): ImportError[];
}

interface HouseholdState {
  firstLine: number;
  /** Lines of the current (not exited) heads. */
  headLines: number[];
  /** Address of the first current member, and its line. */
  addressKey: string | null;
  addressLine: number;
  /** `aire` or `resident` for the first current member: a household cannot mix the two. */
  registry: 'aire' | 'resident' | null;
}

function addressKey(address: Address): string {
  return address.kind === 'street'
    ? `S|${address.streetCode}|${address.civicNumber}|${address.internal ?? ''}`
    : `A|${address.countryCode}|${address.locality.toUpperCase()}|${address.addressLine.toUpperCase()}`;
}

/**
 * Checks that need more than one row: a codice fiscale or person id appearing twice, households without a head
 * or with two, members of one household at different addresses or mixing residents and AIRE. It keeps only
 * codes and small per-household summaries, so a file of a million rows fits in memory.
 */
export function createImportConsistencyChecker(): ImportConsistencyChecker {
  const fiscalCodes = new Map<string, number>();
  const personIds = new Map<string, number>();
  const households = new Map<string, HouseholdState>();
  const problems: ImportError[] = [];

  return {
    add(record) {
      const { line } = record;
      const firstFiscalCodeLine = fiscalCodes.get(record.person.fiscalCode);
      if (firstFiscalCodeLine === undefined) fiscalCodes.set(record.person.fiscalCode, line);
      else {
        problems.push({
          line,
          field: 'fiscal_code',
          reason: `codice fiscale già presente alla riga ${firstFiscalCodeLine}`,
        });
      }
      if (record.personId !== null) {
        const firstIdLine = personIds.get(record.personId);
        if (firstIdLine === undefined) personIds.set(record.personId, line);
        else
          problems.push({
            line,
            field: 'person_id',
            reason: `identificativo persona già presente alla riga ${firstIdLine}`,
          });
      }

      let household = households.get(record.householdCode);
      if (!household) {
        household = { firstLine: line, headLines: [], addressKey: null, addressLine: line, registry: null };
        households.set(record.householdCode, household);
      }
      if (record.exitDate !== null) return;
      if (record.relationshipCode === HEAD_OF_HOUSEHOLD) household.headLines.push(line);
      const key = addressKey(record.address);
      const registry = record.person.status === 'aire' ? 'aire' : 'resident';
      if (household.addressKey === null) {
        household.addressKey = key;
        household.addressLine = line;
        household.registry = registry;
        return;
      }
      if (household.registry !== registry) {
        problems.push({
          line,
          field: 'status',
          reason: `la famiglia ${record.householdCode} mescola residenti e iscritti AIRE (riga ${household.addressLine})`,
        });
      } else if (household.addressKey !== key) {
        problems.push({
          line,
          field: record.address.kind === 'street' ? 'street_code' : 'abroad_address',
          reason: `indirizzo diverso da quello della famiglia ${record.householdCode} (riga ${household.addressLine})`,
        });
      }
    },

    errors() {
      const all = [...problems];
      for (const [code, household] of households) {
        // A household whose members have all left (deceased, emigrated) is history and needs no head.
        if (household.addressKey === null) continue;
        if (household.headLines.length === 0) {
          all.push({
            line: household.firstLine,
            field: 'relationship_code',
            reason: `la famiglia ${code} non ha un intestatario (codice 01) tra i componenti attuali`,
          });
        }
        for (const line of household.headLines.slice(1)) {
          all.push({
            line,
            field: 'relationship_code',
            reason: `la famiglia ${code} ha più intestatari (righe ${household.headLines.join(', ')})`,
          });
        }
      }
      return all.sort((a, b) => a.line - b.line);
    },
  };
}
