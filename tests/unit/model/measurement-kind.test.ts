import { describe, expect, it } from 'vitest';
import { measurementKind, measurementKindLabels } from '../../../src/model/measurement-kind.ts';

describe('the kind of a number', () => {
  it('is the kind its entry records, whatever its wording says', () => {
    expect(measurementKind({ kind: 'measured' })).toBe('measured');
    expect(measurementKind({ kind: 'target' })).toBe('target');
    expect(measurementKind({ kind: 'best-case' })).toBe('best-case');
  });

  it('has a short label for each kind', () => {
    expect(measurementKindLabels).toEqual({ measured: 'measured', target: 'target', 'best-case': 'best case' });
  });
});
