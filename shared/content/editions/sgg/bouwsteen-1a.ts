import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 1A. */
export const sgg1A: readonly OverlayOp[] = [];
