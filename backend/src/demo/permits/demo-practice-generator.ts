import { addDays, type IsoDate, isoToEpochDay } from '../../common/calendar/civil-date.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type {
  Practice,
  PracticeActor,
  PracticeTransition,
  ProtectionConstraints,
} from '../../permits/domain/practice.js';
import { PRACTICE_STATE_INFO, type PracticeState } from '../../permits/domain/practice-state.js';
import {
  allowedTransitions,
  applyTransition,
  startPractice,
  type TransitionRequest,
} from '../../permits/domain/practice-state-machine.js';
import type { PracticeType } from '../../permits/domain/practice-type.js';
import { officeDeadline } from '../../permits/office-deadline.js';
import type { PartyRole } from '../../permits/persistence/practice-party.entity.js';
import { DemoRandom } from '../demo-random.js';
import { DEMO_STREET_REGISTER } from '../registry/demo-street-register.js';

export interface DemoPerson {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
}

export interface DemoStaffMember {
  fiscalCode: string;
  name: string;
}

export interface DemoPracticeOptions {
  seed: number;
  count: number;
  residents: readonly DemoPerson[];
  staff: readonly DemoStaffMember[];
  /** Every date of the timelines is on or before this day. */
  today: IsoDate;
}

/** A practice with its whole history, ready to be stored; every timeline entry was made by the state machine. */
export interface DemoPractice {
  id: string;
  type: PracticeType;
  protocolNumber: string;
  protocolDate: IsoDate;
  address: string;
  cadastral: { sheet: string; parcel: string; subaltern: string | null };
  description: string;
  constraints: ProtectionConstraints;
  doubledTerms: boolean;
  parties: (DemoPerson & { role: PartyRole })[];
  timeline: PracticeTransition[];
  state: PracticeState;
  caseOfficer: DemoStaffMember | null;
  officeDeadline: IsoDate | null;
}

/** How often each type is filed in a small comune: CILA most, PdC and SCIA next. */
const TYPE_WEIGHTS: readonly { type: PracticeType; weight: number }[] = [
  { type: 'CILA', weight: 30 },
  { type: 'SCIA', weight: 18 },
  { type: 'PDC', weight: 20 },
  { type: 'CIL', weight: 10 },
  { type: 'SCA', weight: 13 },
  { type: 'SCIA_ALTERNATIVA', weight: 9 },
  { type: 'CFL', weight: 8 },
];

/** How likely the office or the applicant takes each step when it is possible. */
const STEP_WEIGHTS: Readonly<Record<PracticeState, number>> = {
  submitted: 0,
  assigned: 10,
  under_review: 10,
  integration_requested: 3,
  integrations_submitted: 10,
  changes_requested: 4,
  refusal_notice: 3,
  effective: 6,
  under_check: 2,
  granted: 6,
  rejected: 2,
  archived: 6,
  withdrawn: 0.3,
};

const DESCRIPTIONS: Readonly<Record<PracticeType, readonly string[]>> = {
  CIL: [
    'Rifacimento della pavimentazione esterna',
    'Installazione di pannelli solari sul tetto',
    'Realizzazione di un pergolato in legno',
  ],
  CILA: [
    'Manutenzione straordinaria: rifacimento dei servizi igienici',
    'Diversa distribuzione degli spazi interni dell’appartamento',
    'Sostituzione dei serramenti e isolamento a cappotto',
    'Frazionamento di un’unità immobiliare senza opere strutturali',
  ],
  SCIA: [
    'Ristrutturazione edilizia senza aumento di volume',
    'Rifacimento della copertura con modifica strutturale',
    'Consolidamento delle strutture portanti',
  ],
  SCIA_ALTERNATIVA: [
    'Ristrutturazione con modifica dei prospetti',
    'Demolizione e ricostruzione con la stessa volumetria',
  ],
  PDC: [
    'Nuova costruzione di una villetta bifamiliare',
    'Ampliamento di un edificio residenziale',
    'Costruzione di un capannone artigianale',
    'Realizzazione di un box interrato',
  ],
  SCA: ['Agibilità di un edificio residenziale ristrutturato', 'Agibilità di una nuova unità abitativa'],
  CFL: [
    'Fine lavori della ristrutturazione dei servizi igienici',
    'Fine lavori del rifacimento della copertura',
  ],
};

const REQUESTED_DOCUMENTS = [
  'Relazione tecnica asseverata aggiornata',
  'Tavola dello stato di progetto',
  'Documentazione fotografica',
  'Relazione paesaggistica',
  'Calcolo degli oneri di urbanizzazione',
  'Dichiarazione di conformità degli impianti',
  'Attestato di prestazione energetica',
];

const PUBLIC_NOTES: Partial<Readonly<Record<PracticeState, readonly string[]>>> = {
  integration_requested: [
    'La documentazione presentata è incompleta: integrare quanto elencato.',
    'Per completare l’istruttoria servono i documenti elencati.',
  ],
  changes_requested: [
    'Il progetto supera l’altezza massima consentita: ridurre l’altezza del colmo.',
    'Ridurre la superficie coperta entro l’indice di zona.',
  ],
  refusal_notice: ['Il progetto non rispetta le distanze minime dai confini previste dal PGT.'],
  rejected: ['Il progetto non è conforme alle norme del PGT, come comunicato con il preavviso di diniego.'],
  granted: ['Il permesso di costruire è rilasciato. Ritiro dell’atto presso lo Sportello.'],
  integrations_submitted: ['Allego i documenti richiesti.'],
  under_review: ['Istruttoria avviata.'],
};

const INTERNAL_NOTES = [
  'Verificare la conformità con il piano delle regole.',
  'Sollecitato il tecnico per telefono.',
  'Sopralluogo da programmare.',
];

/** An instant in office hours (08:00-16:59 in Rome) on `day`. */
function officeTime(random: DemoRandom, day: IsoDate): Date {
  const minutes = random.int(7 * 60, 15 * 60 + 59);
  return new Date(
    `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`,
  );
}

/**
 * Saturday and Sunday move to the next Monday, as the protocol office is closed; back to the Friday when that
 * Monday is still to come, so that no practice is filed after `today` (on a Sunday, yesterday's Saturday once
 * became tomorrow's Monday, and the legal clock was asked about a practice not yet filed).
 */
function workingDay(day: IsoDate, today: IsoDate): IsoDate {
  const weekday = (((isoToEpochDay(day) + 4) % 7) + 7) % 7;
  if (weekday !== 6 && weekday !== 0) return day;
  const monday = addDays(day, weekday === 6 ? 2 : 1);
  return monday <= today ? monday : addDays(day, weekday === 6 ? -1 : -2);
}

interface Walk {
  practice: Practice;
  caseOfficer: DemoStaffMember | null;
}

class DemoPracticeWalker {
  private decisions = 0;

  constructor(
    private readonly random: DemoRandom,
    private readonly options: DemoPracticeOptions,
  ) {}

  walk(
    type: PracticeType,
    submittedOn: IsoDate,
    parties: DemoPractice['parties'],
    constraints: ProtectionConstraints,
  ): Walk {
    const staffActor = (member: DemoStaffMember): PracticeActor => ({
      id: member.fiscalCode,
      role: 'permits',
      name: member.name,
    });
    const registrar = this.random.pick(this.options.staff);
    const start = startPractice(type, staffActor(registrar), officeTime(this.random, submittedOn));
    let practice: Practice = { type, timeline: [start.transition], constraints };
    let caseOfficer: DemoStaffMember | null = null;
    let day = submittedOn;
    const applicant = parties.find((party) => party.role === 'applicant')!;
    const technician = parties.find((party) => party.role === 'technician');
    for (let step = 0; step < 14; step++) {
      const state = practice.timeline.at(-1)!.to;
      if (PRACTICE_STATE_INFO[state].terminal) break;
      // Most self-certified titles are never checked, and a check once passed is not repeated.
      if (state === 'effective' && this.random.chance(step === 0 ? 0.55 : 0.85)) break;
      if (this.random.chance(0.1)) break;
      const waiting = PRACTICE_STATE_INFO[state].waitsFor === 'applicant';
      const next = addDays(day, this.random.int(2, waiting ? 60 : 30));
      if (next > this.options.today) break;
      const at = officeTime(this.random, next);
      const candidates: { to: PracticeState; actor: PracticeActor; weight: number }[] = [];
      for (const role of ['permits', 'applicant', 'technician'] as const) {
        if (role === 'technician' && !technician) continue;
        const person = role === 'applicant' ? applicant : technician;
        const actor: PracticeActor =
          role === 'permits'
            ? staffActor(caseOfficer ?? registrar)
            : { id: person!.fiscalCode, role, name: `${person!.givenName} ${person!.familyName}` };
        for (const option of allowedTransitions(practice, role, at)) {
          candidates.push({
            to: option.to,
            actor,
            weight: STEP_WEIGHTS[option.to] / (role === 'permits' ? 1 : 2),
          });
        }
      }
      if (candidates.length === 0) {
        day = next;
        continue;
      }
      const choice = this.random.weighted(candidates);
      // Whoever of the office first handles the practice becomes its case officer (for a PdC, by naming).
      if (choice.actor.role === 'permits') caseOfficer ??= this.random.pick(this.options.staff);
      try {
        const { transition } = applyTransition(
          practice,
          this.request(choice.to, next, caseOfficer),
          choice.actor,
          at,
        );
        practice = { ...practice, timeline: [...practice.timeline, transition] };
        day = next;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        day = next;
      }
    }
    return { practice, caseOfficer };
  }

  private request(to: PracticeState, day: IsoDate, caseOfficer: DemoStaffMember | null): TransitionRequest {
    const notes = PUBLIC_NOTES[to];
    const request: TransitionRequest = {
      to,
      publicNote: notes ? this.random.pick(notes) : null,
      internalNote: this.random.chance(0.2) ? this.random.pick(INTERNAL_NOTES) : null,
    };
    if (to === 'assigned' && caseOfficer)
      request.caseOfficer = { id: caseOfficer.fiscalCode, name: caseOfficer.name };
    if (to === 'integration_requested') {
      request.dueDate = addDays(day, this.random.int(30, 45));
      const count = this.random.int(1, 3);
      request.requestedDocuments = [
        ...new Set(Array.from({ length: count }, () => this.random.pick(REQUESTED_DOCUMENTS))),
      ];
    }
    if (to === 'changes_requested') request.dueDate = addDays(day, this.random.int(15, 30));
    if (to === 'granted' || to === 'rejected') {
      this.decisions += 1;
      request.decision = {
        number: `${this.decisions}/${day.slice(0, 4)}`,
        date: day,
        outcome: to === 'granted' ? 'granted' : 'rejected',
      };
      request.publicNote ??= 'Provvedimento adottato.';
    }
    return request;
  }
}

/**
 * A few hundred practices of every type and state for the demo, the same ones for the same options. Each
 * history is replayed through the state machine on past days, so its timeline, deadlines and legal clock are
 * exactly what the portal would have recorded. The first five residents of the list (put the demo identities
 * there) are applicants of several practices each; the others are drawn at random as applicants,
 * co-applicants and technicians.
 */
export function generateDemoPractices(options: DemoPracticeOptions): DemoPractice[] {
  if (options.residents.length < 3) throw new RangeError('The demo practices need at least three residents');
  if (options.staff.length === 0) throw new RangeError('The demo practices need at least one staff member');
  const random = new DemoRandom(options.seed);
  const walker = new DemoPracticeWalker(random, options);
  const featured = Math.min(5, options.residents.length);
  const now = new Date(`${options.today}T16:00:00Z`);
  const drafts = Array.from({ length: options.count }, (_, index) => {
    const { type } = random.weighted(TYPE_WEIGHTS);
    const submittedOn = workingDay(addDays(options.today, -random.int(1, 540)), options.today);
    const applicant =
      index < featured * 4 ? options.residents[index % featured] : random.pick(options.residents);
    const parties: DemoPractice['parties'] = [{ ...applicant, role: 'applicant' }];
    const others = options.residents.filter((person) => person.fiscalCode !== applicant.fiscalCode);
    if (random.chance(0.25)) parties.push({ ...random.pick(others), role: 'co_applicant' });
    if (type !== 'CIL' || random.chance(0.5)) {
      const technician = random.pick(
        others.filter((person) => !parties.some((party) => party.fiscalCode === person.fiscalCode)),
      );
      parties.push({ ...technician, role: 'technician' });
    }
    const constraints: ProtectionConstraints =
      type === 'PDC' && random.chance(0.15) ? random.pick(['cleared', 'pending'] as const) : 'none';
    const street = random.pick(DEMO_STREET_REGISTER);
    const { practice, caseOfficer } = walker.walk(type, submittedOn, parties, constraints);
    return {
      id: random.uuid(),
      type,
      protocolDate: submittedOn,
      address: `${street.toponym} ${street.name} ${random.int(1, street.maxCivic)}`,
      cadastral: {
        sheet: String(random.int(1, 28)),
        parcel: String(random.int(10, 980)),
        subaltern: random.chance(0.5) ? String(random.int(1, 30)) : null,
      },
      description: random.pick(DESCRIPTIONS[type]),
      constraints,
      doubledTerms: false,
      parties,
      timeline: [...practice.timeline],
      state: practice.timeline.at(-1)!.to,
      caseOfficer,
      officeDeadline: officeDeadline(practice, now),
    };
  });
  // Protocol numbers run by year in filing order, as the register hands them out.
  const ordered = [...drafts].sort((a, b) => a.timeline[0].at.localeCompare(b.timeline[0].at));
  const perYear = new Map<string, number>();
  const numbers = new Map<string, string>();
  for (const draft of ordered) {
    const year = draft.protocolDate.slice(0, 4);
    const next = (perYear.get(year) ?? 100) + random.int(1, 9);
    perYear.set(year, next);
    numbers.set(draft.id, `${next}/${year}`);
  }
  return drafts.map((draft) => ({ ...draft, protocolNumber: numbers.get(draft.id)! }));
}
