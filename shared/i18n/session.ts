/**
 * The catalogue's section for signing out and for unsaved work kept across windows (issue #4): nl
 * is the source, en has the same keys. Signing out clears what was not sent yet, so the warning
 * says how much and what it costs before anything goes. Both hosts register it at boot.
 */
import type { MessageValue, TranslationOf } from './messages.ts';
import { registerMessages } from './registry.ts';

const nl = {
  'session.signOut': 'Afmelden',
  'session.signOut.busy': 'Bezig met afmelden…',
  'session.signOut.title': 'Afmelden bij Kompas?',
  'session.signOut.allSaved': 'Al je wijzigingen zijn opgeslagen. Je kunt je veilig afmelden.',
  'session.signOut.unsaved': {
    plural: 'aantal',
    one: 'Eén wijziging is nog niet opgeslagen in SharePoint. Als je je nu afmeldt, wordt die van dit apparaat verwijderd en gaat ze verloren.',
    other:
      '{aantal} wijzigingen zijn nog niet opgeslagen in SharePoint. Als je je nu afmeldt, worden ze van dit apparaat verwijderd en gaan ze verloren.',
  },
  'session.signOut.otherWindows':
    'Ook wijzigingen die in andere vensters of tabbladen met Kompas nog niet zijn verstuurd, worden verwijderd.',
  'session.signOut.advice':
    'Wil je ze bewaren? Blijf dan aangemeld tot alles is opgeslagen; dat gebeurt vanzelf zodra er weer verbinding is.',
  'session.signOut.confirm': 'Afmelden',
  'session.signOut.confirmDiscard': 'Afmelden en wijzigingen weggooien',
  'session.signOut.cancel': 'Aangemeld blijven',
  'session.signedOut.teams':
    'Je bent afgemeld bij Kompas. In Teams blijf je aangemeld; kies ‘Aanmelden’ om weer met Kompas te werken.',
  'session.signedOut.word':
    'Je bent afgemeld bij Kompas. In Word blijf je aangemeld; kies ‘Aanmelden’ om weer met Kompas te werken.',
  'session.signedOut.demo':
    'Je bent afgemeld uit de demo. Kies ‘Aanmelden’ om verder te gaan als demogebruiker.',
  'session.signOut.cacheKept':
    'Je bent afgemeld bij Kompas, maar je aanmeldgegevens in dit venster konden niet worden gewist. Sluit het venster om ze te verwijderen.',
  'session.adopted': {
    plural: 'aantal',
    one: 'Eén wijziging uit een venster dat is gesloten, was nog niet verstuurd. Kompas verstuurt die nu.',
    other:
      '{aantal} wijzigingen uit een venster dat is gesloten, waren nog niet verstuurd. Kompas verstuurt ze nu.',
  },
} as const satisfies Record<string, MessageValue>;

export type SessionMessageKey = keyof typeof nl;

const en: TranslationOf<typeof nl> = {
  'session.signOut': 'Sign out',
  'session.signOut.busy': 'Signing out…',
  'session.signOut.title': 'Sign out of Kompas?',
  'session.signOut.allSaved': 'All your changes have been saved. You can safely sign out.',
  'session.signOut.unsaved': {
    plural: 'aantal',
    one: 'One change has not been saved to SharePoint yet. If you sign out now, it is removed from this device and lost.',
    other:
      '{aantal} changes have not been saved to SharePoint yet. If you sign out now, they are removed from this device and lost.',
  },
  'session.signOut.otherWindows':
    'Changes that other Kompas windows or tabs have not sent yet are removed as well.',
  'session.signOut.advice':
    'Want to keep them? Stay signed in until everything is saved; that happens by itself once the connection is back.',
  'session.signOut.confirm': 'Sign out',
  'session.signOut.confirmDiscard': 'Sign out and discard changes',
  'session.signOut.cancel': 'Stay signed in',
  'session.signedOut.teams':
    'You have signed out of Kompas. You stay signed in to Teams; choose ‘Sign in’ to work with Kompas again.',
  'session.signedOut.word':
    'You have signed out of Kompas. You stay signed in to Word; choose ‘Sign in’ to work with Kompas again.',
  'session.signedOut.demo': 'You have signed out of the demo. Choose ‘Sign in’ to carry on as the demo user.',
  'session.signOut.cacheKept':
    'You have signed out of Kompas, but your sign-in details in this window could not be cleared. Close the window to remove them.',
  'session.adopted': {
    plural: 'aantal',
    one: 'One change from a window that was closed had not been sent yet. Kompas is sending it now.',
    other:
      '{aantal} changes from a window that was closed had not been sent yet. Kompas is sending them now.',
  },
};

export const sessionMessages = { nl, en } as const;
registerMessages(sessionMessages);
