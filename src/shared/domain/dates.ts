import { z } from 'zod';

// Calendar dates (`YYYY-MM-DD`) carry no time zone: "received on 3 March" must not become
// 2 March when the laptop travels. Timestamps are full ISO strings in UTC, as main's clock writes them.
export const calendarDateSchema = z.iso.date();
export type CalendarDate = z.infer<typeof calendarDateSchema>;

export const timestampSchema = z.iso.datetime();
export type Timestamp = z.infer<typeof timestampSchema>;

/**
 * A date known only roughly ("some time in March", "2024"). `date` holds the earliest day the
 * precision allows (2024-03-01 for March 2024) so approximate dates still sort beside exact ones.
 */
export const datePrecision = z.enum(['day', 'month', 'year', 'approx']);
export type DatePrecision = z.infer<typeof datePrecision>;

export const approximateDateSchema = z.strictObject({
  date: calendarDateSchema,
  precision: datePrecision,
});
export type ApproximateDate = z.infer<typeof approximateDateSchema>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date; UTC arithmetic so DST never shifts a day. */
export function dayNumber(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function quarterOf(date: CalendarDate): Quarter {
  const month = Number(date.slice(5, 7));
  return {
    year: Number(date.slice(0, 4)),
    quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4,
  };
}

export function sameQuarter(a: CalendarDate, b: CalendarDate): boolean {
  const qa = quarterOf(a);
  const qb = quarterOf(b);
  return qa.year === qb.year && qa.quarter === qb.quarter;
}

/** Inclusive range filter; either end may be open. */
export const dateRangeSchema = z
  .strictObject({ from: calendarDateSchema.optional(), to: calendarDateSchema.optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, {
    message: 'The range ends before it starts',
    path: ['to'],
  });
export type DateRange = z.infer<typeof dateRangeSchema>;

export function inRange(date: CalendarDate | null, range: DateRange | undefined): boolean {
  if (!range) return true;
  if (date === null) return false;
  return (!range.from || date >= range.from) && (!range.to || date <= range.to);
}
