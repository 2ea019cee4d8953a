import type { Dictionary } from '../../i18n/dictionary';
import { RegistryNav, type RegistrySection } from './registry-nav';

/** Eyebrow, title, lead and the tabs of the resident's registry pages. */
export function RegistryPageHeader({
  section,
  title,
  lead,
  t,
}: {
  section: RegistrySection;
  title: string;
  lead: string;
  t: Dictionary;
}) {
  return (
    <>
      <p className="portal-eyebrow">{t.personalArea.eyebrow}</p>
      <h1 className="mb-3">{title}</h1>
      <p className="lead">{lead}</p>
      <RegistryNav current={section} t={t.registry.nav} />
    </>
  );
}
