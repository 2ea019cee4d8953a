import type { ValidationError } from 'class-validator';
import { DomainError } from './domain-error.js';

/** Italian reasons for class-validator constraints; the constraint name is the key. */
const REASONS: Record<string, (args: string) => string> = {
  isDefined: () => 'è obbligatorio',
  isNotEmpty: () => 'è obbligatorio',
  isString: () => 'deve essere un testo',
  isInt: () => 'deve essere un numero intero',
  isNumber: () => 'deve essere un numero',
  isNumberString: () => 'deve essere un numero',
  isDecimal: () => 'deve essere un numero decimale',
  isBoolean: () => 'deve essere vero o falso',
  isIn: (allowed) => `deve essere uno dei valori ammessi${allowed ? `: ${allowed}` : ''}`,
  isEnum: (allowed) => `deve essere uno dei valori ammessi${allowed ? `: ${allowed}` : ''}`,
  isEmail: () => 'deve essere un indirizzo e-mail valido',
  isUrl: () => 'deve essere un indirizzo web valido',
  isUUID: () => 'non è un identificativo valido',
  isDateString: () => 'deve essere una data nel formato AAAA-MM-GG',
  isISO8601: () => 'deve essere una data nel formato AAAA-MM-GG',
  matches: () => 'ha un formato non valido',
  maxLength: (max) => `deve avere al massimo ${max} caratteri`,
  minLength: (min) => `deve avere almeno ${min} caratteri`,
  length: () => 'ha una lunghezza non valida',
  min: (min) => `deve essere almeno ${min}`,
  max: (max) => `deve essere al massimo ${max}`,
  isArray: () => 'deve essere un elenco',
  arrayMinSize: (min) => `deve contenere almeno ${min} elementi`,
  arrayMaxSize: (max) => `deve contenere al massimo ${max} elementi`,
  isObject: () => 'deve essere un oggetto',
  nestedValidation: () => 'contiene valori non validi',
  whitelistValidation: () => 'non è un campo previsto',
  isPositive: () => 'deve essere positivo',
};

function flatten(errors: ValidationError[], prefix = ''): { field: string; reason: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const reason = REASONS[constraint];
      // A message written in Italian by the DTO (`{ message: '...' }`) wins over the generic one.
      const custom = error.contexts?.[constraint]?.italian as string | undefined;
      return { field, reason: custom ?? (reason ? reason(argumentOf(message)) : 'non è valido') };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator messages end with the constraint argument ("... must be shorter than or equal to 256 characters"). */
function argumentOf(message: string): string {
  const values = message.match(/following values: (.+)$/);
  if (values?.[1]) return values[1];
  const number = message.match(/(-?\d+(?:\.\d+)?)/);
  return number?.[1] ?? '';
}

/** The ValidationPipe's exception factory: one 400 problem listing every field and its Italian reason. */
export function validationErrorsToDomainError(errors: ValidationError[]): DomainError {
  const list = flatten(errors);
  const first = list[0];
  return new DomainError({
    code: 'VALIDATION_FAILED',
    status: 400,
    detail: first ? `Il campo «${first.field}» ${first.reason}.` : 'I dati inviati non sono validi.',
    field: first?.field,
    extra: { errors: list },
  });
}
