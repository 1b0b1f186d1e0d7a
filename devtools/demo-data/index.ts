/**
 * Demo data for the Graph emulator (`npm run emulator -- --seed demo|large`, `npm start`):
 * `demo` is one realistic traject for trying Kompas, `large` a municipality's worth of data for
 * scale tests and benchmarks. Both are deterministic: the same run writes the same records.
 */
import type { EmulatorStore } from '../graph-emulator/store.ts';
import { seedDemo } from './demo.ts';
import { seedLarge } from './large.ts';

export const seedNames = ['demo', 'large'] as const;
export type SeedName = (typeof seedNames)[number];

export const seeds: Record<SeedName, (store: EmulatorStore) => void | Promise<void>> = {
  demo: seedDemo,
  large: (store) => {
    seedLarge(store);
  },
};

export {
  DEMO_GROUP_ID,
  DEMO_GROUP_NAME,
  DEMO_REFERENCE_DATE,
  DEMO_TRAJECT_ID,
  DEMO_TRAJECT_NAME,
} from './demo.ts';
export {
  LARGE_GROUP_ID,
  LARGE_GROUP_NAME,
  LARGE_BIG_TRAJECT_ID,
  LARGE_BIG_TRAJECT_NAME,
  LARGE_REFERENCE_DATE,
  largeVolumes,
} from './large.ts';
export { DEMO_USER, GGD_USER, demoUsers } from './people.ts';
