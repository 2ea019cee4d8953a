import { loginUrl } from '../../lib/auth/login-url';

/** A stylised identity card with its chip, in white, for the blue "Entra con CIE" button. */
function CieMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="7" width="28" height="18" rx="2.5" fill="none" stroke="#fff" strokeWidth="2" />
      <rect x="6" y="11.5" width="7" height="6" rx="1" fill="#fff" />
      <path d="M16.5 13h9M16.5 17h7M6 21.5h19.5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function CieButton({ returnTo, label }: { returnTo: string; label: string }) {
  return (
    <a className="portal-id-button" href={loginUrl({ provider: 'cie', returnTo })}>
      <span className="portal-id-button-mark">
        <CieMark />
      </span>
      <span>{label}</span>
    </a>
  );
}
