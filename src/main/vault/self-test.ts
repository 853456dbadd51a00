import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../ipc/app-error';
import type { KdfRunner } from './kdf';
import { aeadOpen, aeadSeal, hkdf } from './keys';

/**
 * Start-up known-answer tests (vault.md §2, test A5). Electron ships BoringSSL, not OpenSSL, and a
 * packaging mistake could drop the WASM Argon2 or the worker: check every primitive the vault uses,
 * through the same code paths the vault uses, before the first unlock. Any mismatch or missing
 * primitive → CryptoSelfTestFailed, and the app must refuse to unlock.
 */

const hex = (text: string): Buffer => Buffer.from(text, 'hex');

// NIST GCM specification (McGrew & Viega), test case 16: AES-256, 96-bit IV, with AAD.
const GCM_KEY = hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
const GCM_IV = hex('cafebabefacedbaddecaf888');
const GCM_AAD = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
const GCM_PT = hex(
  'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
    '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
);
const GCM_CT_TAG = hex(
  '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
    '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
    '76fc6ece0f4e1768cddf8853bb2d551b',
);

// RFC 5869 test case 1 (HKDF-SHA-256).
const HKDF_IKM = Buffer.alloc(22, 0x0b);
const HKDF_SALT = hex('000102030405060708090a0b0c');
const HKDF_INFO = hex('f0f1f2f3f4f5f6f7f8f9');
const HKDF_OKM = hex(
  '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
);

// FIPS 180-2 "abc"; RFC 4231 test case 2 (HMAC-SHA-256, key "Jefe").
const SHA256_ABC = hex('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
const HMAC_OUT = hex('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');

/**
 * Argon2id v1.3, m = 64 KiB, t = 2, p = 2, 32-byte output. Small so the self-test stays fast; the
 * value was produced by the reference C implementation (the native `argon2` package) and matches
 * hash-wasm — tests/unit/vault/self-test.test.ts recomputes it with both.
 */
export const ARGON2_KAT = {
  secret: Buffer.from('confidant self-test passphrase', 'utf8'),
  params: { m: 64, t: 2, p: 2, salt: Buffer.from('confidant/v1/kat', 'utf8') },
  expected: hex('cf91a4189d80ca0829d30ba90d283c46dfcf4fb98c7407f066ad656c8df62b7c'),
} as const;

function same(a: Uint8Array | null, b: Uint8Array): boolean {
  return a !== null && a.length === b.length && timingSafeEqual(a, b);
}

function check(primitive: string, run: () => boolean): void {
  let ok: boolean;
  try {
    ok = run();
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new AppError('CryptoSelfTestFailed', `The ${primitive} self-test failed.`, { primitive });
  }
}

/** Synchronous known answers for the node:crypto primitives. */
export function selfTestPrimitives(): void {
  check('sha256', () => same(createHash('sha256').update('abc').digest(), SHA256_ABC));
  check('hmac-sha256', () =>
    same(createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest(), HMAC_OUT),
  );
  check('hkdf-sha256', () => same(hkdf(HKDF_IKM, HKDF_SALT, HKDF_INFO, 42), HKDF_OKM));
  check('aes-256-gcm', () => same(aeadSeal(GCM_KEY, GCM_IV, GCM_PT, GCM_AAD), GCM_CT_TAG));
  check('aes-256-gcm-open', () => same(aeadOpen(GCM_KEY, GCM_IV, GCM_CT_TAG, GCM_AAD), GCM_PT));
  check('aes-256-gcm-reject', () => {
    const forged = Buffer.from(GCM_CT_TAG);
    forged[forged.length - 1] = (forged[forged.length - 1] ?? 0) ^ 1;
    return aeadOpen(GCM_KEY, GCM_IV, forged, GCM_AAD) === null;
  });
  check('csprng', () => {
    const a = randomBytes(32);
    const b = randomBytes(32);
    return a.length === 32 && !a.equals(b) && a.some((byte) => byte !== 0);
  });
}

/** Full start-up self-test, including Argon2id through the real KDF runner (the worker). */
export async function runCryptoSelfTest(runner: KdfRunner): Promise<void> {
  selfTestPrimitives();
  let output: Buffer | null = null;
  try {
    output = await runner.derive(ARGON2_KAT.secret, { ...ARGON2_KAT.params });
  } catch {
    output = null;
  }
  check('argon2id', () => same(output, ARGON2_KAT.expected));
}
