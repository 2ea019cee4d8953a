import sprite from 'bootstrap-italia/dist/svg/sprites.svg';
import type { StaticImageData } from 'next/image';

// Imported as an asset: served from our origin under /_next/static with a content hash. The sprite
// has no intrinsic size, so the bundler hands back its URL rather than an image object.
const spriteUrl: string = typeof sprite === 'string' ? sprite : (sprite as StaticImageData).src;

export interface IconProps {
  /** A Bootstrap Italia icon name without the `it-` prefix, e.g. `user`, `arrow-right`. */
  name: string;
  className?: string;
}

/** A decorative Bootstrap Italia icon: the text next to it carries the meaning. */
export function Icon({ name, className }: IconProps) {
  return (
    <svg className={className ? `icon ${className}` : 'icon'} aria-hidden="true" focusable="false">
      <use href={`${spriteUrl}#it-${name}`} />
    </svg>
  );
}
