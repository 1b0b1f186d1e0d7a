import type { OverlayOp } from '../../overlay.ts';

/** The generic worksheet of bouwsteen 5 with its Voorbeeld examples. */
export const algemeen5: readonly OverlayOp[] = [];
