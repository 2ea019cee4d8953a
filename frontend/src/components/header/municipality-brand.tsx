import type { Municipality } from '../../lib/api/municipality';
import { Icon } from '../icon/icon';

/** Only logos served over HTTPS or from this origin: anything else would be blocked or mixed content. */
function safeLogoUrl(logoUrl: string | null): string | null {
  if (!logoUrl) return null;
  if (logoUrl.startsWith('/') && !logoUrl.startsWith('//')) return logoUrl;
  return logoUrl.startsWith('https://') ? logoUrl : null;
}

export interface MunicipalityBrandProps {
  municipality: Municipality | null;
  title: string;
  tagline: string;
}

/** The comune's logo (or the generic public-administration mark) with its name. */
export function MunicipalityBrand({ municipality, title, tagline }: MunicipalityBrandProps) {
  const logoUrl = safeLogoUrl(municipality?.logoUrl ?? null);
  return (
    <>
      {logoUrl ? (
        // biome-ignore lint/performance/noImgElement: the logo may live on the comune's own website.
        <img className="icon portal-brand-logo" src={logoUrl} alt="" />
      ) : (
        <Icon name="pa" />
      )}
      <div className="it-brand-text">
        <div className="it-brand-title">{title}</div>
        <div className="it-brand-tagline d-none d-md-block">{tagline}</div>
      </div>
    </>
  );
}
