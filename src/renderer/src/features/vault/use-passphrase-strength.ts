import { useEffect, useState } from 'react';
import { estimateStrength, type PassphraseStrength } from './passphrase-strength';

/** The strength of `passphrase`, or null while it is empty or still being rated. */
export function usePassphraseStrength(
  passphrase: string,
  userInput = '',
): PassphraseStrength | null {
  const [rated, setRated] = useState<{ for: string; strength: PassphraseStrength } | null>(null);

  useEffect(() => {
    if (passphrase.length === 0) return;
    let current = true;
    void estimateStrength(passphrase, userInput ? [userInput] : []).then((strength) => {
      if (current) setRated({ for: passphrase, strength });
    });
    return () => {
      current = false;
    };
  }, [passphrase, userInput]);

  return rated && rated.for === passphrase ? rated.strength : null;
}
