import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 0B is transcribed.
export const bouwsteen0B: BouwsteenInput = { id: '0B', nummer: 0, title: 'Bouwsteen 0B', sheets: [] };
