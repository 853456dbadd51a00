import { randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  generateRecoverySecret,
  parseRecoveryKey,
} from '../../../src/main/vault/recovery-key';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHAPE = /^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/;

function details(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ code: 'WrongRecoveryKey' });
    return (error as { details: Record<string, unknown> }).details;
  }
  throw new Error('expected WrongRecoveryKey');
}

describe('recovery key encoding', () => {
  it('round-trips 1,000 random secrets through 52 + 4 Crockford characters', () => {
    for (let i = 0; i < 1000; i += 1) {
      const secret = generateRecoverySecret();
      const text = formatRecoveryKey(secret);
      expect(text).toMatch(SHAPE);
      expect(parseRecoveryKey(text).equals(secret)).toBe(true);
    }
  });

  it('encodes the all-zero and all-one secrets', () => {
    for (const secret of [Buffer.alloc(32), Buffer.alloc(32, 0xff)]) {
      expect(parseRecoveryKey(formatRecoveryKey(secret)).equals(secret)).toBe(true);
    }
  });

  it('tolerates case, spaces, dashes and I/L/O confusions', () => {
    const secret = randomBytes(32);
    const text = formatRecoveryKey(secret);
    const variants = [
      text.toLowerCase(),
      text.replace(/-/g, ''),
      text.replace(/-/g, ' '),
      `  ${text.replace(/-/g, ' - ')}\n`,
      text.replace(/1/g, 'I'),
      text.replace(/1/g, 'l'),
      text.replace(/0/g, 'O'),
      text.replace(/0/g, 'o'),
      text.replace(/-/g, '\u2013'),
    ];
    for (const variant of variants) expect(parseRecoveryKey(variant).equals(secret)).toBe(true);
  });

  it('detects every single-character substitution and names its group', () => {
    const text = formatRecoveryKey(randomBytes(32)).replace(/-/g, '');
    let located = 0;
    let total = 0;
    for (let pos = 0; pos < text.length; pos += 1) {
      for (const replacement of ALPHABET) {
        if (replacement === text[pos]) continue;
        const typo = text.slice(0, pos) + replacement + text.slice(pos + 1);
        const found = details(() => parseRecoveryKey(typo));
        total += 1;
        if (found.group === Math.floor(pos / 4) + 1) located += 1;
      }
    }
    expect(total).toBe(56 * 31);
    expect(located).toBe(total);
  });

  it('detects every adjacent transposition and every two-character error', () => {
    const text = formatRecoveryKey(randomBytes(32)).replace(/-/g, '');
    for (let pos = 0; pos + 1 < text.length; pos += 1) {
      if (text[pos] === text[pos + 1]) continue;
      const swapped = text.slice(0, pos) + text[pos + 1] + text[pos] + text.slice(pos + 2);
      expect(details(() => parseRecoveryKey(swapped)).reason).toBe('checksum');
    }
    for (let trial = 0; trial < 2000; trial += 1) {
      const chars = text.split('');
      const a = randomInt(56);
      let b = randomInt(56);
      while (b === a) b = randomInt(56);
      for (const pos of [a, b]) {
        const current = ALPHABET.indexOf(chars[pos]!);
        chars[pos] = ALPHABET[(current + randomInt(1, 32)) % 32]!;
      }
      expect(details(() => parseRecoveryKey(chars.join(''))).reason).toBe('checksum');
    }
  });

  it('reports wrong length and impossible characters clearly', () => {
    const text = formatRecoveryKey(randomBytes(32));
    expect(details(() => parseRecoveryKey(text.slice(0, -1)))).toMatchObject({
      reason: 'length',
      length: 55,
    });
    expect(details(() => parseRecoveryKey(`${text}-0`))).toMatchObject({ reason: 'length' });
    expect(details(() => parseRecoveryKey(''))).toMatchObject({ reason: 'length', length: 0 });
    const withU = `${text.slice(0, 25)}U${text.slice(26)}`;
    expect(details(() => parseRecoveryKey(withU))).toMatchObject({ reason: 'character', group: 6 });
  });
});
