import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 2. */
export const sgg2: readonly OverlayOp[] = [];
