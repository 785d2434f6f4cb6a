/**
 * How a decision guide turns answers into a recommendation. Pure functions over plain data, so the
 * page's script, the build and the unit tests share them. Rules are read in order; the first rule
 * whose conditions all hold wins.
 */

/** The parts of a guide the rules need (no prose). */
export interface RuleTable {
  questions: readonly { id: string; answers: readonly { id: string }[] }[];
  rules: readonly { when: Readonly<Record<string, readonly string[]>>; recommend: string }[];
}

/** Question id -> answer id, for the questions answered so far. */
export type Answers = Readonly<Record<string, string>>;

export interface Outcome {
  /** The recommendation, once the answers so far settle it; `rule` when a single rule always gives it. */
  decided?: { recommend: string; rule?: number };
  /** Recommendation ids still possible, in the order of the first rule giving each. */
  possible: string[];
}

/** The index of the first rule whose conditions all hold for a complete set of answers. */
export function firstMatch(table: RuleTable, answers: Answers): number {
  return table.rules.findIndex((rule) =>
    Object.entries(rule.when).every(([question, accepted]) => accepted.includes(answers[question] ?? '')),
  );
}

/**
 * Where the answers so far lead: every way of answering the remaining questions is tried (a guide
 * has a few hundred at most), so a recommendation is "possible" exactly when some answers still
 * reach it, and "decided" when all of them do.
 */
export function evaluate(table: RuleTable, answers: Answers): Outcome {
  const open = { ...table, questions: table.questions.filter((q) => answers[q.id] === undefined) };
  const rules = new Set<number>();
  for (const rest of everyAnswerSet(open)) rules.add(firstMatch(table, { ...answers, ...rest }));
  const ordered = [...rules].filter((i) => i >= 0).sort((a, b) => a - b);
  const possible = [...new Set(ordered.map((i) => table.rules[i]!.recommend))];
  if (possible.length !== 1) return { possible };
  return { decided: { recommend: possible[0]!, ...(ordered.length === 1 ? { rule: ordered[0]! } : {}) }, possible };
}

/** Keep only known questions and answers: what a page reads from `?question=answer` in its URL. */
export function answersFromParams(table: RuleTable, params: URLSearchParams): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of table.questions) {
    const value = params.get(question.id);
    if (value !== null && question.answers.some((a) => a.id === value)) answers[question.id] = value;
  }
  return answers;
}

/** The query string that records the answers, in question order (`tenants=hostile&start=fast`). */
export function answersToQuery(table: RuleTable, answers: Answers): string {
  const params = new URLSearchParams();
  for (const question of table.questions) {
    const value = answers[question.id];
    if (value !== undefined) params.set(question.id, value);
  }
  return params.toString();
}

/** Every complete set of answers (the product of all questions' answers): for exhaustive tests. */
export function* everyAnswerSet(table: RuleTable): Generator<Record<string, string>> {
  const [first, ...rest] = table.questions;
  if (!first) {
    yield {};
    return;
  }
  for (const tail of everyAnswerSet({ ...table, questions: rest })) {
    for (const answer of first.answers) yield { [first.id]: answer.id, ...tail };
  }
}
