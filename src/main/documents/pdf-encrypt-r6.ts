import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Doc } from './pdf';
import { saslprep } from './saslprep';

/**
 * PDF password protection with the ISO 32000-2 standard security handler, revision 6 (V 5, R 6,
 * AES-256, AESV3 crypt filter).
 *
 * Why a hook into pdfkit rather than rewriting its output: pdfkit already knows exactly which bytes
 * are strings and streams of which object (it calls `_security.getEncryptFn(id, gen)` for every
 * indirect object it writes and applies the function to each string and to the stream data), and
 * it writes the trailer `/Encrypt` and `/ID` itself. Re-parsing finished bytes would mean a second
 * PDF tokenizer (literal strings with escapes and nesting, hex strings, stream lengths) and an
 * xref rebuild, all to recover information pdfkit had in hand. So we install our own security
 * handler object on the document, before any object is written, with the same three-member duck
 * interface pdfkit's `PDFSecurity` has (`dictionary`, `getEncryptFn`, `end`). pdfkit's own class
 * is never used: it writes only the deprecated R 5 handler (a single unsalted-iteration SHA-256,
 * no key stretching) and reuses one IV for every string of an object.
 *
 * What this writes (ISO 32000-2 §7.6.4):
 * - a random 32-byte file encryption key (node:crypto);
 * - /U and /O: the Algorithm 2.B hash of the password with an 8-byte validation salt, then that
 *   salt and an 8-byte key salt (/O also hashes in the 48-byte /U);
 * - /UE and /OE: the file key under AES-256-CBC, no padding, zero IV, keyed by the hash with the
 *   key salt;
 * - /Perms: P, 0xFFFFFFFF, "T" (metadata encrypted), "adb" and 4 random bytes under AES-256-ECB;
 * - every string and stream: AES-256-CBC with a fresh random 16-byte IV prepended, PKCS#7 padding;
 * - the trailer /ID as pdfkit computes it, unencrypted (R 6 does not use it for the key);
 * - catalog /Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 8 >> >>, the marker readers
 *   expect on a 1.7 file with the AES-256 R 6 handler (qpdf writes the same).
 *
 * Encrypted output is not reproducible byte for byte (salts, key and IVs are random); check the
 * decrypted content instead.
 */

const permissionsSchema = z.strictObject({
  printing: z.enum(['none', 'lowResolution', 'highResolution']).optional(),
  modifying: z.boolean().optional(),
  copying: z.boolean().optional(),
  annotating: z.boolean().optional(),
  fillingForms: z.boolean().optional(),
  contentAccessibility: z.boolean().optional(),
  documentAssembly: z.boolean().optional(),
});
export type PdfPermissions = z.infer<typeof permissionsSchema>;

export const pdfProtectionSchema = z.strictObject({
  /** Needed to open the document. */
  userPassword: z.string().min(1).max(1024),
  /**
   * Unlocks the permissions below. Default: 32 random bytes nobody knows, so the restrictions
   * cannot be lifted by someone who only has the opening password.
   */
  ownerPassword: z.string().min(1).max(1024).optional(),
  /** Default: print (high quality), copy text, accessibility; no editing or page assembly. */
  permissions: permissionsSchema.optional(),
});
export type PdfProtection = z.infer<typeof pdfProtectionSchema>;

const DEFAULT_PERMISSIONS: PdfPermissions = {
  printing: 'highResolution',
  copying: true,
  contentAccessibility: true,
};

/**
 * The /P value (ISO 32000-2 Table 22): bits 1–2 clear, 7–8 and 13–32 set, the rest as granted.
 * Returned as a signed 32-bit integer, as PDF writes it.
 */
export function permissionBits(permissions: PdfPermissions = DEFAULT_PERMISSIONS): number {
  let p = 0xfffff0c0;
  const bit = (n: number) => 1 << (n - 1);
  if (permissions.printing && permissions.printing !== 'none') p |= bit(3);
  if (permissions.printing === 'highResolution') p |= bit(12);
  if (permissions.modifying) p |= bit(4);
  if (permissions.copying) p |= bit(5);
  if (permissions.annotating) p |= bit(6);
  if (permissions.fillingForms) p |= bit(9);
  if (permissions.contentAccessibility) p |= bit(10);
  if (permissions.documentAssembly) p |= bit(11);
  return p | 0;
}

/** ISO 32000-2 §7.6.4.3.2: SASLprep, UTF-8, at most 127 bytes. */
export function preparePassword(password: string): Buffer {
  return Buffer.from(saslprep(password), 'utf8').subarray(0, 127);
}

function aesNoPadding(
  algorithm: 'aes-128-cbc' | 'aes-256-cbc' | 'aes-256-ecb',
  key: Uint8Array,
  iv: Uint8Array | null,
  data: Uint8Array,
): Buffer {
  const cipher = createCipheriv(algorithm, key, iv);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/**
 * Algorithm 2.B (ISO 32000-2 §7.6.4.3.4): SHA-256 of password ‖ salt ‖ udata, then at least 64
 * rounds in which K1 = (password ‖ K ‖ udata) × 64 is AES-128-CBC encrypted (key K[0..16], IV
 * K[16..32]) and the next K is SHA-256, -384 or -512 of the result, chosen by the first 16 bytes
 * mod 3; it stops once the last byte of E is ≤ round − 32. udata is the 48-byte /U for the owner
 * password and empty for the user password.
 */
export function hashR6(password: Uint8Array, salt: Uint8Array, udata: Uint8Array): Buffer {
  let k: Buffer = createHash('sha256').update(password).update(salt).update(udata).digest();
  let e: Buffer = Buffer.alloc(0);
  for (let round = 0; round < 64 || (e[e.length - 1] ?? 0) > round - 32;) {
    const block = Buffer.concat([password, k, udata]);
    const k1 = Buffer.alloc(block.length * 64);
    for (let i = 0; i < 64; i += 1) block.copy(k1, i * block.length);
    e = aesNoPadding('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32), k1);
    // A 128-bit big-endian number mod 3 equals its byte sum mod 3, because 256 ≡ 1 (mod 3).
    let sum = 0;
    for (let i = 0; i < 16; i += 1) sum += e[i] ?? 0;
    const algorithm = (['sha256', 'sha384', 'sha512'] as const)[sum % 3] ?? 'sha256';
    k = createHash(algorithm).update(e).digest();
    round += 1;
  }
  return k.subarray(0, 32);
}

export interface R6Entries {
  U: Buffer;
  UE: Buffer;
  O: Buffer;
  OE: Buffer;
  Perms: Buffer;
  P: number;
}

type Random = (size: number) => Buffer;

/** The Encrypt dictionary's key entries (Algorithms 8, 9 and 10 of ISO 32000-2). */
export function r6Entries(
  userPassword: Uint8Array,
  ownerPassword: Uint8Array,
  fileKey: Uint8Array,
  p: number,
  random: Random = randomBytes,
): R6Entries {
  if (fileKey.length !== 32) throw new Error('The R6 file key is 32 bytes');
  const zeroIv = Buffer.alloc(16);
  const empty = Buffer.alloc(0);

  const userValidationSalt = random(8);
  const userKeySalt = random(8);
  const U = Buffer.concat([
    hashR6(userPassword, userValidationSalt, empty),
    userValidationSalt,
    userKeySalt,
  ]);
  const UE = aesNoPadding('aes-256-cbc', hashR6(userPassword, userKeySalt, empty), zeroIv, fileKey);

  const ownerValidationSalt = random(8);
  const ownerKeySalt = random(8);
  const O = Buffer.concat([
    hashR6(ownerPassword, ownerValidationSalt, U),
    ownerValidationSalt,
    ownerKeySalt,
  ]);
  const OE = aesNoPadding('aes-256-cbc', hashR6(ownerPassword, ownerKeySalt, U), zeroIv, fileKey);

  const perms = Buffer.alloc(16);
  perms.writeInt32LE(p, 0);
  perms.fill(0xff, 4, 8);
  perms.write('Tadb', 8, 'latin1'); // T: /EncryptMetadata true
  random(4).copy(perms, 12);
  const Perms = aesNoPadding('aes-256-ecb', fileKey, null, perms);
  return { U, UE, O, OE, Perms, P: p };
}

/** AES-256-CBC with a fresh random IV, prepended, and PKCS#7 padding (§7.6.3, AESV3). */
export function encryptObjectData(
  fileKey: Uint8Array,
  data: Uint8Array,
  random: Random = randomBytes,
): Buffer {
  const iv = random(16);
  const cipher = createCipheriv('aes-256-cbc', fileKey, iv);
  return Buffer.concat([iv, cipher.update(data), cipher.final()]);
}

/** The members of pdfkit's document this hook relies on; checked at run time. */
interface PdfkitSecurityHost {
  _security?: unknown;
  _offsets?: (number | null)[];
  _root?: { data: Record<string, unknown> };
  ref(data: Record<string, unknown>): { id: number; end(): void };
}

/**
 * Make `doc` write an R 6 encrypted PDF. Call right after `new PDFDocument(...)`, before anything
 * is drawn; the document must have been created without pdfkit's own password options.
 */
export function installR6Encryption(
  doc: Doc,
  protection: PdfProtection,
  random: Random = randomBytes,
): void {
  const host = doc as unknown as PdfkitSecurityHost;
  if (host._security)
    throw new Error('The document already has pdfkit encryption; pass no pdfkit password');
  if (
    !Array.isArray(host._offsets) ||
    typeof host.ref !== 'function' ||
    typeof host._root?.data !== 'object'
  ) {
    // A pdfkit upgrade renamed the internals: fail loudly rather than write an unencrypted file.
    throw new Error('pdfkit internals changed: re-check src/main/documents/pdf-encrypt-r6.ts');
  }
  if (host._offsets.some((offset) => offset !== null)) {
    throw new Error('R6 encryption must be installed before any PDF object is written');
  }

  const userPassword = preparePassword(protection.userPassword);
  const ownerPassword = protection.ownerPassword
    ? preparePassword(protection.ownerPassword)
    : random(32);
  const fileKey = random(32);
  const entries = r6Entries(
    userPassword,
    ownerPassword,
    fileKey,
    permissionBits(protection.permissions ?? DEFAULT_PERMISSIONS),
    random,
  );

  // Uint8Array values are written as hex strings and never passed to the encrypt function, which is
  // what the Encrypt dictionary needs (its own strings are not encrypted).
  const dictionary = host.ref({
    Filter: 'Standard',
    V: 5,
    R: 6,
    Length: 256,
    CF: { StdCF: { AuthEvent: 'DocOpen', CFM: 'AESV3', Length: 32 } },
    StmF: 'StdCF',
    StrF: 'StdCF',
    O: entries.O,
    U: entries.U,
    OE: entries.OE,
    UE: entries.UE,
    P: entries.P,
    Perms: entries.Perms,
  });
  host._root.data.Extensions = { ADBE: { BaseVersion: '1.7', ExtensionLevel: 8 } };
  host._security = {
    dictionary,
    getEncryptFn(objectId: number): ((data: Uint8Array) => Uint8Array) | null {
      if (objectId === dictionary.id) return null;
      return (data) => encryptObjectData(fileKey, data, random);
    },
    end(): void {
      dictionary.end();
    },
  };
}
