import type { AppointmentSlot } from '../../lib/api/appointments';

/** The free times of one day as a radio group: keyboard and screen reader friendly, no click-only widget. */
export function SlotRadios({
  slots,
  legend,
  hint,
  name = 'orario',
}: {
  slots: readonly AppointmentSlot[];
  legend: string;
  hint: string;
  name?: string;
}) {
  return (
    <fieldset className="mb-4" aria-describedby="slot-hint">
      <legend className="h5">{legend}</legend>
      <p id="slot-hint" className="form-text mt-0">
        {hint}
      </p>
      <div className="portal-slot-grid">
        {slots.map((slot, index) => (
          <div className="form-check form-check-inline me-0" key={slot.id}>
            <input
              className="form-check-input"
              type="radio"
              name={name}
              id={`slot-${index}`}
              value={slot.id}
              required
              defaultChecked={index === 0}
            />
            <label className="form-check-label" htmlFor={`slot-${index}`}>
              {slot.time}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
