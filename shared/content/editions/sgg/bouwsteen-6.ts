import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 6. */
export const sgg6: readonly OverlayOp[] = [];
