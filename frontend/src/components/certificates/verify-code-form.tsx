import type { Dictionary } from '../../i18n/dictionary';
import { certificateRoutes } from '../../lib/certificates/certificate-routes';

/** A plain GET form: typing a code and pressing Enter works in any browser, with or without JavaScript. */
export function VerifyCodeForm({ t, code }: { t: Dictionary['certificates']['verify']; code?: string }) {
  return (
    <form method="get" action={certificateRoutes.verifySearch} className="portal-prose">
      <div className="form-group">
        <label htmlFor="certificate-code" className="active">
          {t.codeLabel}
        </label>
        <input
          id="certificate-code"
          name="codice"
          type="text"
          className="form-control font-monospace text-uppercase"
          defaultValue={code}
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="certificate-code-hint"
        />
        <small id="certificate-code-hint" className="form-text">
          {t.codeHint}
        </small>
      </div>
      <button type="submit" className="btn btn-primary">
        {t.submit}
      </button>
    </form>
  );
}
