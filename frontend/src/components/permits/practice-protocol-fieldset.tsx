import type { Dictionary } from '../../i18n/dictionary';
import { answerValue, type PracticeFormAnswer, PracticeFormField } from './practice-form-field';

/** The practice type with its protocol number and day, as filed at the comune's protocol. */
export function PracticeProtocolFieldset({
  answer,
  t,
  practiceTypes,
}: {
  answer: PracticeFormAnswer;
  t: Dictionary['personalArea']['newPractice'];
  practiceTypes: Record<string, string>;
}) {
  return (
    <fieldset className="mb-4">
      <legend className="h5">{t.protocolLegend}</legend>
      <div className="row">
        <div className="col-12 col-md-6 form-group mb-3">
          <label htmlFor="practice-type" className="active">
            {t.type}
          </label>
          <select
            id="practice-type"
            name="type"
            className="form-select"
            defaultValue={answerValue(answer, 'type', 'CILA')}
            required
          >
            {Object.entries(practiceTypes).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <PracticeFormField
          answer={answer}
          name="protocolNumber"
          label={t.protocolNumber}
          required
          hint={t.protocolNumberHint}
        />
        <PracticeFormField answer={answer} name="protocolDate" label={t.protocolDate} required type="date" />
      </div>
    </fieldset>
  );
}
