import type { CalendarDate } from '@shared/domain/dates';

/**
 * A new 128-bit id for an item the user adds to a case (allegation, task, note…), in the shape
 * every id has (32 lowercase hex). Web Crypto, so the renderer needs no Node; main re-checks the
 * whole document on save, so an id is only ever a label, never trusted.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Today on this computer's calendar, as main's clock would give it. */
export function localToday(now: Date = new Date()): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "12.4 KB": sizes for evidence lists, in the user's locale. */
export function formatBytes(size: number, locale?: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** A calendar date shown in the user's locale without letting the time zone move the day. */
export function formatDate(date: CalendarDate | null | undefined, locale?: string): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

export function formatTimestamp(at: string, locale?: string): string {
  return new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
