import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 5. */
export const sgg5: readonly OverlayOp[] = [];
