import { describe, expect, it } from 'vitest';
import { measurementKind } from '../../../src/model/measurement-kind.ts';

const m = (what: string, setup = 'A server') => ({ what, conditions: { setup, year: 2024 } });

describe('the kind of a number', () => {
  it('reads the kind field when the data has one', () => {
    expect(measurementKind({ ...m('Boot time, specification target'), kind: 'measured' })).toBe('measured');
  });

  it('calls a specification target or design goal a target', () => {
    expect(measurementKind(m('Boot time', 'Specification target on AWS i3.metal'))).toBe('target');
    expect(measurementKind(m('MicroVMs created per core', 'Design goal stated in the design document'))).toBe('target');
  });

  it('calls a best case a best case, and anything else measured', () => {
    expect(measurementKind(m('Best-case I/O speed relative to plain containers'))).toBe('best-case');
    expect(measurementKind(m('Container start-up time', '300 runs on two AMD EPYC 7542'))).toBe('measured');
  });
});
