/**
 * One partnership for the reflectie tests: bouwsteen 2 with a resultaat and its indicators, a
 * finished cycle in October 2026 with the actions it produced, and partners to invite.
 */
import { ReflectieSchema, type Reflectie } from '../../../shared/domain/model.ts';
import { aTraject, entry, list, text } from '../../../shared/testing/builders.ts';

export const vorigeId = 'reflectie-vorige';

export function partnership() {
  return aTraject({ id: 'traject-utrecht', naam: 'Samen tegen grensoverschrijdend gedrag' })
    .withAnswer('2.resultaten', list(entry('res-1', 'Jongeren voelen zich veilig op school')))
    .withPartner({
      id: 'partner-ggd',
      organisatie: 'GGD regio Utrecht',
      contactpersoon: 'Bram Bakker',
      email: 'bram@ggd.example',
    })
    .withPartner({ id: 'partner-school', organisatie: 'Scholengroep Noord', email: '' })
    .withIndicator(
      {
        id: 'ind-meldingen',
        naam: 'Meldingen bij de vertrouwenspersoon',
        eenheid: 'per 1.000 leerlingen',
        richting: 'lager',
        koppeling: { soort: 'resultaat', entryId: 'res-1' },
      },
      [
        { datum: '2026-06-01', waarde: 12 },
        { datum: '2026-12-01', waarde: 10 },
        { datum: '2027-02-01', waarde: 9 },
      ],
    )
    .withIndicator(
      { id: 'ind-veranderverhaal', naam: 'Getrainde professionals', herkomst: '3A.indicatoren' },
      [{ datum: '2026-12-01', waarde: 40 }],
    )
    .withIndicator(
      {
        id: 'ind-signaal',
        soort: 'signaal',
        naam: 'Signalen van jongerenwerkers',
        herkomst: '2.indicatoren',
      },
      [{ datum: '2026-11-01', toelichting: 'Meer gesprekken over sexting' }],
    )
    .withIndicator({
      id: 'ind-nieuw',
      naam: 'Ervaren veiligheid',
      koppeling: { soort: 'resultaat', entryId: 'res-1' },
    })
    .withReflectie({
      id: vorigeId,
      bouwstenen: ['2'],
      datum: '2026-10-01',
      status: 'afgerond',
      deelnemers: ['partner-ggd'],
      antwoorden: {
        '2.lv.herkennen': text('We zien meer meldingen dan vorig jaar.'),
        '2.lv.verbeteren': text('Gesprek met de scholen'),
      },
      indicatorStanden: [{ indicatorId: 'ind-meldingen', waarde: 12, datum: '2026-06-01' }],
    })
    .withActie({
      id: 'actie-scholen',
      tekst: 'Gesprek met de scholen',
      eigenaar: 'partner-ggd',
      deadline: '2026-12-01',
      status: 'open',
      herkomst: { soort: 'reflectie', reflectieId: vorigeId, bouwsteen: '2' },
    })
    .withActie({
      id: 'actie-training',
      tekst: 'Training voor mentoren',
      status: 'afgerond',
      herkomst: { soort: 'reflectie', reflectieId: vorigeId, bouwsteen: '2' },
    })
    .withActie({
      id: 'actie-folder',
      tekst: 'Folder voor ouders',
      deadline: '2027-03-01',
      status: 'bezig',
      herkomst: { soort: 'reflectie', reflectieId: vorigeId, bouwsteen: '2' },
    })
    .withActie({
      id: 'actie-anders',
      tekst: 'Werkblad 0-B bijwerken',
      status: 'open',
      herkomst: { soort: 'bouwsteen', bouwsteen: '0B' },
    });
}

/** A cycle as the UI holds it (not stored yet): in progress on 4 January 2027 unless overridden. */
export function cycle(overrides: object = {}): Reflectie & { readonly version: undefined } {
  const reflectie = ReflectieSchema.parse({
    id: 'reflectie-nu',
    trajectId: 'traject-utrecht',
    bouwstenen: ['2'],
    datum: '2027-01-04',
    status: 'bezig',
    ...overrides,
  });
  return { ...reflectie, version: undefined };
}
