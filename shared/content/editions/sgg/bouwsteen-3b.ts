import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 3B. */
export const sgg3B: readonly OverlayOp[] = [];
