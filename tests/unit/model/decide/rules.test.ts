import { describe, expect, it } from 'vitest';
import { loadKind } from '../../../../src/collections/load-data.ts';
import {
  answersFromParams,
  answersToQuery,
  evaluate,
  everyAnswerSet,
  type Answers,
} from '../../../../src/model/decide/rules.ts';
import { decisionsKind, technologiesKind } from '../../../../src/collections/kinds.ts';
import { projectRoot } from '../../../support/paths.ts';

const guide = loadKind(projectRoot, decisionsKind).entries.find((e) => e.value.id === 'workload-isolation')!.value;
const catalog = new Map(loadKind(projectRoot, technologiesKind).entries.map((e) => [e.value.id, e.value]));
const all = [...everyAnswerSet(guide)];

/** The recommendation for a complete set of answers. */
const recommend = (answers: Answers) => evaluate(guide, answers).decided?.recommend;
/** What kinds of technology a recommendation puts to work. */
const kindsOf = (id: string | undefined) =>
  guide.recommendations.find((r) => r.id === id)!.technologies.map((t) => catalog.get(t)!.kind);
const where = (partial: Answers) => all.filter((a) => Object.entries(partial).every(([q, v]) => a[q] === v));

describe('the decision guide (content/data/decisions/workload-isolation.yaml)', () => {
  it('asks between five and eight questions', () => {
    expect(guide.questions.length).toBeGreaterThanOrEqual(5);
    expect(guide.questions.length).toBeLessThanOrEqual(8);
  });

  it('reaches exactly one recommendation for every complete set of answers', () => {
    expect(all.length).toBe(guide.questions.reduce((n, q) => n * q.answers.length, 1));
    for (const answers of all) expect(recommend(answers), answersToQuery(guide, answers)).toBeDefined();
  });

  it('recommends a VM whenever the workload needs another kernel or OS, such as a Windows application on a Linux host', () => {
    const cases = where({ 'other-os': 'yes' });
    expect(cases.length).toBeGreaterThan(0);
    for (const answers of cases) expect(recommend(answers)).toBe('vm');
    expect(kindsOf('vm')).toContain('hypervisor');
  });

  it('never recommends plain containers for hostile tenants, whatever else is answered', () => {
    for (const answers of where({ tenants: 'hostile' })) {
      expect(kindsOf(recommend(answers)), answersToQuery(guide, answers)).not.toContain('container-runtime');
    }
  });

  it('recommends a microVM or a sandboxed runtime for hostile multi-tenant code that must start in under a second', () => {
    const cases = where({ tenants: 'hostile', start: 'fast', 'other-os': 'no', legacy: 'no' });
    expect(cases.length).toBeGreaterThan(0);
    for (const answers of cases) {
      const kinds = kindsOf(recommend(answers));
      expect(
        kinds.some((k) => ['microvm', 'sandboxed-runtime', 'vm-isolated-runtime'].includes(k)),
        answersToQuery(guide, answers),
      ).toBe(true);
    }
  });

  it('never recommends something that needs KVM on cloud VMs without nested virtualization', () => {
    for (const answers of where({ tenants: 'hostile', host: 'cloud-vm', 'other-os': 'no', legacy: 'no' })) {
      expect(kindsOf(recommend(answers)), answersToQuery(guide, answers)).toEqual(['sandboxed-runtime']);
    }
  });

  it('recommends Kata Containers for hostile Kubernetes pods on hosts that can run VMs, with no tighter constraint', () => {
    expect(
      recommend({
        'other-os': 'no',
        tenants: 'hostile',
        legacy: 'no',
        start: 'relaxed',
        density: 'normal',
        gpu: 'no',
        host: 'bare-metal',
        kubernetes: 'yes',
      }),
    ).toBe('kata');
  });

  it('recommends the GPU-capable option for hostile code that needs GPUs', () => {
    expect(
      recommend({
        'other-os': 'no',
        tenants: 'hostile',
        legacy: 'no',
        start: 'relaxed',
        density: 'normal',
        gpu: 'yes',
        host: 'bare-metal',
        kubernetes: 'yes',
      }),
    ).toBe('kata-gpu');
    expect(
      recommend({
        'other-os': 'no',
        tenants: 'hostile',
        legacy: 'no',
        start: 'relaxed',
        density: 'normal',
        gpu: 'yes',
        host: 'cloud-vm',
        kubernetes: 'yes',
      }),
    ).toBe('gvisor-gpu');
  });

  it('recommends ordinary containers for trusted code that runs on the host kernel', () => {
    for (const answers of where({ tenants: 'trusted', 'other-os': 'no', legacy: 'no' }))
      expect(recommend(answers)).toBe('containers');
  });

  it('uses every recommendation for some set of answers', () => {
    const reached = new Set(all.map(recommend));
    expect([...reached].sort()).toEqual(guide.recommendations.map((r) => r.id).sort());
  });
});

describe('narrowing as questions are answered', () => {
  it('keeps every recommendation possible before the first answer', () => {
    const outcome = evaluate(guide, {});
    expect(outcome.decided).toBeUndefined();
    expect([...outcome.possible].sort()).toEqual(guide.recommendations.map((r) => r.id).sort());
  });

  it('decides as soon as one answer settles it', () => {
    expect(evaluate(guide, { 'other-os': 'yes' }).decided).toEqual({ recommend: 'vm', rule: 0 });
  });

  it('offers only what the remaining answers can still reach', () => {
    // GPU code on cloud VMs is decided by the gVisor rule before the Kata-with-QEMU rule, so the latter is out.
    expect(evaluate(guide, { 'other-os': 'no', tenants: 'hostile', host: 'cloud-vm' }).possible).toEqual([
      'vm',
      'gvisor-gpu',
      'gvisor',
    ]);
    expect(evaluate(guide, { 'other-os': 'no', tenants: 'trusted', legacy: 'no' }).decided).toEqual({
      recommend: 'containers',
      rule: 2,
    });
  });

  it('shrinks the candidates with each answer and always keeps the final recommendation among them', () => {
    for (const answers of all.filter((_, i) => i % 7 === 0)) {
      let previous = evaluate(guide, {}).possible;
      const given: Record<string, string> = {};
      for (const question of guide.questions) {
        given[question.id] = answers[question.id]!;
        const now = evaluate(guide, given).possible;
        expect(now.every((id) => previous.includes(id))).toBe(true);
        previous = now;
      }
      expect(previous).toEqual([recommend(answers)]);
    }
  });
});

describe('answers in the URL', () => {
  it('round-trips through the query string in question order', () => {
    const answers = { tenants: 'hostile', 'other-os': 'no' };
    const query = answersToQuery(guide, answers);
    expect(query).toBe('other-os=no&tenants=hostile');
    expect(answersFromParams(guide, new URLSearchParams(query))).toEqual(answers);
  });

  it('ignores unknown questions and answers in a shared link', () => {
    expect(answersFromParams(guide, new URLSearchParams('tenants=evil&colour=blue&gpu=yes'))).toEqual({ gpu: 'yes' });
  });
});
