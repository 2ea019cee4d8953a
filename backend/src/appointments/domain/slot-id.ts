import { type IsoDate, parseIsoDate } from '../../common/calendar/civil-date.js';

/** A slot is named by its office, day and start time: `<office uuid>.<YYYY-MM-DD>T<HH:MM>`. */
export interface SlotRef {
  officeId: string;
  date: IsoDate;
  time: string;
}

const SLOT_ID =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d)$/i;

export function formatSlotId(slot: SlotRef): string {
  return `${slot.officeId}.${slot.date}T${slot.time}`;
}

/** `null` for anything that is not a slot id of a real calendar day. */
export function parseSlotId(text: string): SlotRef | null {
  const match = SLOT_ID.exec(text);
  if (!match || !parseIsoDate(match[2])) return null;
  return { officeId: match[1].toLowerCase(), date: match[2], time: match[3] };
}
