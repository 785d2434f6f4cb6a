import type { UnreadableIds } from '../collections/load-data.ts';
import type { Problem } from '../problems/problems.ts';

/**
 * One problem per root cause. An entry that could not be read (a duplicated key, an invalid URL)
 * is reported where it is wrong; every use of its id would otherwise add an "unknown id" error with
 * a misleading "did you mean". And a component tag the reference check could not read is also an
 * MDX syntax error at the same spot; the reference check's message says more, so it stays. A missing
 * image is not also a link to a missing page.
 */
export function dropFollowOnProblems(project: { unreadable: UnreadableIds }, problems: Problem[]): Problem[] {
  const unknownId = /^No (.+?) has the id "([^"]*)"/;
  const missingImages = new Set(
    problems.flatMap((p) => {
      const src = /^The image "([^"]*)" does not exist/.exec(p.message)?.[1];
      return src ? [`${p.file}:${p.line}:${src}`] : [];
    }),
  );
  const unreadableTags = new Set(
    problems.filter((p) => /^This <\w+> tag could not be read/.test(p.message)).map((p) => `${p.file}:${p.line}`),
  );
  return problems.filter((problem) => {
    const match = unknownId.exec(problem.message);
    if (match && project.unreadable.get(match[1]!)?.has(match[2]!)) return false;
    const link = /^The link "([^"]*)" points at no page/.exec(problem.message)?.[1];
    if (link && missingImages.has(`${problem.file}:${problem.line}:${link}`)) return false;
    if (problem.message.startsWith('MDX cannot read this') && unreadableTags.has(`${problem.file}:${problem.line}`))
      return false;
    return true;
  });
}
