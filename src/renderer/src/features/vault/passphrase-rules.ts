import { PASSPHRASE_MIN_LENGTH } from '@shared/domain/vault';

/** Long passphrases pass without a strength score; shorter ones need zxcvbn's score 3 or 4. */
export const PASSPHRASE_LONG_ENOUGH = 16;
export const REQUIRED_SCORE = 3;

export type PassphraseProblem = 'tooShort' | 'checking' | 'tooWeak' | 'mismatch' | 'confirm';

/**
 * Whether a new passphrase may be used: at least PASSPHRASE_MIN_LENGTH characters always, and either
 * a zxcvbn score of 3+ or 16+ characters, and the confirmation must match. `score` is null while
 * the strength dictionaries are still loading.
 */
export function newPassphraseProblem(
  passphrase: string,
  confirm: string,
  score: number | null,
): PassphraseProblem | null {
  const length = [...passphrase].length;
  if (length < PASSPHRASE_MIN_LENGTH) return 'tooShort';
  if (length < PASSPHRASE_LONG_ENOUGH) {
    if (score === null) return 'checking';
    if (score < REQUIRED_SCORE) return 'tooWeak';
  }
  if (confirm.length === 0) return 'confirm';
  if (confirm !== passphrase) return 'mismatch';
  return null;
}
