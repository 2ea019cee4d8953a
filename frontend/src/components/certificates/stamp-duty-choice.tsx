import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { StampDutyOptions } from '../../lib/api/certificates';
import { formatEuroCents } from '../../lib/certificates/certificate-formatting';
import type { CertificateRequestForm } from '../../lib/certificates/certificate-request-form';

type Props = {
  options: StampDutyOptions;
  form: CertificateRequestForm;
  t: Dictionary['certificates']['stampDuty'];
};

/** The marca da bollo digitale, paid through pagoPA: the certificate is issued by itself once paid. */
function DigitalStampOption({
  options,
  checked,
  t,
}: {
  options: StampDutyOptions;
  checked: boolean;
  t: Dictionary['payments']['certificate'];
}) {
  return (
    <>
      <div className="form-check">
        <input
          className="form-check-input"
          type="radio"
          name="bollo"
          id="bollo-pagopa"
          value="pagopa"
          defaultChecked={checked}
          aria-describedby="bollo-pagopa-hint"
        />
        <label className="form-check-label" htmlFor="bollo-pagopa">
          {formatMessage(t.choice, { amount: formatEuroCents(options.amountCents) })}
        </label>
      </div>
      <p id="bollo-pagopa-hint" className="small ms-4 mt-1">
        {t.choiceHint}
      </p>
    </>
  );
}

/** Under "esente": the exemption the resident claims (with its legal basis) and a note on the use. */
function StampDutyExemptionFields({ options, form, t }: Props) {
  return (
    <div className="ms-4 mt-2 mb-3">
      <div className="select-wrapper mb-3">
        <label htmlFor="esenzione">{t.exemptionLabel}</label>
        <select id="esenzione" name="esenzione" defaultValue={form.exemption}>
          <option value="">{t.exemptionPlaceholder}</option>
          {options.exemptions.map((exemption) => (
            <option key={exemption.id} value={exemption.id}>
              {exemption.legalBasis ? `${exemption.useLabel} (${exemption.legalBasis})` : exemption.useLabel}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group mb-0">
        <label htmlFor="nota" className="active">
          {t.noteLabel}
        </label>
        <textarea
          id="nota"
          name="nota"
          className="form-control"
          rows={3}
          maxLength={options.noteMaxLength}
          defaultValue={form.note}
          aria-describedby="nota-hint"
        />
        <small id="nota-hint" className="form-text">
          {formatMessage(t.noteHint, { max: String(options.noteMaxLength) })}
        </small>
      </div>
    </div>
  );
}

/**
 * Marca da bollo: exempt with a reason, the identifier of the paper stamp the resident bought, or the digital
 * stamp paid online through pagoPA.
 */
export function StampDutyChoice({
  options,
  form,
  t,
  digitalStamp,
}: Props & { digitalStamp: Dictionary['payments']['certificate'] }) {
  const mode = form.stampDuty || 'esenzione';
  return (
    <fieldset className="mb-2" aria-describedby="stamp-duty-hint">
      <legend className="h5">{t.legend}</legend>
      <p id="stamp-duty-hint" className="small">
        {formatMessage(t.hint, { amount: formatEuroCents(options.amountCents) })}
      </p>

      <div className="form-check">
        <input
          className="form-check-input"
          type="radio"
          name="bollo"
          id="bollo-esenzione"
          value="esenzione"
          defaultChecked={mode === 'esenzione'}
        />
        <label className="form-check-label" htmlFor="bollo-esenzione">
          {t.exempt}
        </label>
      </div>
      <StampDutyExemptionFields options={options} form={form} t={t} />

      <div className="form-check">
        <input
          className="form-check-input"
          type="radio"
          name="bollo"
          id="bollo-marca"
          value="marca"
          defaultChecked={mode === 'marca'}
        />
        <label className="form-check-label" htmlFor="bollo-marca">
          {t.marca}
        </label>
      </div>
      <div className="form-group ms-4 mt-2">
        <label htmlFor="marca" className="active">
          {t.marcaLabel}
        </label>
        <input
          id="marca"
          name="marca"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="form-control font-monospace"
          maxLength={options.marcaIdDigits + 6}
          defaultValue={form.marcaId}
          aria-describedby="marca-hint"
        />
        <small id="marca-hint" className="form-text">
          {formatMessage(t.marcaHint, { digits: String(options.marcaIdDigits) })}
        </small>
      </div>
      <DigitalStampOption options={options} checked={mode === 'pagopa'} t={digitalStamp} />
    </fieldset>
  );
}
