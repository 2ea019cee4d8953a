import type { IconName } from './icon-symbols';

export interface IconProps {
  /** A Bootstrap Italia icon name without the `it-` prefix, e.g. `user`, `expand`. */
  name: IconName;
  className?: string;
}

/**
 * A decorative Bootstrap Italia icon: the text next to it carries the meaning. It points at the symbol that
 * `IconSprite` puts in every page (the root layout), never at an external sprite file.
 */
export function Icon({ name, className }: IconProps) {
  return (
    <svg className={className ? `icon ${className}` : 'icon'} aria-hidden="true" focusable="false">
      <use href={`#it-${name}`} />
    </svg>
  );
}
