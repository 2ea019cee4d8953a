// Next.js writes these references into next-env.d.ts at build time; that file is not committed, so
// they are repeated here for `tsc -p frontend --noEmit` on a fresh checkout (CSS and SVG imports).
/// <reference types="next" />
/// <reference types="next/image-types/global" />
