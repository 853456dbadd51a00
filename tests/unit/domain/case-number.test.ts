import { describe, expect, it } from 'vitest';
import {
  casePrefixSchema,
  formatCaseNumber,
  nextCaseNumber,
  parseCaseNumber,
} from '../../../src/shared/domain/case-number';

describe('case numbers', () => {
  it('formats with the prefix, year and a four-digit sequence', () => {
    expect(formatCaseNumber({ prefix: 'ER', year: 2026, sequence: 42 })).toBe('ER-2026-0042');
    expect(formatCaseNumber({ prefix: 'HR2', year: 2026, sequence: 1 })).toBe('HR2-2026-0001');
  });

  it('grows past 9999 instead of wrapping', () => {
    expect(formatCaseNumber({ prefix: 'ER', year: 2026, sequence: 12345 })).toBe('ER-2026-12345');
  });

  it('refuses a bad prefix, year or sequence', () => {
    expect(() => formatCaseNumber({ prefix: 'er', year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ prefix: 'ER', year: 26, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ prefix: 'ER', year: 2026, sequence: 0 })).toThrow(RangeError);
  });

  it('parses what it formats, and what people type', () => {
    expect(parseCaseNumber('ER-2026-0042')).toEqual({ prefix: 'ER', year: 2026, sequence: 42 });
    expect(parseCaseNumber('  er-2026-0042 ')).toEqual({ prefix: 'ER', year: 2026, sequence: 42 });
    expect(parseCaseNumber('ER-2026-12345')).toEqual({ prefix: 'ER', year: 2026, sequence: 12345 });
  });

  it('parses nothing else', () => {
    for (const text of [
      'ER-2026-42',
      'ER-26-0042',
      'ER20260042',
      '-2026-0042',
      'ER-2026-0000',
      '',
    ]) {
      expect(parseCaseNumber(text), text).toBeNull();
    }
  });

  it('takes the next number after the highest of the same prefix and year, never refilling gaps', () => {
    const existing = ['ER-2026-0001', 'ER-2026-0007', 'ER-2025-0099', 'HR-2026-0050', 'junk'];
    expect(nextCaseNumber(existing, 'ER', 2026)).toBe('ER-2026-0008');
  });

  it('starts each year and each prefix at 0001', () => {
    expect(nextCaseNumber(['ER-2026-0007'], 'ER', 2027)).toBe('ER-2027-0001');
    expect(nextCaseNumber(['ER-2026-0007'], 'INV', 2026)).toBe('INV-2026-0001');
    expect(nextCaseNumber([], 'ER', 2026)).toBe('ER-2026-0001');
  });

  it('normalises a configured prefix to upper case and refuses punctuation', () => {
    expect(casePrefixSchema.parse(' er ')).toBe('ER');
    expect(casePrefixSchema.safeParse('E-R').success).toBe(false);
    expect(casePrefixSchema.safeParse('1ER').success).toBe(false);
  });
});
