import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_KIND_INFO,
  FILING_REQUIREMENTS,
  filingDescription,
  missingForFiling,
} from './filing-requirements.js';
import { PRACTICE_TYPES } from './practice-type.js';

const complete = {
  titolare: {
    fiscalCode: 'RSSMRA80A01H501U',
    givenName: 'Mario',
    familyName: 'Rossi',
    email: 'm@r.it',
    title: 'proprietario',
  },
  tecnico: {
    fiscalCode: 'VRDGPP70C15F205X',
    givenName: 'Giuseppe',
    familyName: 'Verdi',
    professionalOrder: 'Ordine degli Architetti',
    registrationNumber: '12',
    province: 'CR',
    pec: 'g@pec.it',
  },
  immobile: { address: 'Via Roma 1', cadastre: { register: 'fabbricati', sheet: '5', parcel: '120' } },
  intervento: {
    description: 'Manutenzione straordinaria',
    category: 'manutenzione_straordinaria',
    worksEnd: '2026-11-30',
    titleReference: 'CILA prot. 0001234/2026 del 12/03/2026',
  },
  dichiarazioni: { truthfulness: true, titleToAct: true, privacy: true, constraints: 'none' as const },
};

describe('missingForFiling', () => {
  it('should find nothing missing in a complete filing of every type by its titolare', () => {
    for (const type of PRACTICE_TYPES) {
      expect(missingForFiling(type, complete, FILING_REQUIREMENTS[type].attachments, true)).toEqual([]);
    }
  });

  it('should ask a CIL for no technician and the other types for one', () => {
    const { tecnico: _none, ...withoutTechnician } = complete;
    expect(missingForFiling('CIL', withoutTechnician, ['modulo'], true)).toEqual([]);
    expect(missingForFiling('PDC', withoutTechnician, FILING_REQUIREMENTS.PDC.attachments, true)).toEqual([
      { field: 'sections.tecnico', reason: 'section_missing' },
    ]);
  });

  it('should ask the end-of-works notice for its title and the day works ended, and its director’s statement', () => {
    const intervento = {
      description: 'Fine lavori',
      category: 'altro',
      worksEnd: null,
      titleReference: '  ',
    };
    expect(missingForFiling('CFL', { ...complete, intervento }, ['modulo'], true)).toEqual([
      { field: 'sections.intervento.titleReference', reason: 'detail_missing' },
      { field: 'sections.intervento.worksEnd', reason: 'detail_missing' },
      { field: 'attachments.collaudo_fine_lavori', reason: 'attachment_missing' },
    ]);
    // The other types do not ask for them.
    expect(
      missingForFiling('CILA', { ...complete, intervento }, FILING_REQUIREMENTS.CILA.attachments, true),
    ).toEqual([]);
  });

  it('should describe an end-of-works practice by the title it closes and the day works ended', () => {
    expect(filingDescription('CFL', complete.intervento)).toBe(
      'Manutenzione straordinaria (fine lavori del titolo CILA prot. 0001234/2026 del 12/03/2026, lavori ultimati il 30/11/2026)',
    );
    expect(filingDescription('SCIA', { ...complete.intervento, description: '  Tetto  ' })).toBe('Tetto');
  });

  it('should name each declaration not made and the proxy of a filing by someone else', () => {
    const declarations = { ...complete.dichiarazioni, truthfulness: false, privacy: false };
    expect(
      missingForFiling(
        'CILA',
        { ...complete, dichiarazioni: declarations },
        FILING_REQUIREMENTS.CILA.attachments,
        false,
      ),
    ).toEqual([
      { field: 'sections.dichiarazioni.truthfulness', reason: 'declaration_not_made' },
      { field: 'sections.dichiarazioni.privacy', reason: 'declaration_not_made' },
      { field: 'attachments.delega', reason: 'proxy_missing' },
    ]);
  });

  it('should keep every required kind uploadable (count and size limits above zero)', () => {
    for (const type of PRACTICE_TYPES) {
      for (const kind of FILING_REQUIREMENTS[type].attachments) {
        expect(ATTACHMENT_KIND_INFO[kind].maxCount).toBeGreaterThan(0);
        expect(ATTACHMENT_KIND_INFO[kind].maxBytes).toBeGreaterThan(0);
      }
    }
  });
});
