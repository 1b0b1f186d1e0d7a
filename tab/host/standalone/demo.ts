/**
 * The standalone demo on the local Graph emulator: the emulator takes any bearer token and reads
 * an e-mail address in it as the user; sign-in (`tab/host/auth`) hands it the demo user's address.
 */
export { DEMO_UPN as DEMO_USER } from '../../../shared/auth/demo.ts';

/** Graph through Vite's same-origin proxy to the emulator (`vite.config.ts`). */
export function emulatorBaseUrl(origin: string): string {
  return `${origin}/graph/v1.0`;
}
