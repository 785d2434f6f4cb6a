import { closest } from './messages.ts';

/** Where each kind of id is defined, for the advice in "unknown id" messages. */
const homes = {
  source: (_id: string) => 'add it to a file in content/data/sources/',
  technology: (id: string) => `add content/data/technologies/${id}.yaml`,
  'glossary entry': (_id: string) => 'add it to content/data/glossary.yaml',
  'comparison table': (id: string) => `add content/data/comparisons/${id}.yaml`,
} as const;

export type IdKind = keyof typeof homes;

/** "No source has the id "x"; did you mean "y"?", or where to add it when nothing is close. */
export function unknownIdMessage(kind: IdKind, id: string, knownIds: Iterable<string>): string {
  const suggestion = closest(id, [...knownIds]);
  const advice = suggestion ? `did you mean "${suggestion}"?` : `${homes[kind](id)} or correct the id.`;
  return `No ${kind} has the id "${id}"; ${advice}`;
}
