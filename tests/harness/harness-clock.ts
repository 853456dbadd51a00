/** Main's fixed "now" in the harness (zero imports, so e2e specs can share it with the page clock). */
export const HARNESS_CLOCK_START = new Date('2026-03-02T09:00:00.000Z');
