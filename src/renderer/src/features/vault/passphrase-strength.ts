import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export interface PassphraseStrength {
  /** zxcvbn's 0 (guessable in seconds) to 4 (very hard to guess). */
  score: 0 | 1 | 2 | 3 | 4;
  /** zxcvbn translation keys; the catalogue words them under vault.strength. */
  warning: string | null;
  suggestions: string[];
}

let factory: Promise<ZxcvbnFactory> | null = null;

/** Loads zxcvbn and its dictionaries once, on first use, as a separate chunk. */
function loadFactory(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        // No `translations`: feedback comes back as keys, worded by i18next.
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      }),
  );
  return factory;
}

/** Rates a passphrase; `userInputs` (e.g. the vault name) count as easy to guess. */
export async function estimateStrength(
  passphrase: string,
  userInputs: readonly string[] = [],
): Promise<PassphraseStrength> {
  const zxcvbn = await loadFactory();
  const result = zxcvbn.check(passphrase, [...userInputs]);
  return {
    score: result.score,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}
