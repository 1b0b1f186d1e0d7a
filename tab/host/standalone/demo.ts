/**
 * The standalone demo on the local Graph emulator: sign-in (`tab/host/auth`) hands out a JWT-shaped
 * demo token (shared/auth/demo.ts) that the emulator reads as the demo user.
 */
export { DEMO_UPN as DEMO_USER } from '../../../shared/auth/demo.ts';

/** Graph through Vite's same-origin proxy to the emulator (`vite.config.ts`). */
export function emulatorBaseUrl(origin: string): string {
  return `${origin}/graph/v1.0`;
}
