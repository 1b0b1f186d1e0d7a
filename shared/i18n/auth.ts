/**
 * The catalogue's section for sign-in (nl is the source, en has the same keys); both hosts register
 * it at boot. The sign-in pop-up pages read `authMessages` directly: they run without the app. Every failure says what happened, that nothing is lost, and who can fix it.
 */
import type { AuthFailureCode } from '../auth/errors.ts';
import { registerMessages } from './registry.ts';

type FailureKey = `auth.failure.${AuthFailureCode}`;

const nl = {
  'auth.failure.SignInRequired':
    'Meld je aan om verder te werken. Je wijzigingen blijven bewaard en worden verstuurd zodra je bent aangemeld.',
  'auth.failure.ConsentRequired':
    'Kompas heeft je toestemming nodig om de lijsten van dit team te lezen en bij te werken. Kies ‘Aanmelden’ en geef toestemming; je wijzigingen blijven bewaard.',
  'auth.failure.AdminApprovalRequired':
    'Je beheerder moet Kompas eerst goedkeuren voor jullie organisatie. Vraag je Microsoft 365-beheerder om toestemming te geven; je wijzigingen blijven bewaard.',
  'auth.failure.GuestNotInTenant':
    'Je bent aangemeld met een account dat (nog) geen gast is in de omgeving van de gemeente. Vraag de eigenaar van het team om je als gast uit te nodigen, of meld je aan met het account waarmee je bent uitgenodigd.',
  'auth.failure.ConditionalAccess':
    'Je organisatie staat aanmelden vanaf dit apparaat of deze plek niet toe. Probeer het op een apparaat van je werk, of vraag je beheerder welke regel dit tegenhoudt. Je wijzigingen blijven bewaard.',
  'auth.failure.PopupBlocked':
    'Het aanmeldvenster werd geblokkeerd. Sta pop-ups toe voor deze pagina en kies opnieuw ‘Aanmelden’.',
  'auth.failure.Cancelled':
    'Het aanmelden is afgebroken. Kies ‘Aanmelden’ als je verder wilt; je wijzigingen blijven bewaard.',
  'auth.failure.Network':
    'Er is geen verbinding met de aanmeldservice van Microsoft. Je wijzigingen blijven bewaard; we proberen het opnieuw zodra je weer online bent.',
  'auth.failure.Misconfigured':
    'Kompas is in deze organisatie niet goed ingesteld, zodat aanmelden niet lukt. Geef je beheerder de code hieronder; je wijzigingen blijven bewaard.',
  'auth.failure.Unknown':
    'Aanmelden lukte niet door een onverwachte fout. Probeer het opnieuw; gaat het weer mis, geef je beheerder dan de code hieronder.',
  'auth.signIn': 'Aanmelden',
  'auth.signingIn': 'Bezig met aanmelden…',
  'auth.retry': 'Opnieuw proberen',
  'auth.diagnostics': 'Code voor de beheerder: {code}',
  'auth.window.title': 'Aanmelden bij Kompas',
  'auth.window.wait': 'Een ogenblik: je gaat naar de aanmeldpagina van Microsoft. Dit venster sluit vanzelf.',
  'auth.redirect.wait': 'Aanmelden wordt afgerond. Dit venster sluit vanzelf.',
  'auth.demo.user': 'Je werkt in de demo als {naam}. Er is geen aanmelding nodig.',
} as const satisfies Record<FailureKey, string> & Record<string, string>;

export type AuthMessageKey = keyof typeof nl;

const en: { readonly [K in AuthMessageKey]: string } = {
  'auth.failure.SignInRequired':
    'Sign in to carry on. Your changes are kept and will be sent as soon as you have signed in.',
  'auth.failure.ConsentRequired':
    'Kompas needs your permission to read and update this team’s lists. Choose ‘Sign in’ and give permission; your changes are kept.',
  'auth.failure.AdminApprovalRequired':
    'Your administrator has to approve Kompas for your organisation first. Ask your Microsoft 365 administrator to grant consent; your changes are kept.',
  'auth.failure.GuestNotInTenant':
    'You signed in with an account that is not (yet) a guest in the municipality’s environment. Ask the team owner to invite you as a guest, or sign in with the account you were invited with.',
  'auth.failure.ConditionalAccess':
    'Your organisation does not allow signing in from this device or location. Try a work device, or ask your administrator which policy blocks it. Your changes are kept.',
  'auth.failure.PopupBlocked':
    'The sign-in window was blocked. Allow pop-ups for this page and choose ‘Sign in’ again.',
  'auth.failure.Cancelled': 'Signing in was cancelled. Choose ‘Sign in’ to carry on; your changes are kept.',
  'auth.failure.Network':
    'There is no connection to Microsoft’s sign-in service. Your changes are kept; we will try again when you are back online.',
  'auth.failure.Misconfigured':
    'Kompas is not set up correctly in this organisation, so signing in fails. Give your administrator the code below; your changes are kept.',
  'auth.failure.Unknown':
    'Signing in failed because of an unexpected error. Try again; if it fails again, give your administrator the code below.',
  'auth.signIn': 'Sign in',
  'auth.signingIn': 'Signing in…',
  'auth.retry': 'Try again',
  'auth.diagnostics': 'Code for your administrator: {code}',
  'auth.window.title': 'Sign in to Kompas',
  'auth.window.wait': 'One moment: you are going to Microsoft’s sign-in page. This window closes by itself.',
  'auth.redirect.wait': 'Finishing sign-in. This window closes by itself.',
  'auth.demo.user': 'You are using the demo as {naam}. No sign-in is needed.',
};

export const authMessages = { nl, en } as const;
registerMessages(authMessages);

/** The message key for a failure code. */
export function authFailureMessageKey(code: AuthFailureCode): FailureKey {
  return `auth.failure.${code}`;
}
