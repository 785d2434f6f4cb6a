import type { DecisionGuide } from '../../schemas/decision.ts';
import { profileFacts } from '../../schemas/profile.ts';
import type { DataSet } from '../../collections/dataset.ts';
import type { Located } from '../../problems/located.ts';
import { unknownIdMessage } from '../../problems/unknown-id.ts';
import type { Problem } from '../../problems/problems.ts';
import { closest } from '../../problems/messages.ts';
import type { LocatedData } from '../../collections/load-data.ts';

/** The entries of the guide, profile and pair files. */
type DecideData = Pick<LocatedData, 'decisions' | 'profiles' | 'pairs'>;

type Path = (string | number)[];

/** "use one of a, b, c" or "did you mean b?" for an id that is not in `known`. */
function advice(id: string, known: readonly string[]): string {
  const near = closest(id, [...known]);
  return near ? `did you mean "${near}"?` : `use one of ${known.join(', ')}.`;
}

/** Ids inside a guide must agree: rules name known questions, answers and recommendations. */
function checkGuide(
  guide: Located<DecisionGuide>,
  report: (entry: Located<unknown>, path: Path, message: string, keyOf?: boolean) => void,
) {
  const { questions, recommendations, rules } = guide.value;
  const questionIds = questions.map((q) => q.id);
  const recommendationIds = recommendations.map((r) => r.id);
  const unique = (ids: string[], base: Path, noun: string) =>
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        report(guide, [...base, i, 'id'], `The ${noun} id "${id}" appears twice; give each ${noun} its own id.`);
    });
  unique(questionIds, ['questions'], 'question');
  unique(recommendationIds, ['recommendations'], 'recommendation');
  questions.forEach((q, qi) =>
    unique(
      q.answers.map((a) => a.id),
      ['questions', qi, 'answers'],
      `answer of question "${q.id}"`,
    ),
  );

  rules.forEach((rule, r) => {
    for (const [questionId, answers] of Object.entries(rule.when)) {
      const question = questions.find((q) => q.id === questionId);
      if (!question) {
        report(
          guide,
          ['rules', r, 'when', questionId],
          `No question of this guide has the id "${questionId}"; ${advice(questionId, questionIds)}`,
          true,
        );
        continue;
      }
      const answerIds = question.answers.map((a) => a.id);
      answers.forEach((answer, a) => {
        if (!answerIds.includes(answer))
          report(
            guide,
            ['rules', r, 'when', questionId, a],
            `Question "${questionId}" has no answer "${answer}"; ${advice(answer, answerIds)}`,
          );
      });
    }
    if (!recommendationIds.includes(rule.recommend)) {
      report(
        guide,
        ['rules', r, 'recommend'],
        `No recommendation of this guide has the id "${rule.recommend}"; ${advice(rule.recommend, recommendationIds)}`,
      );
    }
  });
  const last = rules.length - 1;
  if (last >= 0 && Object.keys(rules[last]!.when).length > 0) {
    report(
      guide,
      ['rules', last],
      'The last rule must have no `when`, so that every set of answers gets a recommendation; add a final rule with `when: {}`.',
    );
  }
  recommendations.forEach((rec, i) => {
    if (!rules.some((rule) => rule.recommend === rec.id))
      report(
        guide,
        ['recommendations', i, 'id'],
        `No rule recommends "${rec.id}"; add a rule that does, or remove the recommendation.`,
      );
  });
}

/**
 * Everything in the guide, profile and pair files that refers to other data: technologies, sources
 * and topic pages must exist; a profile's id is a catalog technology; ids inside a guide agree. (Unique
 * ids and file names matching ids are checked for every kind in ids.ts.)
 */
export function checkDecideData(data: DecideData, index: DataSet, topicIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: Located<unknown>, path: Path, message: string, keyOf = false) =>
    problems.push({ file: entry.file, ...entry.at(path, keyOf), severity: 'error', message });
  const technology = (entry: Located<unknown>, id: string, path: Path) => {
    if (!index.technologies.has(id)) report(entry, path, unknownIdMessage('technology', id, index.technologies.keys()));
  };
  const sources = (entry: Located<unknown>, ids: readonly string[], path: Path) =>
    ids.forEach((id, i) => {
      if (!index.sources.has(id)) report(entry, [...path, i], unknownIdMessage('source', id, index.sources.keys()));
    });

  for (const guide of data.decisions) {
    checkGuide(guide, report);
    guide.value.recommendations.forEach((rec, r) => {
      rec.technologies.forEach((id, t) => technology(guide, id, ['recommendations', r, 'technologies', t]));
      for (const part of ['reasons', 'tradeoffs'] as const)
        rec[part].forEach((item, i) => sources(guide, item.sources, ['recommendations', r, part, i, 'sources']));
      rec.pages.forEach((page, p) => {
        if (!topicIds.has(page))
          report(
            guide,
            ['recommendations', r, 'pages', p],
            `No topic page has the id "${page}"; ${advice(page, [...topicIds])}`,
          );
      });
    });
  }
  for (const profile of data.profiles) {
    technology(profile, profile.value.id, ['id']);
    for (const fact of profileFacts) {
      const value = profile.value[fact];
      if (value) sources(profile, value.sources, [fact, 'sources']);
    }
  }
  data.pairs.forEach((pair) => {
    pair.value.technologies.forEach((id, t) => technology(pair, id, ['technologies', t]));
    pair.value.verdict.forEach((item, i) => sources(pair, item.sources, ['verdict', i, 'sources']));
  });
  return problems;
}

/** Every source the guide, profiles and pairs cite: these count as cited for the uncited-source warning. */
export function decideSourceIds(data: DecideData): Set<string> {
  const ids = new Set<string>();
  for (const { value } of data.decisions) {
    for (const rec of value.recommendations)
      for (const item of [...rec.reasons, ...rec.tradeoffs]) item.sources.forEach((id) => ids.add(id));
  }
  for (const { value } of data.profiles)
    for (const fact of profileFacts) value[fact]?.sources.forEach((id) => ids.add(id));
  for (const { value } of data.pairs) for (const item of value.verdict) item.sources.forEach((id) => ids.add(id));
  return ids;
}
