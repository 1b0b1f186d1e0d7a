import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 0A. */
export const sgg0A: readonly OverlayOp[] = [];
