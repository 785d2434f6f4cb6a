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
  /** The recommendation, once the answers so far settle it. */
  decided?: { recommend: string; rule: number };
  /** Recommendation ids still possible, in rule order without repeats (one id when decided). */
  possible: string[];
}

/** Whether a rule's conditions hold (`true`), fail (`false`) or depend on unanswered questions (`undefined`). */
function ruleHolds(when: Readonly<Record<string, readonly string[]>>, answers: Answers): boolean | undefined {
  let open = false;
  for (const [question, accepted] of Object.entries(when)) {
    const answer = answers[question];
    if (answer === undefined) open = true;
    else if (!accepted.includes(answer)) return false;
  }
  return open ? undefined : true;
}

/**
 * Where the answers so far lead. A rule that certainly holds ends the search: if no rule before it
 * can still hold, it is the decision; otherwise it and the open rules before it are the candidates.
 */
export function evaluate(table: RuleTable, answers: Answers): Outcome {
  const possible: string[] = [];
  for (const [index, rule] of table.rules.entries()) {
    const holds = ruleHolds(rule.when, answers);
    if (holds === false) continue;
    if (holds === true && possible.length === 0) return { decided: { recommend: rule.recommend, rule: index }, possible: [rule.recommend] };
    if (!possible.includes(rule.recommend)) possible.push(rule.recommend);
    if (holds === true) break;
  }
  return { possible };
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
