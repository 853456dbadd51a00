/** How long a copied recovery key may stay on the clipboard. */
export const CLIPBOARD_CLEAR_MS = 10_000;

let pendingClear: ReturnType<typeof setTimeout> | null = null;

/**
 * Empties the clipboard if it still holds `secret`. Best effort: when the clipboard can't be read
 * (Electron refuses clipboard-read), it is emptied anyway, since a stray recovery key is the worse risk.
 */
async function clearIfUnchanged(secret: string): Promise<void> {
  try {
    let current: string | null = null;
    try {
      current = await navigator.clipboard.readText();
    } catch {
      current = null;
    }
    if (current === null || current === secret) await navigator.clipboard.writeText('');
  } catch {
    // Nothing more we can do from the renderer: the clipboard refused the write.
  }
}

/**
 * Copies a secret and schedules the clipboard to be emptied. The timer is module-level so it
 * outlives the screen that started it (leaving the recovery-key step must not cancel the clear).
 */
export async function copySecret(secret: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(secret);
  } catch {
    return false;
  }
  if (pendingClear) clearTimeout(pendingClear);
  pendingClear = setTimeout(() => {
    pendingClear = null;
    void clearIfUnchanged(secret);
  }, CLIPBOARD_CLEAR_MS);
  return true;
}
