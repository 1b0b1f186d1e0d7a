/**
 * Type-checks one virtual source file with a project's tsconfig, for tests of what the compiler
 * must refuse (`npm test` runs no tsc of its own). Returns the diagnostics as `<line>: <message>`
 * (lines of the probe counted from 1; 0 for a diagnostic elsewhere).
 */
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '../../..');

export function compileProbe(tsconfig: string, probePath: string, source: string): string[] {
  const configFile = ts.readConfigFile(path.join(root, tsconfig), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(
    configFile.config,
    ts.sys,
    path.dirname(path.join(root, tsconfig)),
  );
  const probe = path.join(root, probePath);
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language) =>
    path.resolve(file) === probe
      ? ts.createSourceFile(file, source, language)
      : getSourceFile(file, language);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === probe || fileExists(file);
  const program = ts.createProgram([probe], parsed.options, host);
  // Only the probe's own diagnostics: checking every file it imports would take seconds more.
  const file = program.getSourceFile(probe);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(file),
    ...program.getSemanticDiagnostics(file),
  ];
  return diagnostics.map((d) => {
    const line =
      d.file !== undefined && d.start !== undefined && path.resolve(d.file.fileName) === probe
        ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
        : 0;
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
