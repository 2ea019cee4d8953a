import { describe, expect, it } from 'vitest';
import { type AccessEvent, describeAccessEvent, maskStaffName } from './describe-access-event.js';

const ME = 'RSSMRA80A01I914X';

function event(overrides: Partial<AccessEvent>): AccessEvent {
  return {
    id: '7',
    occurredAt: new Date('2026-03-02T09:15:00Z'),
    actorFiscalCode: ME,
    actorRole: 'resident',
    actorGivenName: 'Mario',
    actorFamilyName: 'Rossi',
    action: 'registry.person.read',
    purpose: 'Consultazione dei propri dati anagrafici',
    details: { view: 'visura' },
    ...overrides,
  };
}

describe('describeAccessEvent', () => {
  it('should show the person’s own read as "Tu" with what and why', () => {
    expect(describeAccessEvent(event({}), ME)).toEqual({
      id: '7',
      at: '2026-03-02T09:15:00.000Z',
      who: { kind: 'self', name: 'Tu', role: 'resident', office: null },
      what: 'Visura anagrafica (dati personali, residenza, documento)',
      why: 'Consultazione dei propri dati anagrafici',
    });
  });

  it('should show a clerk by office and masked name', () => {
    const entry = describeAccessEvent(
      event({
        actorFiscalCode: 'BRNGLI85D52D142X',
        actorRole: 'registry',
        actorGivenName: 'Giulia Maria',
        actorFamilyName: 'Bernardi',
        details: { view: 'staff_record' },
        purpose: 'Verifica della residenza',
      }),
      ME,
    );
    expect(entry.who).toEqual({
      kind: 'staff',
      name: 'Giulia B.',
      role: 'registry',
      office: 'Ufficio Anagrafe',
    });
    expect(entry.what).toBe('Scheda anagrafica completa con storico');
  });

  it('should show a family member by name and the system as such', () => {
    const member = describeAccessEvent(event({ actorFiscalCode: 'XXXYYY', actorGivenName: 'Anna' }), ME);
    expect(member.who).toMatchObject({ kind: 'household_member', name: 'Anna Rossi' });
    const system = describeAccessEvent(
      event({ actorFiscalCode: null, actorRole: 'system', action: 'x.y' }),
      ME,
    );
    expect(system.who.kind).toBe('system');
    expect(system.what).toContain('x.y');
  });

  it('should mask names without losing a clerk who has no name on file', () => {
    expect(maskStaffName(null, null)).toBe('Operatore');
    expect(maskStaffName('Paolo', 'colombo')).toBe('Paolo C.');
  });
});
