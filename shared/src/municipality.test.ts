import { describe, expect, it } from 'vitest';
import { sizeClassOf } from './municipality.ts';

describe('sizeClassOf', () => {
  it('puts each boundary in the higher class', () => {
    expect(sizeClassOf(972)).toBe('klein');
    expect(sizeClassOf(19_999)).toBe('klein');
    expect(sizeClassOf(20_000)).toBe('middelgroot');
    expect(sizeClassOf(50_000)).toBe('groot');
    expect(sizeClassOf(100_000)).toBe('zeer-groot');
    expect(sizeClassOf(249_999)).toBe('zeer-groot');
    expect(sizeClassOf(250_000)).toBe('grootste');
  });
});
