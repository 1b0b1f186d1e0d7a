import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 3B is transcribed.
export const bouwsteen3B: BouwsteenInput = { id: '3B', nummer: 3, title: 'Bouwsteen 3B', sheets: [] };
