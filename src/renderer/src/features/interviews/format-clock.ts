/** "14:05:09": when something was said or ticked, to the second, in the user's time zone. */
export function formatClock(at: string, locale?: string): string {
  return new Date(at).toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
