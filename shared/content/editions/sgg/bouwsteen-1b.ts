import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 1B. */
export const sgg1B: readonly OverlayOp[] = [];
