import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 3A. */
export const sgg3A: readonly OverlayOp[] = [];
