import { useState } from 'react';
import { newPassphraseProblem } from './passphrase-rules';
import { usePassphraseStrength } from './use-passphrase-strength';

/** State for choosing a passphrase: both fields, the strength and what still blocks it. */
export function useNewPassphrase(userInput = '') {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const strength = usePassphraseStrength(passphrase, userInput);
  const problem = newPassphraseProblem(passphrase, confirm, strength?.score ?? null);
  const reset = () => {
    setPassphrase('');
    setConfirm('');
  };
  return { passphrase, confirm, setPassphrase, setConfirm, strength, problem, reset };
}
