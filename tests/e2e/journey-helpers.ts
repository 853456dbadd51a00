import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { interviewDraftShape } from '../../src/shared/domain/interview';
import { expect, type HarnessControl } from './fixtures';

/** What the journeys share: one vault set-up, screenshots, and the shapes main expects. */

export const PASSPHRASE = 'harbour lantern quietly 42';

/** CONFIDANT_SHOTS=<dir> saves a screenshot of each screen a journey passes through. */
const SHOTS = process.env['CONFIDANT_SHOTS'];

export interface ShotOptions {
  /** Scrolled to the top of the view first, so the screenshot shows it. */
  top?: Locator;
  /** The workspace scrolls inside the app frame, not the document: a tall window shows all of it. */
  tall?: boolean;
}

export async function shot(page: Page, name: string, options: ShotOptions = {}): Promise<void> {
  if (!SHOTS) return;
  await options.top?.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const size = page.viewportSize();
  if (options.tall) await page.setViewportSize({ width: size?.width ?? 1366, height: 2600 });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  if (options.tall && size) await page.setViewportSize(size);
}

/** A screenshot of one element, e.g. a dashboard panel. */
export async function shotOf(locator: Locator, name: string): Promise<void> {
  if (SHOTS) await locator.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Bring an element to the top of the content pane (the frame itself never scrolls). */
export async function scrollToTop(locator: Locator): Promise<void> {
  await locator.evaluate((el) => {
    const pane = el.closest('.content');
    if (pane)
      pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - 16;
    document.scrollingElement?.scrollTo(0, 0);
  });
}

/** Focus, then type: what a keyboard user does in a text field. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.page().keyboard.type(text);
}

export async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

/**
 * Create the vault through the UI and confirm the recovery key. `keyboard` drives it with focus
 * and keys alone (the keyboard-only journey), otherwise with clicks and fills.
 */
export async function createVault(
  page: Page,
  harness: HarnessControl,
  { keyboard = false }: { keyboard?: boolean } = {},
): Promise<void> {
  const activate = (control: Locator) => (keyboard ? press(control) : control.click());
  const enter = (field: Locator, text: string) =>
    keyboard ? typeInto(field, text) : field.fill(text);
  await harness.queueDialogs([{ kind: 'directory', path: harness.dataDirectory }]);
  const created = page.waitForResponse((r) => r.url().endsWith('/ipc/vault:create'));
  await activate(page.getByRole('button', { name: 'Create a new vault' }));
  await enter(page.getByLabel('Vault name'), 'Northwind investigations');
  await enter(page.getByLabel('Passphrase', { exact: true }), PASSPHRASE);
  await enter(page.getByLabel('Confirm passphrase'), PASSPHRASE);
  await activate(page.getByRole('button', { name: 'Create vault' }));
  const body = (await (await created).json()) as { value: { recoveryKey: string } };
  await activate(page.getByRole('button', { name: 'I have stored it' }));
  await enter(page.getByLabel('Recovery key'), body.value.recoveryKey);
  await activate(page.getByRole('button', { name: 'Confirm' }));
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** The part of a stored interview that `interviews:update` takes back as its draft. */
export function draftOf(interview: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(interviewDraftShape).map((k) => [k, interview[k]]));
}
