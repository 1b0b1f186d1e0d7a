/** The demo tenant's people: the demo user and partner users, so two-user scenarios work. */
import { DEFAULT_USER } from '../graph-emulator/store.ts';

export interface SeedUser {
  readonly upn: string;
  readonly displayName: string;
}

/** The user the emulator signs in when a token names nobody; beleidsadviseur jeugd at the gemeente. */
export const DEMO_USER: SeedUser = { upn: DEFAULT_USER, displayName: 'Demo Gebruiker' };
/** GGD, jeugdgezondheidszorg and seksuele gezondheid: the second user of two-user scenarios. */
export const GGD_USER: SeedUser = { upn: 'a.jansen@ggd-voorbeeld.nl', displayName: 'Anouk Jansen' };
export const WIJKTEAM_USER: SeedUser = {
  upn: 'l.deboer@wijkteam-voorbeeldstad.nl',
  displayName: 'Lotte de Boer',
};
export const CSG_USER: SeedUser = { upn: 's.mulder@csg-voorbeeld.nl', displayName: 'Sanne Mulder' };
export const JONGERENWERK_USER: SeedUser = {
  upn: 'k.bakker@welzijn-voorbeeldstad.nl',
  displayName: 'Kevin Bakker',
};

/** Members of the demo team. */
export const demoUsers: readonly SeedUser[] = [
  DEMO_USER,
  GGD_USER,
  WIJKTEAM_USER,
  CSG_USER,
  JONGERENWERK_USER,
];
