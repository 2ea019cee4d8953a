import { ICON_SYMBOLS, type IconName } from './icon-symbols';

const symbols = (Object.keys(ICON_SYMBOLS) as IconName[])
  .map(
    (name) =>
      `<symbol id="it-${name}" viewBox="${ICON_SYMBOLS[name].viewBox}">${ICON_SYMBOLS[name].body}</symbol>`,
  )
  .join('');

/**
 * The symbols every `Icon` of the page points at, once per page (rendered by the root layout). The markup is
 * Bootstrap Italia's own, copied at build time (icon-symbols.ts), not user input.
 */
export function IconSprite() {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="d-none"
      aria-hidden="true"
      focusable="false"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: build-time constant from bootstrap-italia's sprite.
      dangerouslySetInnerHTML={{ __html: symbols }}
    />
  );
}
