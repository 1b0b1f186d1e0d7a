import type { OverlayOp } from '../../overlay.ts';

/** Seed 003's bouwsteen 0-B has no theme-specific content: the base carries all of it. */
export const sgg0B: readonly OverlayOp[] = [];
