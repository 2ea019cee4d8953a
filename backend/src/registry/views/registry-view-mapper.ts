import { type IsoDate, isoToEpochDay } from '../../common/calendar/civil-date.js';
import { HEAD_OF_HOUSEHOLD } from '../domain/household-relationships.js';
import { findPlaceByCode } from '../domain/places.js';
import type { Address, IdentityDocument } from '../domain/registry-types.js';
import type { HouseholdMemberRecord, PersonRecord } from '../persistence/registry-records.js';
import {
  citizenshipName,
  documentKindLabel,
  maritalStatusLabel,
  personStatusLabel,
  placeLabel,
  relationshipLabel,
} from './registry-labels.js';
import type {
  AddressView,
  HouseholdMemberView,
  HouseholdView,
  IdentityDocumentView,
  VisuraView,
} from './registry-views.js';

export interface ViewContext {
  today: IsoDate;
  /** The comune as printed after a street address: `Spino d'Adda (CR)`. */
  municipalityLabel: string;
}

export function addressView(address: Address, municipalityLabel: string): AddressView {
  if (address.kind === 'street') {
    const street = `${address.toponym} ${address.streetName}`;
    const internal = address.internal ? `, int. ${address.internal}` : '';
    return {
      kind: 'street',
      text: `${street} ${address.civicNumber}${internal} - ${municipalityLabel}`,
      street,
      civicNumber: address.civicNumber,
      internal: address.internal,
    };
  }
  const country = findPlaceByCode(address.countryCode)?.name ?? address.countryCode;
  const line = address.addressLine ? `${address.addressLine}, ` : '';
  return {
    kind: 'abroad',
    text: `${line}${address.locality} (${country})`,
    locality: address.locality,
    country,
  };
}

function documentView(document: IdentityDocument, today: IsoDate): IdentityDocumentView {
  const daysToExpiry = isoToEpochDay(document.expiresOn) - isoToEpochDay(today);
  return {
    kind: document.kind,
    kindLabel: documentKindLabel(document.kind),
    number: document.number,
    issuedOn: document.issuedOn,
    expiresOn: document.expiresOn,
    expired: daysToExpiry < 0,
    daysToExpiry,
  };
}

export function visuraView(record: PersonRecord, context: ViewContext): VisuraView {
  const { membership } = record;
  return {
    id: record.id,
    fiscalCode: record.fiscalCode,
    givenName: record.givenName,
    familyName: record.familyName,
    sex: record.sex,
    birthDate: record.birthDate,
    birthPlace: {
      code: record.birthPlaceCode,
      name: placeLabel(record.birthPlaceCode, record.birthPlaceName),
    },
    citizenship: { code: record.citizenship ?? '', label: citizenshipName(record.citizenship) },
    maritalStatus: {
      code: record.maritalStatus ?? '',
      label: maritalStatusLabel(record.maritalStatus, record.sex),
    },
    status: { code: record.status, label: personStatusLabel(record.status) },
    identityDocument: record.identityDocument ? documentView(record.identityDocument, context.today) : null,
    residence: membership
      ? {
          address: addressView(membership.address, context.municipalityLabel),
          since: membership.residenceSince,
        }
      : null,
    household: membership
      ? {
          code: membership.householdCode,
          relationship: {
            code: membership.relationshipCode,
            label: relationshipLabel(membership.relationshipCode),
          },
          entryDate: membership.entryDate,
        }
      : null,
    recordBlocked: record.blockedReason ? { reason: record.blockedReason } : null,
  };
}

export function householdMemberView(
  member: HouseholdMemberRecord,
  callerPersonId: string | null,
): HouseholdMemberView {
  return {
    personId: member.personId,
    fiscalCode: member.fiscalCode,
    givenName: member.givenName,
    familyName: member.familyName,
    birthDate: member.birthDate,
    birthPlace: {
      code: member.birthPlaceCode,
      name: placeLabel(member.birthPlaceCode, member.birthPlaceName),
    },
    relationship: { code: member.relationshipCode, label: relationshipLabel(member.relationshipCode) },
    entryDate: member.entryDate,
    isHead: member.relationshipCode === HEAD_OF_HOUSEHOLD,
    isYou: member.personId === callerPersonId,
  };
}

export function householdView(
  membership: NonNullable<PersonRecord['membership']>,
  members: readonly HouseholdMemberRecord[],
  context: ViewContext,
  callerPersonId: string | null,
): HouseholdView {
  return {
    code: membership.householdCode,
    address: addressView(membership.address, context.municipalityLabel),
    members: members.map((member) => householdMemberView(member, callerPersonId)),
  };
}
