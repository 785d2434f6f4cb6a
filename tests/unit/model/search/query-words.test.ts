import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../../src/model/search/query-words.ts';

describe('search words from a plain-language query', () => {
  it('drops words that carry no topic', () => {
    expect(searchWords('firecracker vs gvisor')).toBe('firecracker gvisor');
    expect(searchWords('Is KVM a type 1 or type 2 hypervisor?')).toBe('kvm type 1 2 hypervisor');
    expect(searchWords('can I run Windows containers on Linux')).toBe('windows containers linux');
  });

  it('maps everyday words to the words the guide uses', () => {
    expect(searchWords('how much slower')).toBe('performance');
    expect(searchWords('is a container safe')).toBe('container security');
  });

  it('keeps the query when every word is a stop word, and keeps version-like words whole', () => {
    expect(searchWords('what is it')).toBe('what is it');
    expect(searchWords('cgroups v2 in linux 5.10')).toBe('cgroups v2 linux 5.10');
  });
});
