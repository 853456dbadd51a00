import { randomBytes } from 'node:crypto';
import { AppError } from '../ipc/app-error';

/**
 * Recovery key display format (vault.md §3).
 *
 * The secret RS is 32 bytes from the OS CSPRNG. It is shown as 52 Crockford-Base32 characters
 * (256 bits + 4 zero padding bits) in 13 groups of 4, followed by a 14th CHECK group of 4 characters:
 *
 *   XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-CCCC
 *
 * Checksum choice: a Reed-Solomon code over GF(2^10). Every pair of characters is one 10-bit symbol,
 * giving 26 data symbols and 2 check symbols (the check group) — RS(28, 26), minimum distance 3.
 *  - Any error confined to one or two symbols (every single-character typo, every transposition of
 *    two characters, a whole mistyped pair) is detected with certainty; other errors slip through
 *    with probability 2^-20, and the slot's AES-GCM tag still rejects them (WrongRecoveryKey).
 *  - With distance 3 a single-symbol error can be LOCATED from the syndromes, so we can tell the user
 *    which group looks wrong. We never auto-correct: the location is only a hint.
 * A truncated hash could detect but not locate; Crockford's own mod-37 check character is a single
 * symbol using extra glyphs (*~$=U) that are easy to misread.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_SECRET_BYTES = 32;
const DATA_CHARS = 52;
const TOTAL_CHARS = 56;
const GROUP = 4;
const DATA_SYMBOLS = 26;
const TOTAL_SYMBOLS = 28;

// GF(2^10) with the primitive polynomial x^10 + x^3 + 1; α = x generates all 1023 non-zero elements.
const GF_SIZE = 1024;
const GF_ORDER = 1023;
const EXP = new Uint16Array(GF_ORDER * 2);
const LOG = new Int16Array(GF_SIZE).fill(-1);
{
  let x = 1;
  for (let i = 0; i < GF_ORDER; i += 1) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & GF_SIZE) x ^= 0x409;
  }
  for (let i = GF_ORDER; i < GF_ORDER * 2; i += 1) EXP[i] = EXP[i - GF_ORDER] ?? 0;
}

function gfLog(a: number): number {
  return LOG[a] ?? -1;
}
function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[gfLog(a) + gfLog(b)] ?? 0;
}
function gfDiv(a: number, b: number): number {
  if (a === 0) return 0;
  return EXP[(gfLog(a) - gfLog(b) + GF_ORDER) % GF_ORDER] ?? 0;
}
function alphaPow(i: number): number {
  return EXP[i % GF_ORDER] ?? 0;
}

/** Syndromes S0 = Σ r_i and S1 = Σ r_i·α^i; both zero for a valid codeword. */
function syndromes(symbols: number[]): [number, number] {
  let s0 = 0;
  let s1 = 0;
  symbols.forEach((sym, i) => {
    s0 ^= sym;
    s1 ^= gfMul(sym, alphaPow(i));
  });
  return [s0, s1];
}

/** The two check symbols c26, c27 that make the syndromes of the whole word zero. */
function checkSymbols(data: number[]): [number, number] {
  const [a, b] = syndromes(data);
  // c26 + c27 = A and c26·α^26 + c27·α^27 = B (addition is XOR in GF(2^m)).
  const a26 = alphaPow(DATA_SYMBOLS);
  const a27 = alphaPow(DATA_SYMBOLS + 1);
  const c27 = gfDiv(b ^ gfMul(a, a26), a26 ^ a27);
  return [a ^ c27, c27];
}

function charsToSymbols(values: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 2)
    out.push(((values[i] ?? 0) << 5) | (values[i + 1] ?? 0));
  return out;
}

function symbolsToChars(symbols: number[]): number[] {
  return symbols.flatMap((sym) => [sym >> 5, sym & 31]);
}

function bytesToChars(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >> bits) & 31);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31); // 256 = 51·5 + 1: the last char carries 4 zero bits
  return out;
}

function charsToBytes(values: number[]): Buffer {
  const out = Buffer.alloc(RECOVERY_SECRET_BYTES);
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (const value of values) {
    acc = (acc << 5) | value;
    bits += 5;
    if (bits >= 8 && n < RECOVERY_SECRET_BYTES) {
      bits -= 8;
      out[n] = (acc >> bits) & 0xff;
      n += 1;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/** A fresh 256-bit recovery secret from the OS CSPRNG. */
export function generateRecoverySecret(): Buffer {
  return randomBytes(RECOVERY_SECRET_BYTES);
}

/** Display form: 13 data groups + 1 check group of 4 Crockford-Base32 characters, dash-separated. */
export function formatRecoveryKey(secret: Uint8Array): string {
  if (secret.length !== RECOVERY_SECRET_BYTES) throw new RangeError('recovery secret is 32 bytes');
  const data = bytesToChars(secret);
  const check = symbolsToChars(checkSymbols(charsToSymbols(data)));
  const chars = [...data, ...check].map((v) => ALPHABET[v] ?? '?').join('');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return groups.join('-');
}

function badKey(message: string, details: Record<string, unknown>): AppError {
  return new AppError('WrongRecoveryKey', message, details);
}

/** Crockford decoding: case-insensitive, I and L read as 1, O as 0; U and anything else invalid. */
function decodeChar(ch: string): number {
  const upper = ch.toUpperCase();
  const mapped = upper === 'I' || upper === 'L' ? '1' : upper === 'O' ? '0' : upper;
  return ALPHABET.indexOf(mapped);
}

/**
 * Parse a typed recovery key back to the 32-byte secret. Tolerates case, spaces, dashes and the
 * I/L/O confusions. A mistyped key → AppError('WrongRecoveryKey') with details.reason and, when it
 * can be located, details.group (1-based, the check group is 14).
 */
export function parseRecoveryKey(text: string): Buffer {
  const compact = text.replace(/[\s\-\u2010-\u2015]/g, '');
  const values: number[] = [];
  for (let i = 0; i < compact.length; i += 1) {
    const value = decodeChar(compact[i] ?? '');
    if (value < 0) {
      const group = Math.floor(i / GROUP) + 1;
      throw badKey(`Group ${group} of the recovery key contains a character that cannot appear.`, {
        reason: 'character',
        group,
      });
    }
    values.push(value);
  }
  if (values.length !== TOTAL_CHARS) {
    throw badKey(
      `A recovery key has ${TOTAL_CHARS} characters (14 groups of 4); this one has ${values.length}.`,
      { reason: 'length', length: values.length },
    );
  }
  const symbols = charsToSymbols(values);
  const [s0, s1] = syndromes(symbols);
  if (s0 !== 0 || s1 !== 0) {
    // A single wrong symbol j with error e gives S0 = e, S1 = e·α^j, so α^j = S1 / S0.
    let group: number | undefined;
    if (s0 !== 0 && s1 !== 0) {
      const j = (gfLog(s1) - gfLog(s0) + GF_ORDER) % GF_ORDER;
      if (j < TOTAL_SYMBOLS) group = Math.floor((j * 2) / GROUP) + 1;
    }
    throw badKey(
      group
        ? `The recovery key does not check out; group ${group} looks mistyped.`
        : 'The recovery key does not check out; more than one group looks mistyped.',
      group ? { reason: 'checksum', group } : { reason: 'checksum' },
    );
  }
  const data = values.slice(0, DATA_CHARS);
  if (((data[DATA_CHARS - 1] ?? 0) & 0x0f) !== 0) {
    throw badKey('The recovery key does not check out; group 13 looks mistyped.', {
      reason: 'checksum',
      group: 13,
    });
  }
  return charsToBytes(data);
}
