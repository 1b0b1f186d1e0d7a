/**
 * `npm run export -- --graph <url> --traject <id | deel van de naam> [--bouwsteen <id>]
 * [--zonder-toelichting] [--group <id>] --out <bestand.docx>`: writes a traject as a Word
 * document, from the local emulator (as the demo user) or from Microsoft Graph with the bearer
 * token in KOMPAS_GRAPH_TOKEN. Prints the written file's path.
 */
import { runExport } from './export-command.ts';

const code = await runExport(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exitCode = code;
