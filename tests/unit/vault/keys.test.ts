import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/ipc/app-error';
import {
  aeadOpen,
  aeadSeal,
  deriveVaultKeys,
  hkdf,
  randomKey,
  unwrapCaseKey,
  wrapCaseKey,
  zeroize,
} from '../../../src/main/vault/keys';

const hex = (text: string): Buffer => Buffer.from(text, 'hex');
const range = (from: number, to: number): Buffer =>
  Buffer.from(Array.from({ length: to - from + 1 }, (_, i) => from + i));

describe('HKDF-SHA-256 (RFC 5869 appendix A)', () => {
  it('case 1: basic', () => {
    const okm = hkdf(Buffer.alloc(22, 0x0b), range(0x00, 0x0c), range(0xf0, 0xf9), 42);
    expect(okm.toString('hex')).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });

  it('case 2: long inputs', () => {
    const okm = hkdf(range(0x00, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82);
    expect(okm.toString('hex')).toBe(
      'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c' +
        '59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71' +
        'cc30c58179ec3e87c14c01d5c1f3434f1d87',
    );
  });

  it('case 3: empty salt and info', () => {
    const okm = hkdf(Buffer.alloc(22, 0x0b), Buffer.alloc(0), '', 42);
    expect(okm.toString('hex')).toBe(
      '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    );
  });
});

// The GCM specification's AES-256 test cases 13–16 (96-bit IV).
const K16 = hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
const IV16 = hex('cafebabefacedbaddecaf888');
const P16 = hex(
  'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
    '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255',
);
const C16 = hex(
  '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
    '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad',
);
const gcmCases = [
  {
    name: 'case 13 (empty)',
    key: Buffer.alloc(32),
    iv: Buffer.alloc(12),
    pt: Buffer.alloc(0),
    aad: Buffer.alloc(0),
    out: '530f8afbc74536b9a963b4f1c4cb738b',
  },
  {
    name: 'case 14 (one zero block)',
    key: Buffer.alloc(32),
    iv: Buffer.alloc(12),
    pt: Buffer.alloc(16),
    aad: Buffer.alloc(0),
    out: 'cea7403d4d606b6e074ec5d3baf39d18' + 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'case 15 (no AAD)',
    key: K16,
    iv: IV16,
    pt: P16,
    aad: Buffer.alloc(0),
    out: C16.toString('hex') + 'b094dac5d93471bdec1a502270e3cc6c',
  },
  {
    name: 'case 16 (with AAD)',
    key: K16,
    iv: IV16,
    pt: P16.subarray(0, 60),
    aad: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2'),
    out: C16.subarray(0, 60).toString('hex') + '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM', () => {
  it.each(gcmCases)('$name seals and opens byte-identically', ({ key, iv, pt, aad, out }) => {
    const sealed = aeadSeal(key, iv, pt, aad);
    expect(sealed.toString('hex')).toBe(out);
    expect(aeadOpen(key, iv, sealed, aad)?.toString('hex')).toBe(pt.toString('hex'));
  });

  it('rejects a wrong tag, ciphertext, AAD, nonce or key and releases nothing', () => {
    const { key, iv, pt, aad } = gcmCases[3]!;
    const sealed = aeadSeal(key, iv, pt, aad);
    for (let i = 0; i < sealed.length; i += 1) {
      const forged = Buffer.from(sealed);
      forged[i] = (forged[i] ?? 0) ^ 0x80;
      expect(aeadOpen(key, iv, forged, aad)).toBeNull();
    }
    expect(aeadOpen(key, iv, sealed, Buffer.from('other'))).toBeNull();
    expect(aeadOpen(key, Buffer.alloc(12), sealed, aad)).toBeNull();
    expect(aeadOpen(Buffer.alloc(32), iv, sealed, aad)).toBeNull();
    expect(aeadOpen(key, iv, sealed.subarray(0, 15), aad)).toBeNull();
  });

  it('refuses wrong key and nonce sizes', () => {
    expect(() =>
      aeadSeal(Buffer.alloc(16), Buffer.alloc(12), Buffer.alloc(1), Buffer.alloc(0)),
    ).toThrow(RangeError);
    expect(() =>
      aeadSeal(Buffer.alloc(32), Buffer.alloc(16), Buffer.alloc(1), Buffer.alloc(0)),
    ).toThrow(RangeError);
  });
});

describe('vault key hierarchy', () => {
  it('derives three distinct, deterministic keys bound to the vaultId', () => {
    const vk = randomKey();
    const vaultId = Buffer.alloc(16, 7);
    const a = deriveVaultKeys(vk, vaultId);
    const b = deriveVaultKeys(vk, vaultId);
    expect(a.indexKey.equals(b.indexKey)).toBe(true);
    const all = [a.indexKey, a.auditKey, a.wrapKey].map((k) => k.toString('hex'));
    expect(new Set(all).size).toBe(3);
    expect(a.indexKey.equals(hkdf(vk, vaultId, 'confidant/v1/index'))).toBe(true);
    expect(a.auditKey.equals(hkdf(vk, vaultId, 'confidant/v1/audit'))).toBe(true);
    expect(a.wrapKey.equals(hkdf(vk, vaultId, 'confidant/v1/wrap-case'))).toBe(true);
    const other = deriveVaultKeys(vk, Buffer.alloc(16, 8));
    expect(other.indexKey.equals(a.indexKey)).toBe(false);
  });

  it('wraps case keys bound to vault and case', () => {
    const { wrapKey } = deriveVaultKeys(randomKey(), Buffer.alloc(16, 1));
    const vaultId = Buffer.alloc(16, 1);
    const caseId = Buffer.alloc(16, 2);
    const ck = randomKey();
    const wrapped = wrapCaseKey(wrapKey, vaultId, caseId, ck);
    expect(wrapped.length).toBe(60);
    expect(unwrapCaseKey(wrapKey, vaultId, caseId, wrapped).equals(ck)).toBe(true);
    // Fresh nonce per wrap.
    expect(wrapCaseKey(wrapKey, vaultId, caseId, ck).equals(wrapped)).toBe(false);
    const attempts = [
      () => unwrapCaseKey(wrapKey, vaultId, Buffer.alloc(16, 3), wrapped),
      () => unwrapCaseKey(wrapKey, Buffer.alloc(16, 9), caseId, wrapped),
      () => unwrapCaseKey(randomKey(), vaultId, caseId, wrapped),
      () => unwrapCaseKey(wrapKey, vaultId, caseId, wrapped.subarray(1)),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(AppError);
      expect(() => attempt()).toThrow(expect.objectContaining({ code: 'DocCorrupt' }));
    }
  });

  it('zeroize overwrites every buffer and ignores missing ones', () => {
    const a = randomKey();
    const b = randomKey();
    zeroize(a, null, b, undefined);
    expect(a.every((x) => x === 0) && b.every((x) => x === 0)).toBe(true);
  });
});
