import { execFileSync } from 'node:child_process';
import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encryptObjectData,
  hashR6,
  permissionBits,
  preparePassword,
} from '../../../src/main/documents/pdf-encrypt-r6';
import { renderDocument } from '../../../src/main/documents/render';
import type { DocumentSpec, RenderOptions } from '../../../src/main/documents/spec';
import {
  cleanupPdfFiles,
  pdfInfo,
  pdfText,
  pdfTextWithPassword,
  qpdfCheckWithPassword,
  qpdfJson,
  qpdfShowEncryption,
  tryRun,
  writePdf,
} from './pdf-tools';

const USER = 'mật khẩu 王芳 2026';
const OWNER = 'owner: Nguyễn Thị Minh Khai';

const SPEC: DocumentSpec = {
  blocks: [
    { type: 'title', text: 'Investigation report', subtitle: 'Case ER-2026-0042' },
    { type: 'heading', level: 1, text: 'Parties' },
    {
      type: 'paragraph',
      text: 'Complainant: Nguyễn Thị Minh Khai. Respondent: 王芳. Witness: Zoë Ångström (HR).',
    },
    {
      type: 'table',
      columns: [{ header: 'Exhibit' }, { header: 'Description', weight: 4 }],
      rows: [['E1', 'Email from 王芳 (3 March), with “quotes” and \\ backslash']],
    },
  ],
};

const OPTIONS: RenderOptions = {
  title: 'Investigation report — Nguyễn (ER-2026-0042)',
  lang: 'en-GB',
  organisation: { name: 'Marks & Spencer (Test) Ltd' },
  documentId: 'DOC-7f3a-0042',
  createdAt: new Date('2026-03-20T10:00:00Z'),
};

let plainPath = '';
let lockedPath = '';
let locked: Buffer;
let plain: Buffer;

beforeAll(async () => {
  plain = await renderDocument(SPEC, OPTIONS);
  locked = await renderDocument(SPEC, {
    ...OPTIONS,
    protection: { userPassword: USER, ownerPassword: OWNER },
  });
  plainPath = writePdf(plain);
  lockedPath = writePdf(locked);
});
afterAll(cleanupPdfFiles);

function aesDecryptNoPadding(
  algorithm: 'aes-256-cbc' | 'aes-256-ecb',
  key: Buffer,
  data: Buffer,
): Buffer {
  const decipher = createDecipheriv(
    algorithm,
    key,
    algorithm === 'aes-256-cbc' ? Buffer.alloc(16) : null,
  );
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

type Objects = Record<string, { value?: Record<string, unknown> }>;

function encryptDictionary(path: string, password: string) {
  const json = qpdfJson(path, password);
  const objects = json.qpdf[1] as Objects;
  const trailer = objects.trailer?.value ?? {};
  const ref = String(trailer['/Encrypt']);
  const dict = objects[`obj:${ref}`]?.value ?? {};
  const bytes = (key: string) => Buffer.from(String(dict[key]).replace(/^b:/, ''), 'hex');
  return { json, trailer, dict, bytes };
}

describe('R 6 encryption of a rendered document', () => {
  it('qpdf reports the ISO 32000-2 AES-256 R 6 handler with AESv3 for streams, strings and files', () => {
    const report = qpdfShowEncryption(lockedPath, USER);
    expect(report).toContain('R = 6');
    expect(report).toContain('stream encryption method: AESv3');
    expect(report).toContain('string encryption method: AESv3');
    expect(report).toContain('file encryption method: AESv3');
    expect(report).toContain('Supplied password is user password');
    expect(qpdfShowEncryption(lockedPath, OWNER)).toContain('Supplied password is owner password');
  });

  it('is structurally clean with either password', () => {
    for (const password of [USER, OWNER]) {
      const check = qpdfCheckWithPassword(lockedPath, password);
      expect(check).toContain('PDF Version: 1.7 extension level 8');
      expect(check).toContain('No syntax or stream encoding errors found');
    }
  });

  it('writes the V 5 / R 6 Encrypt dictionary and keeps the document ID', () => {
    const { json, dict, trailer } = encryptDictionary(lockedPath, USER);
    expect(json.encrypt.parameters).toMatchObject({ R: 6, V: 5, bits: 256, method: 'AESv3' });
    expect(dict).toMatchObject({
      '/Filter': '/Standard',
      '/V': 5,
      '/R': 6,
      '/Length': 256,
      '/CF': { '/StdCF': { '/AuthEvent': '/DocOpen', '/CFM': '/AESV3', '/Length': 32 } },
      '/StmF': '/StdCF',
      '/StrF': '/StdCF',
      '/P': permissionBits(),
    });
    for (const key of ['/U', '/O']) expect(String(dict[key])).toMatch(/^b:[0-9a-f]{96}$/);
    for (const key of ['/UE', '/OE']) expect(String(dict[key])).toMatch(/^b:[0-9a-f]{64}$/);
    expect(String(dict['/Perms'])).toMatch(/^b:[0-9a-f]{32}$/);
    const plainTrailer = (qpdfJson(plainPath, '').qpdf[1] as Objects).trailer?.value ?? {};
    expect(trailer['/ID']).toEqual(plainTrailer['/ID']);
  });

  it('decrypts to exactly the text of the unencrypted rendering', () => {
    const text = pdfTextWithPassword(lockedPath, USER);
    expect(text).toBe(pdfText(plainPath));
    expect(text).toContain('Nguyễn Thị Minh Khai');
    expect(text).toContain('王芳');
    expect(tryRun('pdftotext', ['-enc', 'UTF-8', '-opw', OWNER, lockedPath, '-']).stdout).toBe(
      text,
    );
    const info = (path: string, pw: string[]) =>
      Object.fromEntries(
        execFileSync('pdfinfo', [...pw, path], { encoding: 'utf8' })
          .split('\n')
          .map((l) => l.split(/:\s+/, 2)),
      ) as Record<string, string>;
    const lockedInfo = info(lockedPath, ['-upw', USER]);
    expect(lockedInfo.Title).toBe(pdfInfo(plainPath).Title);
    expect(lockedInfo.Author).toBe('Marks & Spencer (Test) Ltd');
    expect(lockedInfo.Encrypted).toMatch(/^yes .*AES-256/);
  });

  it('cannot be opened without the password or with a wrong one', () => {
    for (const args of [[], ['-upw', 'wrong'], ['-upw', USER.toUpperCase()]]) {
      const result = tryRun('pdftotext', [...args, lockedPath, '-']);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/Incorrect password/);
    }
    for (const password of ['', 'wrong']) {
      const result = tryRun('qpdf', ['--check', `--password=${password}`, lockedPath]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/invalid password/);
    }
  });

  it('leaves no readable string or metadata in the bytes', () => {
    // The XMP packet is an uncompressed stream: readable in the plain file, not in the locked one.
    expect(plain.includes('dc:title')).toBe(true);
    expect(locked.includes('dc:title')).toBe(false);
    expect(locked.includes('Confidant')).toBe(false);
    expect(locked.includes('Marks')).toBe(false);
    expect(locked.includes(Buffer.from('\ufeffInvestigation', 'utf16le').swap16())).toBe(false);
  });

  it('uses a fresh random IV for every string and stream', () => {
    const key = Buffer.alloc(32, 7);
    const a = encryptObjectData(key, Buffer.from('same'));
    const b = encryptObjectData(key, Buffer.from('same'));
    expect(a.length).toBe(32); // 16-byte IV + one padded block
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false);
    expect(encryptObjectData(key, Buffer.alloc(0)).length).toBe(32); // PKCS#7: a full pad block
  });

  it('renders each time with new salts and a new file key', async () => {
    const again = await renderDocument(SPEC, { ...OPTIONS, protection: { userPassword: USER } });
    const other = writePdf(again);
    const first = encryptDictionary(lockedPath, USER);
    const second = encryptDictionary(other, USER);
    expect(second.dict['/U']).not.toEqual(first.dict['/U']);
    expect(second.json.encrypt.parameters.key).not.toBe(first.json.encrypt.parameters.key);
    // No owner password given: a random one, so the user password is not also the owner's.
    expect(qpdfShowEncryption(other, USER)).toContain('Supplied password is user password');
    expect(tryRun('qpdf', ['--show-encryption', `--password=${USER}`, other]).stdout).not.toContain(
      'owner password',
    );
  });

  it('refuses an empty password by field name', async () => {
    await expect(
      renderDocument(SPEC, { ...OPTIONS, protection: { userPassword: '' } }),
    ).rejects.toThrow(/protection\.userPassword/);
  });
});

describe('Algorithm 2.B and the key entries, checked against qpdf’s own R 6 encryption', () => {
  // qpdf encrypts the plain file itself; our hash must validate its /U and /O and unwrap its
  // /UE and /OE to the file key qpdf reports. This is an independent known-answer test.
  let dict: ReturnType<typeof encryptDictionary>;
  const qpdfUser = 'Nguyễn 王芳 user';
  const qpdfOwner = 'owner pass';

  beforeAll(() => {
    const out = `${plainPath}.qpdf.pdf`;
    execFileSync('qpdf', ['--encrypt', qpdfUser, qpdfOwner, '256', '--', plainPath, out]);
    dict = encryptDictionary(out, qpdfUser);
  });

  it('validates the user password and unwraps /UE to the file key', () => {
    const U = dict.bytes('/U');
    const pw = preparePassword(qpdfUser);
    expect(hashR6(pw, U.subarray(32, 40), Buffer.alloc(0)).equals(U.subarray(0, 32))).toBe(true);
    const key = aesDecryptNoPadding(
      'aes-256-cbc',
      hashR6(pw, U.subarray(40, 48), Buffer.alloc(0)),
      dict.bytes('/UE'),
    );
    expect(key.toString('hex')).toBe(dict.json.encrypt.parameters.key);
  });

  it('validates the owner password (hashed with /U) and unwraps /OE and /Perms', () => {
    const U = dict.bytes('/U');
    const O = dict.bytes('/O');
    const pw = preparePassword(qpdfOwner);
    expect(hashR6(pw, O.subarray(32, 40), U).equals(O.subarray(0, 32))).toBe(true);
    const key = aesDecryptNoPadding(
      'aes-256-cbc',
      hashR6(pw, O.subarray(40, 48), U),
      dict.bytes('/OE'),
    );
    expect(key.toString('hex')).toBe(dict.json.encrypt.parameters.key);
    const perms = aesDecryptNoPadding('aes-256-ecb', key, dict.bytes('/Perms'));
    expect(perms.readInt32LE(0)).toBe(dict.json.encrypt.parameters.P);
    expect(perms.subarray(9, 12).toString('latin1')).toBe('adb');
  });

  it('rejects a wrong password', () => {
    const U = dict.bytes('/U');
    const wrong = hashR6(preparePassword('nope'), U.subarray(32, 40), Buffer.alloc(0));
    expect(wrong.equals(U.subarray(0, 32))).toBe(false);
  });
});

describe('password preparation (SASLprep, UTF-8, 127 bytes)', () => {
  it.each([
    ['plain ASCII', 'secret', 'secret'],
    ['decomposed Vietnamese becomes composed (NFKC)', 'ma\u0323\u0302t', 'mật'],
    ['compatibility ligature folded (NFKC)', 'ﬁle', 'file'],
    ['non-ASCII space mapped to a space', 'a\u00a0b\u3000c', 'a b c'],
    ['soft hyphen and zero-width joiner mapped to nothing', 'pa\u00adss\u200dword', 'password'],
    ['Chinese kept', '王芳', '王芳'],
  ])('%s', (_label, input, expected) => {
    expect(preparePassword(input).toString('utf8')).toBe(expected);
  });

  it.each([
    ['a control character', 'pass\u0007word'],
    ['a private-use character', 'pass\ue000'],
    ['a lone surrogate', 'pass\ud800'],
    ['mixed right-to-left and left-to-right letters', 'abc\u05d0'],
  ])('refuses %s', (_label, input) => {
    expect(() => preparePassword(input)).toThrow();
  });

  it('truncates to 127 bytes of UTF-8', async () => {
    const long = 'ễ'.repeat(50); // 3 bytes each: 150 bytes
    expect(preparePassword(long).length).toBe(127);
    const path = writePdf(
      await renderDocument(SPEC, { ...OPTIONS, protection: { userPassword: long } }),
    );
    // qpdf truncates the same way, so the full password and its first 127 bytes both open it.
    expect(qpdfShowEncryption(path, long)).toContain('R = 6');
    const ascii = 'x'.repeat(127);
    const asciiPath = writePdf(
      await renderDocument(SPEC, { ...OPTIONS, protection: { userPassword: `${ascii}tail` } }),
    );
    expect(qpdfShowEncryption(asciiPath, ascii)).toContain('Supplied password is user password');
  });
});

describe('permission bits', () => {
  it.each([
    ['default: print high, copy, accessibility', undefined, -1324],
    ['nothing granted', { printing: 'none' as const }, -3904],
    [
      'everything',
      {
        printing: 'highResolution' as const,
        modifying: true,
        copying: true,
        annotating: true,
        fillingForms: true,
        contentAccessibility: true,
        documentAssembly: true,
      },
      -4,
    ],
  ])('%s', (_label, permissions, expected) => {
    expect(permissionBits(permissions)).toBe(expected);
  });

  it('is read back by qpdf', () => {
    const report = qpdfShowEncryption(lockedPath, USER);
    expect(report).toContain('print high resolution: allowed');
    expect(report).toContain('modify anything: not allowed');
    expect(readFileSync(lockedPath).length).toBeGreaterThan(1000);
  });
});
