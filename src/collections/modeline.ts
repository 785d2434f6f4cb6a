import { dirname, posix } from 'node:path';
import type { Problem } from '../problems/problems.ts';

/**
 * Every data file starts with a `yaml-language-server` modeline pointing at its JSON Schema, so that
 * editors with the YAML language server complete field names and flag mistakes while typing.
 */
const modelinePattern = /^#\s*yaml-language-server:\s*\$schema=(\S*)/;

/** The path a modeline in `file` must hold to reach `schemas/<schemaFile>` (both project-relative). */
export function expectedSchemaPath(file: string, schemaFile: string): string {
  return posix.relative(dirname(file), `schemas/${schemaFile}`);
}

export function expectedModeline(file: string, schemaFile: string): string {
  return `# yaml-language-server: $schema=${expectedSchemaPath(file, schemaFile)}`;
}

/** A problem when the first line of `text` is not the modeline for `schemaFile`. */
export function checkModeline(text: string, file: string, schemaFile: string): Problem[] {
  const firstLine = text.split('\n', 1)[0] ?? '';
  const expected = expectedSchemaPath(file, schemaFile);
  const match = modelinePattern.exec(firstLine);
  if (!match) {
    return [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        message: `The file does not start with the schema modeline; add \`${expectedModeline(file, schemaFile)}\` as its first line so editors check it as you type.`,
      },
    ];
  }
  if (match[1] !== expected) {
    const column = firstLine.indexOf('$schema=') + '$schema='.length + 1;
    return [
      {
        file,
        line: 1,
        column,
        severity: 'error',
        message: `The modeline points at "${match[1]}"; change it to "${expected}", the JSON Schema for this kind of file.`,
      },
    ];
  }
  return [];
}
