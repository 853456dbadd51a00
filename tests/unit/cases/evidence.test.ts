import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intake, person, workbench, type Workbench } from './helpers';

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench();
});
afterEach(async () => {
  await wb.close();
});

describe('evidence channels', () => {
  it('import → view → export keeps the SHA-256 and logs every custody step', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const created = await wb.call('cases:create', {
      title: 'Chat messages',
      type: 'harassment',
      intake: intake(alex),
      parties: [{ personId: alex, role: 'complainant' }],
    });
    const bytes = Buffer.from('Nhắn tin lúc 23:10 — "you sound funny when you present"\n');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = join(wb.root, 'chat.txt');
    await writeFile(file, bytes);
    wb.dialogs.push({ kind: 'open', paths: [file] });
    const imported = await wb.call('evidence:import', {
      caseId: created.caseId,
      expectedSeq: created.seq,
      source: 'Forwarded by the complainant',
      collectedBy: 'Sam Rivera',
      collectedOn: '2026-02-21',
      description: 'Team chat export',
    });
    const item = imported.items[0]!;
    expect(item).toMatchObject({
      exhibit: 'E1',
      sha256,
      size: bytes.length,
      mediaType: 'text/plain',
    });

    const viewed = await wb.call('evidence:view', { caseId: created.caseId, evidenceId: item.id });
    expect(viewed.kind).toBe('inline');
    expect(viewed.kind === 'inline' && Buffer.from(viewed.base64, 'base64').equals(bytes)).toBe(
      true,
    );

    const destination = join(wb.root, 'out.txt');
    wb.dialogs.push({ kind: 'save', path: destination });
    const exported = await wb.call('evidence:export', {
      caseId: created.caseId,
      evidenceId: item.id,
    });
    expect(exported).toEqual({ saved: true, sha256Verified: true });
    expect((await readFile(destination)).equals(bytes)).toBe(true);

    wb.dialogs.push({ kind: 'save', path: null });
    expect(
      await wb.call('evidence:export', { caseId: created.caseId, evidenceId: item.id }),
    ).toEqual({ saved: false, sha256Verified: false });

    const doc = (await wb.call('cases:get', { caseId: created.caseId })).doc;
    expect(doc.custody.map((c) => c.event)).toEqual(['import', 'view', 'export']);
    const events = await wb.services.vault.requireData().cases!.store.auditEvents();
    const actions = events.map((e) => e.action);
    for (const a of ['evidence.imported', 'evidence.viewed', 'evidence.exported'] as const)
      expect(actions).toContain(a);

    // The custody lines main wrote do not make the editor's seq stale.
    const { seq: _s, ...rest } = { seq: imported.seq };
    void rest;
    const got = await wb.call('cases:get', { caseId: created.caseId });
    expect(got.seq).toBeGreaterThan(imported.seq);
    const { doc: d } = got;
    const content = Object.fromEntries(
      Object.entries(d).filter(
        ([k]) =>
          ![
            'v',
            'id',
            'number',
            'workflow',
            'statusHistory',
            'evidence',
            'custody',
            'interviews',
            'createdAt',
            'updatedAt',
          ].includes(k),
      ),
    ) as never;
    const saved = await wb.call('cases:update', {
      caseId: created.caseId,
      expectedSeq: imported.seq,
      content,
    });
    expect(saved.seq).toBe(got.seq + 1);

    // No plaintext file appeared inside the vault folder.
    const vaultDir = join(wb.root, 'Cases');
    for (const sub of ['blobs', 'cases']) {
      for (const name of await readdir(join(vaultDir, sub))) {
        const content = await readFile(join(vaultDir, sub, name));
        expect(content.includes(Buffer.from('you sound funny'))).toBe(false);
      }
    }
  });

  it('refuses renderer paths inside the vault, and a cancelled dialog is Cancelled', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const created = await wb.call('cases:create', {
      title: 'T',
      type: 'other',
      intake: intake(alex),
    });
    const base = {
      caseId: created.caseId,
      expectedSeq: created.seq,
      source: '',
      collectedBy: '',
      collectedOn: null,
      description: '',
    };
    const inVault = await wb.fail('evidence:import', {
      ...base,
      paths: [join(wb.root, 'Cases', 'vault.json')],
    });
    expect(inVault.code).toBe('InvalidInput');
    wb.dialogs.push({ kind: 'open', paths: [] });
    expect((await wb.fail('evidence:import', base)).code).toBe('Cancelled');
    expect((await wb.call('cases:get', { caseId: created.caseId })).doc.evidence).toEqual([]);
  });
});
