/**
 * Valid domain records of every kind, for the store's contract suite and the list mapping tests.
 * Date-times are whole seconds in UTC: SharePoint keeps date-time columns to the second.
 */
import { randomUUID } from 'node:crypto';
import type { TrajectId } from '../../shared/domain/ids.ts';
import { antwoordId, entitySchemas, type EntityKind, type EntityMap } from '../../shared/domain/model.ts';

export function newId(prefix = 'id'): string {
  return `${prefix}-${randomUUID()}`.slice(0, 64);
}

export function newTrajectId(): TrajectId {
  return entitySchemas.traject.parse(traject(newId('traject') as TrajectId)).id;
}

export function traject(id: TrajectId, naam = 'Samen sterk in Voorbeeldstad'): EntityMap['traject'] {
  return entitySchemas.traject.parse({
    id,
    naam,
    gemeente: 'Voorbeeldstad',
    editie: 'sgg',
    vraagstuk: 'Te veel jongeren wachten te lang op passende hulp.\nWe willen eerder samen optrekken.',
    aangemaakt: '2026-03-02T09:30:00Z',
    aangemaaktDoor: 'anna@voorbeeldstad.nl',
  });
}

/** One record of `kind` in traject `trajectId`; `n` varies ids and content. */
export function sample<K extends EntityKind>(kind: K, trajectId: TrajectId, n = 1): EntityMap[K] {
  const raw = rawSample(kind, trajectId, n);
  return entitySchemas[kind].parse(raw);
}

function rawSample(kind: EntityKind, trajectId: TrajectId, n: number): unknown {
  const id = `${kind}-${n}-${trajectId}`.slice(0, 64);
  switch (kind) {
    case 'traject':
      return traject(trajectId, `Traject ${n}`);
    case 'antwoord': {
      const questionId = n % 2 === 1 ? '2.ambitie' : '1A.vraagstuk';
      return {
        id: antwoordId(trajectId, `${questionId}${n > 2 ? `-${n}` : ''}`),
        trajectId,
        questionId: `${questionId}${n > 2 ? `-${n}` : ''}`,
        value: {
          kind: 'list',
          items: [
            { id: 'a1', text: `Alle kinderen groeien veilig op (${n})` },
            { id: 'a2', text: 'Ouders weten de weg' },
          ],
        },
        auteur: 'anna@voorbeeldstad.nl',
        gewijzigd: '2026-03-02T10:00:00Z',
        revisie: 1,
      };
    }
    case 'partner':
      return {
        id,
        trajectId,
        organisatie: `Jeugdteam Noord ${n}`,
        domein: 'opvang-onderwijs',
        rollen: ['regie', 'uitvoering'],
        contactpersoon: 'Bram de Vries',
        email: 'bram@jeugdteam.nl',
        toelichting: 'Levert de wijkcoaches.',
      };
    case 'indicator':
      return {
        id,
        trajectId,
        soort: 'indicator',
        naam: `Percentage jongeren met startkwalificatie ${n}`,
        definitie: 'Aandeel 18–23-jarigen met een startkwalificatie.',
        bron: 'CBS',
        eenheid: '%',
        richting: 'hoger',
        basis: { waarde: 81.5, datum: '2025-01-01' },
        doel: { waarde: 90, jaar: 2030 },
        koppeling: { soort: 'resultaat', entryId: 'r1' },
        eigenaar: 'anna@voorbeeldstad.nl',
        herkomst: '2.indicatoren',
      };
    case 'meting':
      return {
        id,
        trajectId,
        indicatorId: `indicator-1-${trajectId}`.slice(0, 64),
        datum: `2026-0${(n % 9) + 1}-15`,
        waarde: 80 + n,
        toelichting: 'Eerste meting',
        bron: 'CBS',
      };
    case 'activiteit':
      return {
        id,
        trajectId,
        naam: `Wijkcoach op school ${n}`,
        niveau: 'basis',
        resultaten: ['r1'],
        veranderverhaal: ['v1', 'v2'],
        beschrijving: 'Een vast aanspreekpunt op elke basisschool.',
      };
    case 'reflectie':
      return n % 2 === 0
        ? {
            id,
            trajectId,
            status: 'afgerond',
            afgerondOp: '2026-04-01T15:00:00Z',
            bouwstenen: ['2', '3A'],
            datum: '2026-04-01',
            deelnemers: ['Anna', 'Bram'],
            antwoorden: { '2.reflectie': { kind: 'text', text: 'We liggen op koers.' } },
            cijfers: [{ deelnemer: 'Anna', thema: 'samenwerking', cijfer: 8, toelichting: '' }],
            indicatorStanden: [
              { indicatorId: `indicator-1-${trajectId}`.slice(0, 64), waarde: 82, datum: '2026-03-01' },
            ],
          }
        : {
            id,
            trajectId,
            status: 'gepland',
            bouwstenen: ['1A'],
            datum: '2026-06-01',
          };
    case 'actie':
      return {
        id,
        trajectId,
        tekst: `Plan een gesprek met alle scholen over de wijkcoach ${n}`,
        eigenaar: 'bram@jeugdteam.nl',
        deadline: '2026-05-01',
        status: 'open',
        herkomst: { soort: 'bouwsteen', bouwsteen: '3B', questionId: '3B.acties' },
        aangemaakt: '2026-03-03T08:00:00Z',
      };
    case 'overleg':
      return {
        id,
        trajectId,
        bouwstenen: ['2'],
        onderwerp: `Reflectie bouwsteen 2 (${n})`,
        start: '2026-04-01T14:00',
        eind: '2026-04-01T15:30',
        tijdzone: 'W. Europe Standard Time',
        deelnemers: [{ naam: 'Anna', email: 'anna@voorbeeldstad.nl', type: 'required' }],
        herhaling: { frequentie: { interval: 3, unit: 'maanden' } },
        transactionId: `tx-${id}`,
        status: 'concept',
      };
  }
}

/** The same record with visible changes, as an edit in the app would make. */
export function changed<K extends EntityKind>(kind: K, entity: EntityMap[K], n = 1): EntityMap[K] {
  const e: EntityMap[EntityKind] = entity;
  const raw: unknown = (() => {
    const k: EntityKind = kind;
    switch (k) {
      case 'traject':
        return { ...e, naam: `Nieuwe naam ${n}` };
      case 'antwoord': {
        const a = e as EntityMap['antwoord'];
        return {
          ...a,
          value: { kind: 'text', text: `Herzien antwoord ${n}` },
          revisie: a.revisie + 1,
          gewijzigd: `2026-03-0${Math.min(9, 2 + n)}T10:00:00Z`,
        };
      }
      case 'partner':
        return { ...e, contactpersoon: `Contact ${n}`, rollen: ['financier'] };
      case 'indicator': {
        const { doel: _doel, ...rest } = e as EntityMap['indicator'];
        return { ...rest, naam: `Gewijzigde indicator ${n}` };
      }
      case 'meting': {
        const { waarde: _w, ...rest } = e as EntityMap['meting'];
        return { ...rest, toelichting: `Alleen in woorden ${n}` };
      }
      case 'activiteit':
        return { ...e, niveau: 'intensief', resultaten: [] };
      case 'reflectie':
        return {
          ...e,
          status: 'afgerond',
          afgerondOp: '2026-07-01T12:00:00Z',
          antwoorden: { '1A.reflectie': { kind: 'text', text: `Klaar ${n}` } },
        };
      case 'actie':
        return { ...e, status: 'afgerond', tekst: `Gesprek gevoerd ${n}` };
      case 'overleg':
        return {
          ...e,
          status: 'gepland',
          eventId: `event-${n}`,
          joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
        };
    }
  })();
  return entitySchemas[kind].parse(raw);
}

/** The record without the store's version, for comparing with what was saved. */
export function plain<T extends { version?: unknown }>(stored: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = stored;
  return rest;
}
