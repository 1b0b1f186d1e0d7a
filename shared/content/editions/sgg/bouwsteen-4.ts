import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 4. */
export const sgg4: readonly OverlayOp[] = [];
