import { randomInt, randomUUID } from 'node:crypto';

/**
 * In-memory debt positions of the pagoPA GPD sandbox, with the business rules the real service applies on
 * top of its OpenAPI schema (dates, amounts, IBAN or stamp, uniqueness, state machine). Request bodies reach
 * this store already validated against `shared/openapi/pagopa-gpd.yaml`.
 */

export type DebtPositionStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'VALID'
  | 'INVALID'
  | 'EXPIRED'
  | 'PARTIALLY_PAID'
  | 'PAID'
  | 'REPORTED';

export interface Metadata {
  key: string;
  value: string;
}

export interface StampInput {
  hashDocument: string;
  stampType: string;
  provincialResidence: string;
}

export interface TransferInput {
  idTransfer: string;
  amount: number;
  organizationFiscalCode?: string;
  remittanceInformation: string;
  category: string;
  iban?: string;
  postalIban?: string;
  stamp?: StampInput;
  companyName?: string;
  transferMetadata?: Metadata[];
}

export interface PaymentOptionInput {
  nav?: string;
  iuv: string;
  amount: number;
  description: string;
  isPartialPayment: boolean;
  dueDate: string;
  retentionDate?: string;
  transfer?: TransferInput[];
  paymentOptionMetadata?: Metadata[];
}

export interface PaymentPositionInput {
  iupd: string;
  type: 'F' | 'G';
  payStandIn?: boolean;
  fiscalCode: string;
  fullName: string;
  streetName?: string;
  civicNumber?: string;
  postalCode?: string;
  city?: string;
  province?: string;
  region?: string;
  country?: string;
  email?: string;
  phone?: string;
  switchToExpired: boolean;
  companyName: string;
  officeName?: string;
  validityDate?: string;
  paymentOption?: PaymentOptionInput[];
}

interface StoredTransfer extends TransferInput {
  insertedDate: Date;
  /** Identifier of the marca da bollo digitale (IUBD), once paid. */
  iubd?: string;
}

interface StoredOption extends Omit<PaymentOptionInput, 'transfer'> {
  nav: string;
  status: 'PO_UNPAID' | 'PO_PAID';
  insertedDate: Date;
  lastUpdatedDate: Date;
  due: Date;
  paymentDate?: Date;
  idReceipt?: string;
  pspCompany?: string;
  paymentMethod?: string;
  transfer: StoredTransfer[];
}

export interface StoredPosition {
  organizationFiscalCode: string;
  data: Omit<PaymentPositionInput, 'paymentOption' | 'validityDate'>;
  status: DebtPositionStatus;
  insertedDate: Date;
  lastUpdatedDate: Date;
  publishDate?: Date;
  validityDate?: Date;
  paymentDate?: Date;
  options: StoredOption[];
}

/** What the sandbox sends to the portal (and keeps) when a notice is paid. */
export interface SandboxReceipt {
  type: 'pagopa-sandbox.receipt';
  organizationFiscalCode: string;
  companyName: string;
  iupd: string;
  iuv: string;
  noticeNumber: string;
  amount: number;
  description: string;
  debtorFiscalCode: string;
  receiptId: string;
  paymentDate: string;
  pspCompany: string;
  paymentMethod: string;
  debtPositionStatus: DebtPositionStatus;
  stamps: {
    idTransfer: string;
    hashDocument: string;
    stampType: string;
    provincialResidence: string;
    iubd: string;
  }[];
}

/** An error answered as the service's ProblemJson (`{ title, status, detail }`). */
export class GpdProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(`${title}: ${detail}`);
    this.name = 'GpdProblem';
  }
}

const REQUEST_DATA_ERROR = 'Error in the debt position request data';
const PAYABLE: readonly DebtPositionStatus[] = ['VALID', 'PARTIALLY_PAID'];
const NOT_INVALIDABLE: readonly DebtPositionStatus[] = [
  'DRAFT',
  'INVALID',
  'EXPIRED',
  'PARTIALLY_PAID',
  'PAID',
  'REPORTED',
];
const MAX_TRANSFERS = 5;
const MAX_LIST_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
export const AUX_DIGIT = '3';
export const SANDBOX_PSP = 'PSP Sandbox S.p.A.';

/**
 * GPD dates are Java LocalDateTime in UTC: accepted with or without an offset, answered without one
 * (`2026-12-31T23:59:59.999`).
 */
export function parseGpdDateTime(value: string): Date {
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  return new Date(zoned);
}

export function formatGpdDateTime(date: Date | undefined): string | undefined {
  return date ? date.toISOString().replace(/Z$/, '') : undefined;
}

export function duplicateViolation(organizationFiscalCode: string): GpdProblem {
  return new GpdProblem(
    409,
    'The debt position violated constraints of uniqueness',
    `Already exists a debt position for the Organization Fiscal Code ${organizationFiscalCode} or one of its payment options is not unique`,
  );
}

export function requestDataError(detail: string): GpdProblem {
  return new GpdProblem(400, REQUEST_DATA_ERROR, detail);
}

function notFound(organizationFiscalCode: string, iupd: string): GpdProblem {
  return new GpdProblem(
    404,
    'Not found the debt position',
    `Not found a debt position for Organization Fiscal Code ${organizationFiscalCode} and IUPD ${iupd}`,
  );
}

function hasDuplicateKeys(metadata: Metadata[] | undefined): boolean {
  const keys = (metadata ?? []).map((entry) => entry.key);
  return new Set(keys).size !== keys.length;
}

export class GpdStore {
  private readonly positions = new Map<string, StoredPosition>();
  private readonly receipts = new Map<string, SandboxReceipt>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  reset(): void {
    this.positions.clear();
    this.receipts.clear();
  }

  private static key(organizationFiscalCode: string, iupd: string): string {
    return `${organizationFiscalCode}\u0000${iupd}`;
  }

  create(organizationFiscalCode: string, input: PaymentPositionInput, toPublish: boolean): StoredPosition {
    const now = this.now();
    const { paymentOption = [], validityDate: validityText, ...data } = input;
    const validityDate = validityText ? parseGpdDateTime(validityText) : undefined;
    if (validityDate && validityDate.getTime() <= now.getTime()) {
      throw requestDataError(
        `Dates congruence error: validity_date must be later than the current date [validity_date=${validityText}]`,
      );
    }
    for (const option of paymentOption) this.checkOption(option, validityDate, now, organizationFiscalCode);

    const taken = new Set<string>();
    for (const position of this.positions.values()) {
      if (position.organizationFiscalCode !== organizationFiscalCode) continue;
      for (const option of position.options) taken.add(`iuv:${option.iuv}`).add(`nav:${option.nav}`);
    }
    if (this.positions.has(GpdStore.key(organizationFiscalCode, input.iupd))) {
      throw duplicateViolation(organizationFiscalCode);
    }
    const options: StoredOption[] = paymentOption.map((option) => {
      const nav = option.nav ?? `${AUX_DIGIT}${option.iuv}`;
      for (const id of [`iuv:${option.iuv}`, `nav:${nav}`]) {
        if (taken.has(id)) throw duplicateViolation(organizationFiscalCode);
        taken.add(id);
      }
      return {
        ...option,
        nav,
        status: 'PO_UNPAID',
        insertedDate: now,
        lastUpdatedDate: now,
        due: parseGpdDateTime(option.dueDate),
        transfer: (option.transfer ?? []).map((transfer) => ({ ...transfer, insertedDate: now })),
      };
    });
    const position: StoredPosition = {
      organizationFiscalCode,
      data,
      status: 'DRAFT',
      insertedDate: now,
      lastUpdatedDate: now,
      validityDate,
      options,
    };
    if (toPublish) this.publishPosition(position, now);
    this.positions.set(GpdStore.key(organizationFiscalCode, input.iupd), position);
    return position;
  }

  private checkOption(
    option: PaymentOptionInput,
    validityDate: Date | undefined,
    now: Date,
    organizationFiscalCode: string,
  ): void {
    const due = parseGpdDateTime(option.dueDate);
    const floor = validityDate ?? now;
    if (due.getTime() < floor.getTime()) {
      throw requestDataError(
        `Dates congruence error: due_date must be >= validity_date (if provided) or >= the current date [iuv=${option.iuv}; due_date=${option.dueDate}]`,
      );
    }
    if (option.retentionDate && parseGpdDateTime(option.retentionDate).getTime() < due.getTime()) {
      throw requestDataError(
        `Dates congruence error: retention_date must be >= due_date [iuv=${option.iuv}; retention_date=${option.retentionDate}]`,
      );
    }
    const transfers = option.transfer ?? [];
    if (transfers.length > MAX_TRANSFERS) {
      throw requestDataError(
        `Number of transfers congruence error: at most ${MAX_TRANSFERS} transfers per payment option [found=${transfers.length}]`,
      );
    }
    let total = 0;
    for (const transfer of transfers) {
      const hasIban = Boolean(transfer.iban);
      const hasStamp = Boolean(transfer.stamp);
      if (hasIban === hasStamp || (hasStamp && transfer.postalIban)) {
        throw requestDataError(
          `A transfer has either an IBAN (optionally with a postal IBAN) or a stamp, not both nor neither [iuv=${option.iuv}, idTransfer=${transfer.idTransfer}]`,
        );
      }
      total += transfer.amount;
    }
    if (total !== option.amount) {
      throw requestDataError(
        `Amounts congruence error: the payment option amount must equal the total of its transfers [amount=${option.amount}; transfers=${total}]`,
      );
    }
    if (hasDuplicateKeys(option.paymentOptionMetadata)) {
      throw new GpdProblem(
        409,
        'The metadata violated constraints of uniqueness',
        `Duplicate metadata key for the Organization Fiscal Code ${organizationFiscalCode}`,
      );
    }
    if (transfers.some((transfer) => hasDuplicateKeys(transfer.transferMetadata))) {
      throw new GpdProblem(
        409,
        'The transfer metadata violated constraints of uniqueness',
        `Duplicate transfer metadata key for the Organization Fiscal Code ${organizationFiscalCode}`,
      );
    }
  }

  private publishPosition(position: StoredPosition, now: Date): void {
    if (position.options.some((option) => option.due.getTime() < now.getTime())) {
      throw new GpdProblem(
        409,
        'Publish request occurred after the due date of a payment options has expired',
        `A payment option of the debt position with Organization Fiscal Code ${position.organizationFiscalCode} and IUPD ${position.data.iupd} is past its due date`,
      );
    }
    if (position.validityDate && position.validityDate.getTime() < now.getTime()) {
      throw new GpdProblem(
        409,
        'Publish request occurred after the validity date began',
        `The validity date of the debt position with Organization Fiscal Code ${position.organizationFiscalCode} and IUPD ${position.data.iupd} has begun`,
      );
    }
    position.publishDate = now;
    position.lastUpdatedDate = now;
    if (position.validityDate) {
      position.status = 'PUBLISHED';
    } else {
      position.validityDate = now;
      position.status = 'VALID';
    }
  }

  /** The position, its status brought up to date (validity reached, past due). */
  get(organizationFiscalCode: string, iupd: string, expirePastDue = false): StoredPosition {
    const position = this.positions.get(GpdStore.key(organizationFiscalCode, iupd));
    if (!position) throw notFound(organizationFiscalCode, iupd);
    this.refresh(position, expirePastDue);
    return position;
  }

  list(organizationFiscalCode: string, expirePastDue = false): StoredPosition[] {
    return [...this.positions.values()].filter((position) => {
      if (position.organizationFiscalCode !== organizationFiscalCode) return false;
      this.refresh(position, expirePastDue);
      return true;
    });
  }

  private refresh(position: StoredPosition, expirePastDue: boolean): void {
    const now = this.now();
    if (
      position.status === 'PUBLISHED' &&
      position.validityDate &&
      position.validityDate.getTime() <= now.getTime()
    ) {
      position.status = 'VALID';
      position.lastUpdatedDate = now;
    }
    const unpaid = position.options.filter((option) => option.status === 'PO_UNPAID');
    if (
      (position.status === 'VALID' || position.status === 'PUBLISHED') &&
      (position.data.switchToExpired || expirePastDue) &&
      unpaid.length > 0 &&
      unpaid.every((option) => option.due.getTime() < now.getTime())
    ) {
      position.status = 'EXPIRED';
      position.lastUpdatedDate = now;
    }
  }

  publish(organizationFiscalCode: string, iupd: string): StoredPosition {
    const position = this.get(organizationFiscalCode, iupd);
    if (position.status !== 'DRAFT') {
      throw new GpdProblem(
        409,
        'Existing related payment found or not in publishable state',
        `The debt position with Organization Fiscal Code ${organizationFiscalCode} and IUPD ${iupd} is not in publishable state`,
      );
    }
    this.publishPosition(position, this.now());
    return position;
  }

  invalidate(organizationFiscalCode: string, iupd: string): StoredPosition {
    const position = this.get(organizationFiscalCode, iupd);
    if (NOT_INVALIDABLE.includes(position.status)) {
      throw new GpdProblem(
        409,
        'Existing related payment found or not in invalidable state',
        `A payment has been made on, or the debt position with Organization Fiscal Code ${organizationFiscalCode} and IUPD ${iupd} is not in invalidable state`,
      );
    }
    position.status = 'INVALID';
    position.lastUpdatedDate = this.now();
    return position;
  }

  /** Expires now every unpaid position with that IUPD (any organisation); false when none. */
  expire(iupd: string): boolean {
    let found = false;
    for (const position of this.positions.values()) {
      if (position.data.iupd !== iupd) continue;
      found = true;
      if (!['PAID', 'PARTIALLY_PAID', 'REPORTED', 'INVALID'].includes(position.status)) {
        position.status = 'EXPIRED';
        position.lastUpdatedDate = this.now();
      }
    }
    return found;
  }

  /** The position and option a notice number belongs to. */
  findNotice(
    noticeNumber: string,
    expirePastDue = false,
  ): { position: StoredPosition; option: StoredOption } | undefined {
    for (const position of this.positions.values()) {
      const option = position.options.find((candidate) => candidate.nav === noticeNumber);
      if (option) {
        this.refresh(position, expirePastDue);
        return { position, option };
      }
    }
    return undefined;
  }

  /** Why a notice cannot be paid now (Italian, for the checkout page), or undefined when it can. */
  static unpayableReason(position: StoredPosition, option: StoredOption): string | undefined {
    if (option.status !== 'PO_UNPAID' || position.status === 'PAID' || position.status === 'REPORTED') {
      return 'Questo avviso è già stato pagato.';
    }
    if (PAYABLE.includes(position.status)) return undefined;
    switch (position.status) {
      case 'EXPIRED':
        return 'Questo avviso è scaduto e non è più pagabile.';
      case 'INVALID':
        return "Questo avviso è stato annullato dall'ente creditore.";
      default:
        return 'Questo avviso non è ancora pagabile (non pubblicato o non ancora valido).';
    }
  }

  receipt(noticeNumber: string): SandboxReceipt | undefined {
    return this.receipts.get(noticeNumber);
  }

  /** Pays a notice as a PSP would; throws a GpdProblem when it is not payable. */
  pay(noticeNumber: string, expirePastDue = false): SandboxReceipt {
    const found = this.findNotice(noticeNumber, expirePastDue);
    if (!found) {
      throw new GpdProblem(
        404,
        'Not found the payment option',
        `Not found a payment option for NAV ${noticeNumber}`,
      );
    }
    const { position, option } = found;
    const reason = GpdStore.unpayableReason(position, option);
    if (reason) {
      throw new GpdProblem(
        option.status === 'PO_PAID' ? 409 : 422,
        option.status === 'PO_PAID' ? 'Existing related payment found' : 'Not in payable state',
        `The payment option with NAV ${noticeNumber} cannot be paid (debt position ${position.status})`,
      );
    }
    const now = this.now();
    option.status = 'PO_PAID';
    option.paymentDate = now;
    option.lastUpdatedDate = now;
    option.idReceipt = randomUUID().replace(/-/g, '');
    option.pspCompany = SANDBOX_PSP;
    option.paymentMethod = 'CP';
    for (const transfer of option.transfer) {
      if (transfer.stamp) transfer.iubd = String(randomInt(1e13, 1e14));
    }
    const instalments = position.options.filter((candidate) => candidate.isPartialPayment);
    const fullyPaid =
      !option.isPartialPayment || instalments.every((candidate) => candidate.status === 'PO_PAID');
    position.status = fullyPaid ? 'PAID' : 'PARTIALLY_PAID';
    if (fullyPaid) position.paymentDate = now;
    position.lastUpdatedDate = now;
    const receipt: SandboxReceipt = {
      type: 'pagopa-sandbox.receipt',
      organizationFiscalCode: position.organizationFiscalCode,
      companyName: position.data.companyName,
      iupd: position.data.iupd,
      iuv: option.iuv,
      noticeNumber: option.nav,
      amount: option.amount,
      description: option.description,
      debtorFiscalCode: position.data.fiscalCode,
      receiptId: option.idReceipt,
      paymentDate: now.toISOString(),
      pspCompany: option.pspCompany,
      paymentMethod: option.paymentMethod,
      debtPositionStatus: position.status,
      stamps: option.transfer.flatMap((transfer) =>
        transfer.stamp && transfer.iubd
          ? [{ idTransfer: transfer.idTransfer, ...transfer.stamp, iubd: transfer.iubd }]
          : [],
      ),
    };
    this.receipts.set(option.nav, receipt);
    return receipt;
  }

  static dayBounds(from: string | undefined, to: string | undefined): [Date, Date] | undefined {
    if (!from && !to) return undefined;
    const start = from
      ? new Date(`${from}T00:00:00Z`)
      : new Date(new Date(`${to}T00:00:00Z`).getTime() - MAX_LIST_DAYS * DAY_MS);
    const end = to
      ? new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS - 1)
      : new Date(start.getTime() + (MAX_LIST_DAYS + 1) * DAY_MS - 1);
    if (
      end.getTime() < start.getTime() ||
      end.getTime() - start.getTime() > (MAX_LIST_DAYS + 1) * DAY_MS - 1
    ) {
      throw new GpdProblem(
        400,
        'The debt positions cannot be recovered',
        `Debt positions cannot be recovered: the interval must not end before it starts nor exceed ${MAX_LIST_DAYS} days [from=${from}, to=${to}]`,
      );
    }
    return [start, end];
  }
}

// --- answers in the shapes of the description -------------------------------------------------------

function transferBody(position: StoredPosition, transfer: StoredTransfer) {
  const { iubd: _iubd, insertedDate, ...fields } = transfer;
  return {
    ...fields,
    organizationFiscalCode: transfer.organizationFiscalCode ?? position.organizationFiscalCode,
    insertedDate: formatGpdDateTime(insertedDate),
    status: 'T_UNREPORTED',
    lastUpdatedDate: formatGpdDateTime(insertedDate),
  };
}

/** PaymentPositionModelBaseResponse (GET). */
export function positionResponse(position: StoredPosition) {
  return {
    iupd: position.data.iupd,
    organizationFiscalCode: position.organizationFiscalCode,
    type: position.data.type,
    companyName: position.data.companyName,
    officeName: position.data.officeName,
    insertedDate: formatGpdDateTime(position.insertedDate),
    publishDate: formatGpdDateTime(position.publishDate),
    validityDate: formatGpdDateTime(position.validityDate),
    paymentDate: formatGpdDateTime(position.paymentDate),
    status: position.status,
    lastUpdatedDate: formatGpdDateTime(position.lastUpdatedDate),
    paymentOption: position.options.map((option) => ({
      nav: option.nav,
      iuv: option.iuv,
      organizationFiscalCode: position.organizationFiscalCode,
      amount: option.amount,
      description: option.description,
      isPartialPayment: option.isPartialPayment,
      dueDate: formatGpdDateTime(option.due),
      retentionDate: option.retentionDate
        ? formatGpdDateTime(parseGpdDateTime(option.retentionDate))
        : undefined,
      paymentDate: formatGpdDateTime(option.paymentDate),
      insertedDate: formatGpdDateTime(option.insertedDate),
      paymentMethod: option.paymentMethod,
      fee: 0,
      notificationFee: 0,
      pspCompany: option.pspCompany,
      idReceipt: option.idReceipt,
      status: option.status,
      lastUpdatedDate: formatGpdDateTime(option.lastUpdatedDate),
      paymentOptionMetadata: option.paymentOptionMetadata ?? [],
      transfer: option.transfer.map((transfer) => transferBody(position, transfer)),
    })),
  };
}

/** PaymentPositionModel (create, publish, invalidate). */
export function positionModel(position: StoredPosition) {
  return {
    ...position.data,
    validityDate: formatGpdDateTime(position.validityDate),
    paymentDate: formatGpdDateTime(position.paymentDate),
    status: position.status,
    paymentOption: position.options.map((option) => ({
      nav: option.nav,
      iuv: option.iuv,
      amount: option.amount,
      description: option.description,
      isPartialPayment: option.isPartialPayment,
      dueDate: formatGpdDateTime(option.due),
      retentionDate: option.retentionDate
        ? formatGpdDateTime(parseGpdDateTime(option.retentionDate))
        : undefined,
      fee: 0,
      notificationFee: 0,
      transfer: option.transfer.map(({ iubd: _iubd, insertedDate: _inserted, ...transfer }) => transfer),
      paymentOptionMetadata: option.paymentOptionMetadata ?? [],
    })),
  };
}
