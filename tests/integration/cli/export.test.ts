/**
 * The export CLI against an emulator with the demo seed: a .docx whose content controls carry the
 * traject's answers, a bouwsteen without guidance, and clear Dutch messages with exit code 2 when
 * the traject is ambiguous or not found. Most cases run the command in process; one spawns the
 * real entry point for its exit codes and output.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../devtools/cli/export-args.ts';
import { runExport } from '../../../devtools/cli/export-command.ts';
import {
  DEMO_GROUP_ID,
  DEMO_TRAJECT_ID,
  DEMO_TRAJECT_NAME,
  seeds,
} from '../../../devtools/demo-data/index.ts';
import { startEmulator, type RunningEmulator } from '../../../devtools/graph-emulator/server.ts';
import { readKompasControls } from '../../../shared/document/read.ts';
import { TrajectIdSchema } from '../../../shared/domain/ids.ts';
import { GraphTrajectRepository } from '../../../shared/graph/graph-repository.ts';
import { teamSitePath } from '../../../shared/graph/items.ts';
import { GraphTransport } from '../../../shared/graph/transport.ts';

const OTHER_ID = TrajectIdSchema.parse('0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b');
const OTHER_NAME = 'Gemeente Voorbeeldstad — Kansrijke start';
let emulator: RunningEmulator;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: seeds.demo });
  dir = mkdtempSync(join(tmpdir(), 'kompas-export-'));
  // A second traject in the same team, so a part of a name can be ambiguous.
  const transport = new GraphTransport({
    baseUrl: `${emulator.url}/v1.0`,
    tokens: { getToken: () => Promise.resolve('demo@voorbeeldstad.nl') },
  });
  await new GraphTrajectRepository({ transport, sitePath: teamSitePath(DEMO_GROUP_ID) }).save('traject', {
    id: OTHER_ID,
    naam: OTHER_NAME,
    gemeente: 'Voorbeeldstad',
    editie: 'kwaliteitsmodel',
    vraagstuk: '',
    aangemaakt: '2026-09-01T08:00:00Z',
    aangemaaktDoor: 'demo@voorbeeldstad.nl',
  });
});

afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExport(
    ['--graph', emulator.url, ...argv],
    {},
    {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    },
  );
  return { code, out, err: err.join('\n') };
}

function documentXml(file: string): string {
  const main = unzipSync(readFileSync(file))['word/document.xml'];
  if (!main) throw new Error('no word/document.xml');
  return strFromU8(main);
}

describe('export', () => {
  it('writes the traject as a .docx whose content controls hold its answers', async () => {
    const file = join(dir, 'sub', 'voorbeeldstad.docx');
    const { code, out, err } = await run('--traject', 'grensoverschrijdend', '--out', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toEqual([file]);

    const xml = documentXml(file);
    expect(xml).toContain('<w:sdt>');
    const controls = readKompasControls(readFileSync(file));
    const control = (question: string) =>
      controls.find((c) => c.parsedTag.owner === DEMO_TRAJECT_ID && c.parsedTag.question === question);
    // The latest revision of each answer.
    expect(control('0A.vraagstuk')?.text).toContain('13 procent van de jongeren');
    expect(control('0A.vraagstuk')?.text).not.toContain('Partners pakken dit ieder op hun eigen manier aan.');
    const ambities = control('1B.ambities')?.text.split('\n') ?? [];
    expect(ambities).toHaveLength(3);
    expect(ambities.join('\n')).not.toContain('binnen een week');
    expect(control('2.resultaten')?.text).toContain('weten waar ze terechtkunnen');
    // The whole kompas, guidance included.
    expect(new Set(controls.map((c) => c.parsedTag.question.split('.')[0]))).toEqual(
      new Set(['0A', '0B', '1A', '1B', '2', '3A', '3B', '4', '5', '6']),
    );
    expect(xml).toContain('Sluit zoveel mogelijk aan bij wat er al gemonitord wordt.');
  });

  it('writes one bouwsteen without the guidance, found by id', async () => {
    const file = join(dir, 'bouwsteen-2.docx');
    const { code, out } = await run(
      '--traject',
      DEMO_TRAJECT_ID,
      '--bouwsteen',
      '2',
      '--zonder-toelichting',
      '--out',
      file,
    );
    expect(code).toBe(0);
    expect(out).toEqual([file]);
    const questions = readKompasControls(readFileSync(file)).map((c) => c.parsedTag.question);
    expect(questions).toContain('2.resultaten');
    expect(questions.every((q) => q.startsWith('2.'))).toBe(true);
    expect(documentXml(file)).not.toContain('Sluit zoveel mogelijk aan bij wat er al gemonitord wordt.');
  });

  it('refuses an ambiguous part of a name with the candidates, exit 2', async () => {
    const file = join(dir, 'ambiguous.docx');
    const { code, out, err } = await run('--traject', 'gemeente voorbeeldstad', '--out', file);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toContain('"gemeente voorbeeldstad" past bij 2 trajecten');
    expect(err).toContain(`${DEMO_TRAJECT_NAME} (id ${DEMO_TRAJECT_ID}, team Jeugd Voorbeeldstad)`);
    expect(err).toContain(`${OTHER_NAME} (id ${OTHER_ID}`);
    expect(() => readFileSync(file)).toThrow();
  });

  it('says what there is when nothing matches, exit 2', async () => {
    const { code, err } = await run('--traject', 'Atlantis', '--out', join(dir, 'none.docx'));
    expect(code).toBe(2);
    expect(err).toContain('Geen traject gevonden bij "Atlantis". Beschikbare trajecten:');
    expect(err).toContain(DEMO_TRAJECT_NAME);
    expect(err).toContain(OTHER_NAME);
  });

  it('refuses a bouwsteen the edition does not have, and a team that has no Kompas', async () => {
    // The kwaliteitsmodel (6 steps) has no bouwsteen 0-A.
    const wrong = await run('--traject', 'Kansrijke', '--bouwsteen', '0-A', '--out', join(dir, 'x.docx'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Bouwsteen 0-A staat niet in de editie');
    expect(wrong.err).toMatch(/Kies uit: 1-B, 2, .*6\.$/);
    const team = await run('--traject', 'Kansrijke', '--group', 'geen-team', '--out', join(dir, 'y.docx'));
    expect(team.code).toBe(1);
    expect(team.err).toContain('Controleer --group');
  });

  it('validates its arguments', () => {
    const refused: [string[], Record<string, string>, string][] = [
      [['--traject', 'x', '--out', 'a.docx'], {}, '--graph is verplicht'],
      [['--graph', 'ftp://x', '--traject', 'x', '--out', 'a.docx'], {}, 'http- of https-adres'],
      [['--graph', 'http://127.0.0.1:1', '--out', 'a.docx'], {}, '--traject is verplicht'],
      [['--graph', 'http://127.0.0.1:1', '--traject', 'x'], {}, '--out is verplicht'],
      [['--graph', 'http://127.0.0.1:1', '--traject', 'x', '--out', 'a.pdf'], {}, 'eindigen op .docx'],
      [
        ['--graph', 'http://127.0.0.1:1', '--traject', 'x', '--bouwsteen', '7', '--out', 'a.docx'],
        {},
        '--bouwsteen moet',
      ],
      [
        ['--graph', 'https://graph.microsoft.com', '--traject', 'x', '--out', 'a.docx'],
        {},
        'KOMPAS_GRAPH_TOKEN',
      ],
      [['--graph', 'http://127.0.0.1:1', '--trajekt', 'x'], {}, "Unknown option '--trajekt'"],
    ];
    for (const [argv, env, message] of refused) {
      const parsed = parseExportArgs(argv, env);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(message);
    }
    expect(
      parseExportArgs(
        [
          '--graph',
          'https://graph.microsoft.com/',
          '--traject',
          ' x ',
          '--bouwsteen',
          '3-a',
          '--zonder-toelichting',
          '--group',
          'g1',
          '--out',
          'a.docx',
        ],
        { KOMPAS_GRAPH_TOKEN: 'token' },
      ),
    ).toEqual({
      ok: true,
      args: {
        baseUrl: 'https://graph.microsoft.com/v1.0',
        token: 'token',
        traject: 'x',
        bouwsteen: '3A',
        guidance: 'omit',
        groupId: 'g1',
        out: 'a.docx',
      },
    });
    expect(
      parseExportArgs(['--graph', 'http://localhost:4100/v1.0', '--traject', 'x', '--out', 'a.docx'], {}),
    ).toMatchObject({
      ok: true,
      args: { baseUrl: 'http://localhost:4100/v1.0', token: 'demo@voorbeeldstad.nl', guidance: 'include' },
    });
  });

  it('runs as `npm run export` with its exit codes', async () => {
    const cli = async (...argv: string[]) => {
      // tsx as a loader in one node process: what `npm run export` runs, without npx's start-up.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'devtools/cli/export.ts', '--graph', emulator.url, ...argv],
        {
          cwd: process.cwd(),
          env: { ...process.env, KOMPAS_GRAPH_TOKEN: '' },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number | null];
      return { code, stdout, stderr };
    };
    const file = join(dir, 'cli.docx');
    const [written, ambiguous] = await Promise.all([
      cli('--traject', 'seksueel', '--out', file),
      cli('--traject', 'voorbeeldstad', '--out', join(dir, 'cli-2.docx')),
    ]);
    expect(written).toMatchObject({ code: 0, stdout: `${file}\n`, stderr: '' });
    expect(readKompasControls(readFileSync(file)).length).toBeGreaterThan(50);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('past bij 2 trajecten');
  });
});
