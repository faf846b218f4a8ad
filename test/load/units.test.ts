import { describe, expect, test } from 'vitest';
import { addDuration, parseDate, parseDuration, parsePercent, parseRange } from '../../src/load/units.js';

describe('percentages', () => {
  test.each([
    ['20%', 20],
    [20, 20],
    [0.2, 20],
    ['0.2', 20],
    ['10 percent', 10],
    [1, 100],
    [0, 0],
    ['100%', 100],
    ['12.5%', 12.5],
  ])('%s is %s%%', (v, p) => expect(parsePercent(v)).toBe(p));
  test.each([['120%'], [-5], ['abc'], [true], ['']])('%s is not a percentage', (v) => expect(parsePercent(v)).toBeNull());
});

describe('durations and dates', () => {
  test.each([
    ['30d', { amount: 30, unit: 'd' }],
    ['6w', { amount: 6, unit: 'w' }],
    ['3m', { amount: 3, unit: 'm' }],
    ['1y', { amount: 1, unit: 'y' }],
    ['Quarterly', { amount: 3, unit: 'm' }],
    ['monthly', { amount: 1, unit: 'm' }],
    ['yearly', { amount: 12, unit: 'm' }],
  ])('%s', (v, d) => expect(parseDuration(v)).toEqual(d));
  test.each([['0d'], ['3 months'], ['soon'], ['']])('%s is not a duration', (v) => expect(parseDuration(v)).toBeNull());
  test('calendar months clamp to the last day', () => {
    expect(addDuration('2026-01-31', { amount: 1, unit: 'm' })).toBe('2026-02-28');
    expect(addDuration('2024-01-31', { amount: 1, unit: 'm' })).toBe('2024-02-29');
    expect(addDuration('2026-11-15', { amount: 3, unit: 'm' })).toBe('2027-02-15');
    expect(addDuration('2026-01-01', { amount: 180, unit: 'd' })).toBe('2026-06-30');
    expect(addDuration('2026-01-01', { amount: 2, unit: 'w' })).toBe('2026-01-15');
    expect(addDuration('2025-02-28', { amount: 1, unit: 'y' })).toBe('2026-02-28');
  });
  test('dates must be real', () => {
    expect(parseDate('2026-02-28')).toBe('2026-02-28');
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('26-02-01')).toBeNull();
  });
});

describe('employee ranges', () => {
  test.each([
    ['100-999', { min: 100, max: 999 }],
    ['1000+', { min: 1000, max: Infinity }],
    ['1,000+', { min: 1000, max: Infinity }],
    ['<50', { min: 0, max: 49 }],
    ['<=50', { min: 0, max: 50 }],
    ['>1000', { min: 1001, max: Infinity }],
    [500, { min: 500, max: 500 }],
    ['10 to 20', { min: 10, max: 20 }],
  ])('%s', (v, r) => expect(parseRange(v)).toEqual(r));
  test.each([['999-100'], ['lots'], ['<0'], [-3]])('%s is not a range', (v) => expect(parseRange(v)).toBeNull());
});
