/**
 * The `demo` seed through a real emulator and the real Graph repository: the site is provisioned
 * as the app provisions it, the traject opens without LoadProblems, and it holds the coherent
 * partnership the seed describes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DEMO_GROUP_ID,
  DEMO_GROUP_NAME,
  DEMO_REFERENCE_DATE,
  DEMO_TRAJECT_ID,
  DEMO_TRAJECT_NAME,
  GGD_USER,
  seeds,
} from '../../../devtools/demo-data/index.ts';
import { EmulatorStore } from '../../../devtools/graph-emulator/store.ts';
import { findQuestion, getEdition, questionsOfBouwsteen } from '../../../shared/content/index.ts';
import { valueKindOf } from '../../../shared/domain/answer.ts';
import { entityKinds } from '../../../shared/domain/model.ts';
import { gradeSpread, periodicQuestions } from '../../../shared/domain/reflectie/index.ts';
import { warnings } from '../../../shared/domain/rules/warnings.ts';
import { teamSitePath } from '../../../shared/graph/items.ts';
import { listDefinitions, STORE_SCHEMA_VERSION } from '../../../shared/graph/lists/index.ts';
import { provisionSite, readSchemaVersion } from '../../../shared/graph/provisioning.ts';
import type { TrajectSnapshot } from '../../../shared/ports/traject-repository.ts';
import { startSeeded, type SeededGraph } from './helpers.ts';

const edition = getEdition('sgg');
const DEMO = 'demo@voorbeeldstad.nl';
let g: SeededGraph;
let snapshot: TrajectSnapshot;

beforeAll(async () => {
  g = await startSeeded(seeds.demo);
  snapshot = await g.repo(DEMO_GROUP_ID).openTraject(DEMO_TRAJECT_ID);
});

afterAll(async () => {
  await g.emulator.close();
});

const entries = (questionId: string): string[] => {
  const value = snapshot.antwoorden.find((a) => a.questionId === questionId)?.value;
  return value?.kind === 'list' ? value.items.map((i) => i.id) : [];
};

describe('the demo tenant', () => {
  it('puts the demo user and a partner user in the team "Jeugd Voorbeeldstad"', async () => {
    const Teams = z.object({ value: z.array(z.object({ id: z.string(), displayName: z.string() })) });
    for (const user of [DEMO, GGD_USER.upn]) {
      const reply = await g.transport(user).call({ method: 'GET', url: '/me/joinedTeams' });
      expect(Teams.parse(reply.body).value).toContainEqual({
        id: DEMO_GROUP_ID,
        displayName: DEMO_GROUP_NAME,
      });
    }
    const me = z
      .object({ displayName: z.string() })
      .parse((await g.transport().call({ method: 'GET', url: '/me' })).body);
    expect(me.displayName).toBe('Demo Gebruiker');
  });

  it('has exactly the lists and schema version provisioning makes', async () => {
    const sitePath = teamSitePath(DEMO_GROUP_ID);
    expect(await readSchemaVersion(g.transport(), sitePath)).toBe(STORE_SCHEMA_VERSION);
    // Provisioning again finds nothing to create, add, index or complain about.
    const report = await provisionSite(g.transport(), sitePath);
    expect(report).toMatchObject({
      createdLists: [],
      addedColumns: [],
      indexedColumns: [],
      mismatchedColumns: [],
    });
  });

  it('lists and opens the traject through the Graph repository with zero load problems', async () => {
    const listed = await g.repo(DEMO_GROUP_ID).listTrajecten();
    expect(listed.problems).toEqual([]);
    expect(listed.trajecten.map((t) => t.naam)).toEqual([DEMO_TRAJECT_NAME]);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.traject).toMatchObject({
      editie: 'sgg',
      gemeente: 'Voorbeeldstad',
      aangemaaktDoor: DEMO,
    });
    expect(snapshot.traject.vraagstuk.length).toBeGreaterThan(200);
  });
});

describe('the demo traject', () => {
  it('has the partners of the 0-A overview, with roles and contacts', () => {
    const overview = findQuestion(edition, '0A.partners')?.question.input;
    if (overview?.kind !== 'partnerOverview') throw new Error('0A.partners is no partner overview');
    const names = snapshot.partners.map((p) => p.organisatie).join('\n');
    for (const expected of [
      /GGD/,
      /Basisschool/,
      /Lyceum/,
      /Samenwerkingsverband/,
      /Centrum Seksueel Geweld/,
      /Politie/,
      /Jongerenwerk/,
      /Veilig Thuis/,
      /Wijkteam/,
    ]) {
      expect(names).toMatch(expected);
    }
    const domains = overview.domains.map((d) => d.id);
    const levels = overview.levels.map((l) => l.id);
    const placed = snapshot.partners.filter((p) => p.domein !== undefined);
    expect(placed.length).toBeGreaterThanOrEqual(9);
    for (const partner of placed) {
      expect(domains).toContain(partner.domein);
      expect(levels).toContain(partner.niveau);
    }
    const regie = snapshot.partners.filter((p) => p.rollen.includes('regie')).map((p) => p.organisatie);
    expect(regie.length).toBeGreaterThan(0);
    expect(regie.every((o) => /Gemeente|GGD/.test(o))).toBe(true);
    expect(snapshot.partners.every((p) => p.contactpersoon !== '' && p.email !== '')).toBe(true);
  });

  it('answers every question of 0-A to 2 with the value its kind wants, and part of 3-A', () => {
    for (const answer of snapshot.antwoorden) {
      const question = findQuestion(edition, answer.questionId)?.question;
      expect(question, answer.questionId).toBeDefined();
      if (question) expect(answer.value.kind, answer.questionId).toBe(valueKindOf(question.input));
    }
    const answered = new Set(snapshot.antwoorden.map((a) => a.questionId));
    for (const id of ['0A', '0B', '1A', '1B', '2'] as const) {
      const bouwsteen = edition.bouwstenen.find((b) => b.id === id);
      if (!bouwsteen) throw new Error(`no bouwsteen ${id}`);
      // Periodic questions are answered in reflecties; records in their own lists.
      const open = questionsOfBouwsteen(bouwsteen)
        .map((l) => l.question)
        .filter((q) => q.cadence !== 'periodiek' && valueKindOf(q.input) !== 'record' && !answered.has(q.id));
      expect(
        open.map((q) => q.id),
        id,
      ).toEqual([]);
    }
    const threeA = [...answered].filter((id) => id.startsWith('3A.'));
    expect(threeA.length).toBeGreaterThan(3);
    expect(threeA).not.toContain('3A.anders');
    const ambities = entries('1B.ambities');
    expect(ambities.length).toBeGreaterThanOrEqual(2);
    expect(ambities.length).toBeLessThanOrEqual(3);
    expect(entries('2.resultaten').length).toBeGreaterThanOrEqual(3);
    const afspraken = snapshot.antwoorden.find((a) => a.questionId === '2.lv.afspraken')?.value;
    expect(afspraken).toMatchObject({ kind: 'frequency', frequentie: { interval: 1, unit: 'jaren' } });
  });

  it('keeps the history of revised answers', async () => {
    const revised = snapshot.antwoorden.find((a) => a.questionId === '1B.ambities');
    expect(revised?.revisie).toBe(2);
    const history = await g.repo(DEMO_GROUP_ID).answerHistory(DEMO_TRAJECT_ID, revised?.questionId);
    expect(history.map((h) => h.revisie)).toEqual([2, 1]);
    expect(new Set(history.map((h) => h.auteur)).size).toBe(2);
  });

  it('has the seed’s example indicators, linked to results, with a baseline, a target and years of metingen', () => {
    const named = (naam: string) => snapshot.indicatoren.find((i) => i.naam === naam);
    const satisfied = named('Percentage jongeren dat tevreden is over hun seksleven');
    const forced = named(
      'Percentage jongeren dat aangeeft ooit te zijn gedwongen om iets te doen of toe te staan op seksueel gebied',
    );
    const signaal = named(
      'Veranderingen die leerkrachten opmerken in het onderling aanspreken van leerlingen op grensoverschrijdend gedrag',
    );
    expect(satisfied).toMatchObject({ soort: 'indicator', richting: 'hoger', herkomst: '2.indicatoren' });
    expect(forced).toMatchObject({ soort: 'indicator', richting: 'lager' });
    expect(signaal).toMatchObject({ soort: 'signaal' });
    for (const indicator of [satisfied, forced]) {
      expect(indicator?.basis).toBeDefined();
      expect(indicator?.doel?.jaar).toBeGreaterThan(Number(DEMO_REFERENCE_DATE.slice(0, 4)));
    }
    const resultaten = entries('2.resultaten');
    const elements = ['3A.kennis', '3A.principes', '3A.randvoorwaarden'].flatMap(entries);
    for (const indicator of snapshot.indicatoren) {
      const link = indicator.koppeling;
      if (link.soort === 'resultaat') expect(resultaten).toContain(link.entryId);
      else if (link.soort === 'veranderverhaal') expect(elements).toContain(link.entryId);
      else throw new Error(`${indicator.naam} is not linked`);
      const metingen = snapshot.metingen.filter((m) => m.indicatorId === indicator.id);
      expect(new Set(metingen.map((m) => m.datum.slice(0, 4))).size, indicator.naam).toBeGreaterThanOrEqual(
        2,
      );
      if (indicator.soort === 'signaal') {
        expect(metingen.every((m) => m.waarde === undefined && m.toelichting !== '')).toBe(true);
      }
    }
  });

  it('puts activities in every row of the 3-B matrix, each for a result and by a partner', () => {
    const resultaten = entries('2.resultaten');
    const partnerIds = snapshot.partners.map((p) => p.id);
    expect(new Set(snapshot.activiteiten.map((a) => a.niveau))).toEqual(
      new Set(['preventie', 'basis', 'eerstelijns', 'intensief']),
    );
    for (const activiteit of snapshot.activiteiten) {
      expect(activiteit.resultaten.length).toBeGreaterThan(0);
      for (const id of activiteit.resultaten) expect(resultaten).toContain(id);
      expect(partnerIds).toContain(activiteit.aanbieder);
    }
    expect(new Set(snapshot.activiteiten.flatMap((a) => a.resultaten))).toEqual(new Set(resultaten));
  });

  it('has one finished reflectie of bouwsteen 0 with cijfers to discuss, and one planned with its meeting', () => {
    const finished = snapshot.reflecties.filter((r) => r.status === 'afgerond');
    const planned = snapshot.reflecties.filter((r) => r.status === 'gepland');
    expect(finished).toHaveLength(1);
    expect(planned).toHaveLength(1);
    const [done] = finished;
    if (done?.status !== 'afgerond') throw new Error('no finished reflectie');
    expect(done.bouwstenen).toContain('0B');
    const grades = findQuestion(edition, '0B.lv.cijfers')?.question.input;
    if (grades?.kind !== 'grades') throw new Error('0B.lv.cijfers is no grades question');
    const themes = grades.themes.map((t) => t.id);
    const spread = gradeSpread(done.cijfers, themes);
    expect(spread.map((s) => s.thema)).toEqual(themes);
    expect(new Set(done.cijfers.map((c) => c.deelnemer)).size).toBeGreaterThanOrEqual(5);
    expect(done.cijfers.every((c) => done.deelnemers.includes(c.deelnemer))).toBe(true);
    expect(Math.max(...spread.map((s) => s.verschil))).toBeGreaterThanOrEqual(3);
    // Answers to the periodic questions of its bouwstenen, and to nothing else.
    const periodic = done.bouwstenen.flatMap((b) => {
      const bouwsteen = edition.bouwstenen.find((x) => x.id === b);
      return bouwsteen ? periodicQuestions(bouwsteen).map((q) => q.id) : [];
    });
    expect(Object.keys(done.antwoorden).length).toBeGreaterThan(0);
    for (const id of Object.keys(done.antwoorden)) expect(periodic).toContain(id);

    const [next] = planned;
    if (!next) throw new Error('no planned reflectie');
    expect(next.datum > DEMO_REFERENCE_DATE).toBe(true);
    const overleg = snapshot.overleggen.find((o) => o.id === next.overlegId);
    expect(overleg).toMatchObject({ status: 'gepland', reflectieId: next.id, bouwstenen: next.bouwstenen });
    expect(overleg?.joinUrl).toMatch(/^https:\/\//);
  });

  it('has the planned meeting in the demo user’s Outlook calendar', async () => {
    const overleg = snapshot.overleggen[0];
    if (!overleg?.eventId) throw new Error('no planned overleg');
    const reply = await g.transport().call({ method: 'GET', url: `/me/events/${overleg.eventId}` });
    const event = z
      .object({
        subject: z.string(),
        onlineMeeting: z.object({ joinUrl: z.string() }),
        attendees: z.array(z.unknown()),
      })
      .parse(reply.body);
    expect(event.subject).toBe(overleg.onderwerp);
    expect(event.onlineMeeting.joinUrl).toBe(overleg.joinUrl);
    expect(event.attendees).toHaveLength(overleg.deelnemers.length);
  });

  it('has open, running and finished verbeteracties, some of them the demo user’s', () => {
    const statuses = new Set(snapshot.acties.map((a) => a.status));
    for (const status of ['open', 'bezig', 'afgerond'] as const) expect(statuses).toContain(status);
    const mine = snapshot.acties.filter((a) => a.eigenaar === DEMO);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.some((a) => a.status === 'open' || a.status === 'bezig')).toBe(true);
    const reflectieIds = snapshot.reflecties.map((r) => r.id);
    for (const actie of snapshot.acties) {
      if (actie.herkomst.soort === 'reflectie') expect(reflectieIds).toContain(actie.herkomst.reflectieId);
      else if (actie.herkomst.questionId !== undefined) {
        expect(findQuestion(edition, actie.herkomst.questionId)?.question.input.kind).toBe('actions');
      }
    }
  });

  it('is coherent: none of the content warnings fires', () => {
    const codes = warnings(edition, snapshot, DEMO_REFERENCE_DATE).map((w) => w.code);
    for (const code of [
      'listOverSoftMax',
      'resultWithoutIndicator',
      'activityWithoutResult',
      'indicatorTargetYearPast',
    ] as const) {
      expect(codes).not.toContain(code);
    }
  });
});

describe('determinism', () => {
  it('writes the same records on every run', async () => {
    const run = async () => {
      const store = new EmulatorStore();
      await seeds.demo(store);
      const siteId = store.groupSite(DEMO_GROUP_ID).id;
      return entityKinds.map((kind) =>
        store.items(siteId, listDefinitions[kind].listName).map((item) => {
          // The calendar gives each new meeting its own id and join link.
          const { EventId: _event, JoinUrl: _join, ...fields } = item.fields;
          return { fields, created: item.createdDateTime, by: item.createdBy, version: item.version };
        }),
      );
    };
    const [first, second] = await Promise.all([run(), run()]);
    expect(second).toEqual(first);
    expect(first.flat().length).toBeGreaterThan(90);
  });
});
