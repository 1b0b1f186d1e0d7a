import type { OverlayOp } from '../../overlay.ts';

/** Seed 003 has no theme-specific advice for bouwsteen 5: its text is entirely in the base. */
export const sgg5: readonly OverlayOp[] = [];
