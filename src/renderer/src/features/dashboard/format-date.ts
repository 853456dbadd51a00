import type { CalendarDate } from '@shared/domain/dates';

/** A calendar date in the user's language ("3 Mar 2026"); UTC so the day never shifts. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
