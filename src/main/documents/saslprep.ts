/**
 * SASLprep (RFC 4013, a StringPrep profile of RFC 3454) for PDF passwords: ISO 32000-2 §7.6.4.3.2
 * asks for the password to be SASLprep-processed before it is encoded as UTF-8.
 *
 * The tables are RFC 3454's. Two simplifications, both stricter or equal for real passwords:
 * "unassigned" is today's Unicode (`\p{Cn}`), not Unicode 3.2, and the RandALCat set is taken as
 * the Hebrew, Arabic, Syriac, Thaana and N'Ko letters (RFC 3454 table D.1) by script.
 */

// Table C.1.2: non-ASCII space characters, mapped to U+0020.
const NON_ASCII_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
// Table B.1: commonly mapped to nothing. Code point ranges rather than a regex class: several are
// combining marks and variation selectors, which a character class would visually merge.
const MAPPED_TO_NOTHING: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x1806, 0x1806],
  [0x180b, 0x180d],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

function mappedToNothing(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return MAPPED_TO_NOTHING.some(([from, to]) => cp >= from && cp <= to);
}

// Tables C.2.1–C.9 (after mapping, so C.1.2 spaces and the B.1 joiners U+200C/U+200D are already
// gone), plus A.1 unassigned.
const PROHIBITED = new RegExp(
  [
    '[\\u0000-\\u001F\\u007F-\\u009F]', // C.2.1, C.2.2 controls
    '[\\u06DD\\u070F\\u180E\\u2028\\u2029\\u2060-\\u2063\\u206A-\\u206F\\uFEFF]',
    '[\\uFFF9-\\uFFFD\\u{1D173}-\\u{1D17A}]', // C.2.2, C.6
    '\\p{Co}', // C.3 private use
    '[\\uFDD0-\\uFDEF\\uFFFE\\uFFFF\\u{1FFFE}\\u{1FFFF}\\u{2FFFE}\\u{2FFFF}\\u{10FFFE}\\u{10FFFF}]', // C.4
    '\\p{Cs}', // C.5 surrogates (lone)
    '[\\u2FF0-\\u2FFB]', // C.7
    '[\\u0340\\u0341\\u200E\\u200F\\u202A-\\u202E]', // C.8
    '[\\u{E0001}\\u{E0020}-\\u{E007F}]', // C.9
    '\\p{Cn}', // A.1 unassigned (stored-string rule: a password is being set)
  ].join('|'),
  'u',
);

const RAND_AL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const RAND_AL_LETTER =
  /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]$/u;
const L_CAT = /[\p{L}]/u;

export class SaslprepError extends Error {}

export function saslprep(input: string): string {
  const mapped = [...input.replace(NON_ASCII_SPACE, ' ')]
    .filter((c) => !mappedToNothing(c))
    .join('');
  const normalised = mapped.normalize('NFKC');
  if (PROHIBITED.test(normalised)) {
    throw new SaslprepError('The password contains a character that SASLprep prohibits');
  }
  const chars = [...normalised];
  const hasRandAL = chars.some((c) => RAND_AL.test(c) && (L_CAT.test(c) || /\p{N}/u.test(c)));
  if (hasRandAL) {
    const hasL = chars.some((c) => L_CAT.test(c) && !RAND_AL.test(c));
    const first = chars[0] ?? '';
    const last = chars[chars.length - 1] ?? '';
    if (hasL || !RAND_AL_LETTER.test(first) || !RAND_AL_LETTER.test(last)) {
      throw new SaslprepError(
        'A right-to-left password must start and end with a right-to-left letter and mix no left-to-right letters',
      );
    }
  }
  return normalised;
}
