import type { Dictionary } from '../../i18n/dictionary';
import { type PracticeFormAnswer, PracticeFormField } from './practice-form-field';

/** A person on the practice: the applicant (required) or the technician (optional), same four inputs. */
export function PracticePartyFieldset({
  answer,
  t,
  legend,
  prefix,
  required,
}: {
  answer: PracticeFormAnswer;
  t: Dictionary['personalArea']['newPractice'];
  legend: string;
  prefix: 'applicant' | 'technician';
  required: boolean;
}) {
  return (
    <fieldset className="mb-4">
      <legend className="h5">{legend}</legend>
      <div className="row">
        <PracticeFormField
          answer={answer}
          name={`${prefix}FiscalCode`}
          label={t.fiscalCode}
          required={required}
        />
        <PracticeFormField answer={answer} name={`${prefix}Email`} label={t.email} type="email" />
        <PracticeFormField
          answer={answer}
          name={`${prefix}GivenName`}
          label={t.givenName}
          required={required}
        />
        <PracticeFormField
          answer={answer}
          name={`${prefix}FamilyName`}
          label={t.familyName}
          required={required}
        />
      </div>
    </fieldset>
  );
}
