import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 0B. */
export const sgg0B: readonly OverlayOp[] = [];
