/** Demo data for the Graph emulator (`--seed demo|large`). Placeholder until the seeds are written. */
export const seedNames = ['demo', 'large'] as const;
export type SeedName = (typeof seedNames)[number];
