import type { Dictionary } from '../../i18n/dictionary';
import {
  answerInvalid,
  answerValue,
  type PracticeFormAnswer,
  PracticeFormField,
} from './practice-form-field';

const CONSTRAINTS = ['none', 'cleared', 'pending'] as const;

/** The property: address, cadastral references, the works and the constraints that set the legal terms. */
export function PracticePropertyFieldset({
  answer,
  t,
}: {
  answer: PracticeFormAnswer;
  t: Dictionary['personalArea']['newPractice'];
}) {
  return (
    <fieldset className="mb-4">
      <legend className="h5">{t.propertyLegend}</legend>
      <div className="row">
        <PracticeFormField
          answer={answer}
          name="address"
          label={t.address}
          required
          className="col-12"
          autoComplete="street-address"
        />
        <PracticeFormField
          answer={answer}
          name="sheet"
          label={t.sheet}
          required
          className="col-12 col-md-4"
        />
        <PracticeFormField
          answer={answer}
          name="parcel"
          label={t.parcel}
          required
          className="col-12 col-md-4"
        />
        <PracticeFormField answer={answer} name="subaltern" label={t.subaltern} className="col-12 col-md-4" />
        <div className="col-12 form-group mb-3">
          <label htmlFor="practice-description" className="active">
            {t.description}
          </label>
          <textarea
            id="practice-description"
            name="description"
            className={answerInvalid(answer, 'description') ? 'form-control is-invalid' : 'form-control'}
            rows={3}
            required
            defaultValue={answerValue(answer, 'description')}
          />
        </div>
        <div className="col-12 col-md-6 form-group mb-3">
          <label htmlFor="practice-constraints" className="active">
            {t.constraints}
          </label>
          <select
            id="practice-constraints"
            name="constraints"
            className="form-select"
            defaultValue={answerValue(answer, 'constraints', 'none')}
          >
            {CONSTRAINTS.map((option) => (
              <option key={option} value={option}>
                {t.constraintOptions[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-6 mb-3">
          <div className="form-check">
            <input
              id="practice-doubledTerms"
              name="doubledTerms"
              type="checkbox"
              defaultChecked={answerValue(answer, 'doubledTerms') === 'on'}
            />
            <label htmlFor="practice-doubledTerms">{t.doubledTerms}</label>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
