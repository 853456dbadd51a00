import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderEmergencyKit,
  type EmergencyKitInput,
} from '../../../src/main/documents/emergency-kit';
import { formatRecoveryKey, generateRecoverySecret } from '../../../src/main/vault/recovery-key';
import { cleanupPdfFiles, flatText, pdfFonts, pdfInfo, qpdfCheck, writePdf } from './pdf-tools';

const recoveryKey = formatRecoveryKey(generateRecoverySecret());
const groups = recoveryKey.split('-');

const INPUT: EmergencyKitInput = {
  vaultName: 'Acme HR — 王小明 cases',
  vaultPath: '/home/zoë/Documents/Confidant/Acme HR — Nguyễn Thị Minh Khai',
  vaultId: 'Q3v9kX2mP0aLr7T1bN8cYw',
  createdAt: new Date('2026-11-22T08:46:00Z'),
  recoveryKey,
};

let path = '';
let text = '';

beforeAll(async () => {
  path = writePdf(await renderEmergencyKit(INPUT));
  text = flatText(path);
});
afterAll(cleanupPdfFiles);

describe('renderEmergencyKit', () => {
  it('is exactly one page and structurally sound', () => {
    expect(pdfInfo(path).Pages).toBe('1');
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors');
    for (const font of pdfFonts(path)) expect(font).toMatchObject({ embedded: true, subset: true });
  });

  it('names the vault: name, folder, id and creation time', () => {
    expect(text).toContain('Confidant emergency kit');
    expect(text).toContain('Acme HR — 王小明 cases');
    expect(text).toContain('/home/zoë/Documents/Confidant/Acme HR — Nguyễn Thị Minh Khai');
    expect(text).toContain('Q3v9kX2mP0aLr7T1bN8cYw');
    expect(text).toContain('2026-11-22 08:46 UTC');
  });

  it('prints every recovery-key group, in order, and marks the check group', () => {
    expect(groups).toHaveLength(14);
    const positions = groups.map((g) => text.indexOf(g));
    for (const [i, group] of groups.entries())
      expect(positions[i], group).toBeGreaterThanOrEqual(0);
    expect(text).toContain('CHECK');
    // The grid reads row by row in the content stream; the check group comes last.
    expect(text.indexOf(groups[13] ?? '')).toBeGreaterThan(text.indexOf('CHECK'));
  });

  it('explains what the key is, how to store it and how to use it', () => {
    expect(text).toContain('Anyone with this key and the vault folder can read every case.');
    expect(text).toMatch(/offline, for example in a safe/);
    expect(text).toContain('Unlock → Use recovery key');
    expect(text).toMatch(/do not keep a digital copy on this computer/);
    expect(text).toContain('Where I stored this page');
    // The kit must never invite writing the passphrase down.
    expect(text).toContain('Never write your passphrase on this page');
    expect(text).not.toMatch(/passphrase hint|write your passphrase here/i);
  });

  it('stays on one page on US Letter and with an absurdly long folder path', async () => {
    const letter = writePdf(await renderEmergencyKit({ ...INPUT, pageSize: 'LETTER' }));
    expect(pdfInfo(letter)['Page size']).toContain('612 x 792');
    expect(pdfInfo(letter).Pages).toBe('1');
    expect(flatText(letter)).toContain('Never write your passphrase');

    const longPath = `/home/zoe/${'very-long-folder-name/'.repeat(60)}Acme HR`;
    const squeezed = writePdf(
      await renderEmergencyKit({ ...INPUT, vaultPath: longPath, pageSize: 'LETTER' }),
    );
    expect(pdfInfo(squeezed).Pages).toBe('1');
    const squeezedText = flatText(squeezed);
    for (const group of groups) expect(squeezedText).toContain(group);
    expect(squeezedText).toContain('Unlock → Use recovery key');
    expect(squeezedText).toContain('(shortened)');
  });

  it('prints the key in canonical form whatever the caller passed', async () => {
    const sloppy = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `;
    const kit = flatText(writePdf(await renderEmergencyKit({ ...INPUT, recoveryKey: sloppy })));
    for (const group of groups) expect(kit).toContain(group);
  });

  it('rejects bad input with a clear InvalidInput error', async () => {
    await expect(renderEmergencyKit({ ...INPUT, recoveryKey: '' })).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('recoveryKey'),
    });
    await expect(
      renderEmergencyKit({ ...INPUT, recoveryKey: 12345 as unknown as string }),
    ).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('recoveryKey'),
    });
    await expect(renderEmergencyKit({ ...INPUT, vaultName: '   ' })).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('vaultName'),
    });
    await expect(
      renderEmergencyKit({ ...INPUT, createdAt: new Date('not a date') }),
    ).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('createdAt'),
    });
    await expect(renderEmergencyKit(null as unknown as EmergencyKitInput)).rejects.toMatchObject({
      code: 'InvalidInput',
    });
  });

  it('refuses to print a key that fails its own check group', async () => {
    const first = groups[0] ?? '';
    const swapped = first[1] === first[0] ? 'ZZZZ' : `${first[1]}${first[0]}${first.slice(2)}`;
    const typo = [swapped, ...groups.slice(1)].join('-');
    await expect(renderEmergencyKit({ ...INPUT, recoveryKey: typo })).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringMatching(/recoveryKey is not a valid recovery key/),
    });
  });
});
