import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/collections/load-data.ts';
import { projectRoot } from '../../support/paths.ts';
import { report } from '../../support/validate.ts';

describe('decision guide, profile and pair data', () => {
  it('are found in this repository and pass their schemas (the cross-checks run with the whole repository)', () => {
    const { data, problems } = loadData(projectRoot);
    expect(problems.filter((p) => /decisions|profiles|pairs/.test(p.file))).toEqual([]);
    expect(data.decisions.map((d) => d.value.id)).toContain('workload-isolation');
    expect(data.pairs.length).toBeGreaterThanOrEqual(6);
  });

  it('report every unknown question, answer, recommendation, technology, source and page, and every measurement the spectrum chart cannot draw, where it is written', () => {
    const problems = report('data-decision-rules');
    expect(problems).toEqual([
      'content/data/decisions/guide.yaml:14:26 error: No technology has the id "gvisr"; add content/data/technologies/gvisr.yaml or correct the id.',
      'content/data/decisions/guide.yaml:17:53 error: No source has the id "nope"; add it to a file in content/data/sources/ or correct the id.',
      'content/data/decisions/guide.yaml:18:21 error: No topic page has the id "thrid"; use one of index, second.',
      'content/data/decisions/guide.yaml:20:13 error: No question of this guide has the id "tenant"; did you mean "tenants"?',
      'content/data/decisions/guide.yaml:23:5 error: The last rule must have no `when`, so that every set of answers gets a recommendation; add a final rule with `when: {}`.',
      'content/data/decisions/guide.yaml:23:23 error: Question "tenants" has no answer "hostle"; did you mean "hostile"?',
      'content/data/decisions/guide.yaml:24:16 error: No recommendation of this guide has the id "sandbx"; did you mean "sandbox"?',
      'content/data/measurements/m.yaml:19:9 error: The isolation spectrum chart plots memory in KiB, MiB, GiB, KB, MB or GB; give this memory-overhead in one of those units.',
      'content/data/pairs.yaml:3:24 error: No technology has the id "ghost"; add content/data/technologies/ghost.yaml or correct the id.',
      'content/data/profiles/demo.yaml:3:74 error: No source has the id "missing-source"; add it to a file in content/data/sources/ or correct the id.',
    ]);
  });
});
