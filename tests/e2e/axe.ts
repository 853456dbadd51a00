import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical WCAG A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // React Aria's live announcer keeps a just-announced message for a few seconds, labelled by the
  // pending button that announced it and has since unmounted; it is off-screen and already spoken.
  const results = await new AxeBuilder({ page })
    .exclude('[data-live-announcer]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
