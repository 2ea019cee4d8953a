import { formatDate } from '../../common/italian/format-date.js';
import {
  greeting,
  type MessageBaseParams,
  type MessageContent,
  type MessagePayment,
  messageAction,
} from '../../notifications/content/message-content.js';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';
import type { IsoDate } from '../domain/iso-date.js';

export interface ImuReminderParams extends MessageBaseParams {
  year: number;
  instalment: ImuInstalment;
  dueDate: IsoDate;
  amountCents: number;
  /** The pagoPA notice of this instalment, when the comune issued one. */
  payment: MessagePayment | null;
}

const INSTALMENT = {
  it: { first: 'acconto', balance: 'saldo', single: 'unica soluzione' },
  en: { first: 'first instalment', balance: 'balance', single: 'single payment' },
} as const;

function euro(cents: number, locale: 'it' | 'en'): string {
  return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

/** The end of the due day in Rome (IO shows the deadline and offers a reminder for it). */
export function endOfRomeDay(day: IsoDate): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' })
      .formatToParts(noon)
      .find((part) => part.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '+00:00';
  return `${day}T23:59:59${offset}`;
}

/**
 * To each taxpayer with something due, seven days before an IMU instalment (L. 160/2019 c. 762): the amount
 * computed from the properties the comune knows, the due date and, when there is one, the pagoPA notice.
 */
export function imuReminder(params: ImuReminderParams): MessageContent {
  const { locale } = params;
  const it = locale === 'it';
  const instalment = INSTALMENT[locale][params.instalment];
  const due = formatDate(params.dueDate, locale);
  const amount = euro(params.amountCents, locale);
  return {
    locale,
    subject: it
      ? `IMU ${params.year}: ${instalment} in scadenza il ${due}`
      : `IMU ${params.year}: ${instalment} due on ${due}`,
    sender: it
      ? `Comune di ${params.municipalityName} – Ufficio Tributi`
      : `Comune di ${params.municipalityName} – Taxes Office`,
    blocks: [
      greeting(params),
      {
        kind: 'paragraph',
        text: it
          ? `ti ricordiamo che il ${due} scade il pagamento dell'IMU ${params.year} (${instalment}). L'importo è calcolato sugli immobili che il Comune conosce: verificalo nella tua area personale, dove trovi anche il modello F24 precompilato.`
          : `the IMU ${params.year} payment (${instalment}) is due on ${due}. The amount is computed from the properties the Comune knows: check it in your personal area, where you also find the precompiled F24 form.`,
      },
      {
        kind: 'facts',
        facts: [
          { label: it ? 'Importo dovuto' : 'Amount due', value: amount },
          { label: it ? 'Scadenza' : 'Due date', value: due },
          ...(params.payment
            ? [
                {
                  label: it ? 'Numero avviso pagoPA' : 'pagoPA notice number',
                  value: params.payment.noticeNumber,
                },
              ]
            : []),
        ],
      },
    ],
    action: messageAction(it ? "Vedi l'IMU e il modello F24" : 'See your IMU and F24 form', params.link),
    dueDate: endOfRomeDay(params.dueDate),
    ...(params.payment ? { payment: params.payment } : {}),
  };
}
