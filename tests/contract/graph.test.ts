import { afterAll, beforeAll } from 'vitest';
import { startStoreHarness, type StoreHarness } from './graph-harness.ts';
import { runTrajectRepositoryContract } from './traject-repository.contract.ts';

let harness: StoreHarness | undefined;

beforeAll(async () => {
  harness = await startStoreHarness();
});

afterAll(async () => {
  await harness?.close();
});

runTrajectRepositoryContract('Graph over the emulator', () => {
  if (!harness) throw new Error('emulator not started');
  return harness.repo();
});
