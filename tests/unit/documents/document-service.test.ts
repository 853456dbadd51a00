import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, person, workbench, type Workbench } from '../cases/helpers';

const ORG = {
  name: 'Acme Widgets Inc.',
  addressLines: ['100 Market Street'],
  contact: { name: 'Jordan Blake', title: 'Head of People' },
};

let wb: Workbench;
let caseId: string;
let respondent: string;

beforeAll(async () => {
  wb = await workbench();
  const complainant = await person(wb, 'Nguyễn Thị Minh Khai');
  respondent = await person(wb, '王芳');
  caseId = (
    await wb.call('cases:create', {
      title: 'Remarks in the stand-up',
      type: 'harassment',
      intake: intake(complainant),
      parties: [
        { personId: complainant, role: 'complainant' },
        { personId: respondent, role: 'respondent' },
      ],
    })
  ).caseId;
});
afterAll(async () => {
  await wb.close();
});

const events = async () => wb.services.workspaces.open().store.auditEvents();

const checklist = () => ({
  kind: 'property-checklist' as const,
  caseId,
  input: {
    signatory: { name: 'Trần Văn An' },
    dueOn: '2026-03-31',
    items: [{ item: 'Laptop', category: 'device' as const }],
  },
});

describe('documents service', () => {
  it('lists what each kind still needs, in plain words', async () => {
    const { items } = await wb.call('documents:available', { caseId });
    const of = (kind: string) => items.find((i) => i.kind === kind)!;
    expect(items).toHaveLength(9);
    expect(of('report').available).toBe(false);
    expect(of('report').missing).toContain('At least one allegation.');
    expect(of('report').missing[0]).toMatch(/Organisation letterhead/);
    expect(of('separation-agreement').missing).toEqual(
      expect.arrayContaining([
        'The termination date: the effective date of the termination action.',
        '王芳’s date of birth, for the age-waiver check (OWBPA applies at 40 or over).',
      ]),
    );
    expect(of('interview-statement').missing).toContain(
      'A finalised interview: finalise the interview record first (a draft has no statement).',
    );
    expect(of('mediation-agreement').missing).toContain(
      'A mediation record: start the mediation on the Mediation tab.',
    );
    // The single respondent is the employee: the checklist needs only the letterhead.
    await wb.call('documents:settings-update', { organisation: ORG });
    const after = await wb.call('documents:available', { caseId });
    expect(after.items.find((i) => i.kind === 'property-checklist')).toMatchObject({
      available: true,
      missing: [],
    });
    expect((await wb.call('documents:settings-get')).organisation).toEqual(ORG);
  });

  it('renders in memory, audits pdf.generated and saves exactly the previewed bytes', async () => {
    const preview = await wb.call('documents:render', {
      ...checklist(),
      password: 'open sesame 1',
    });
    const bytes = Buffer.from(preview.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(preview.sha256);
    expect(preview).toMatchObject({ encrypted: true, redacted: false, draft: false });
    expect(preview.pageCount).toBeGreaterThan(0);
    expect(preview.auditCheckpoint).toMatch(/^Audit checkpoint #\d+ · [0-9a-f]{16}$/);
    const generated = (await events()).filter((e) => e.action === 'pdf.generated');
    expect(generated.at(-1)?.openDetails).toMatchObject({
      kind: 'property-checklist',
      sha256: preview.sha256,
    });
    expect(generated.at(-1)?.caseId).toBe(caseId);

    const path = join(wb.root, 'checklist.pdf');
    wb.dialogs.push({ kind: 'save', path });
    const saved = await wb.call('documents:save', {
      caseId,
      kind: 'property-checklist',
      sha256: preview.sha256,
    });
    expect(saved).toEqual({
      saved: true,
      sha256: preview.sha256,
      fileName: 'checklist.pdf',
      path,
    });
    expect(
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    ).toBe(preview.sha256);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const exported = (await events()).filter((e) => e.action === 'case.exported').at(-1);
    expect(exported?.openDetails).toMatchObject({
      kind: 'property-checklist',
      sha256: preview.sha256,
      plaintextCopyLeftVault: false,
    });
  });

  it('refuses to save a preview it no longer holds (stale hash, after a lock)', async () => {
    const preview = await wb.call('documents:render', checklist());
    const ref = { caseId, kind: 'property-checklist' as const };
    expect((await wb.fail('documents:save', { ...ref, sha256: 'a'.repeat(64) })).code).toBe(
      'NotFound',
    );
    await wb.lock();
    await wb.unlock();
    expect((await wb.fail('documents:save', { ...ref, sha256: preview.sha256 })).code).toBe(
      'NotFound',
    );
  });

  it('refuses bad inputs by field', async () => {
    const noDate = await wb.fail('documents:render', {
      kind: 'exit-interview',
      caseId,
      input: { signatory: { name: 'Jordan Blake' } },
    });
    expect(noDate.code).toBe('InvalidInput');
    expect(noDate.message).toContain('input.lastDay');
    const redactedLetter = await wb.fail('documents:render', { ...checklist(), redacted: true });
    expect(redactedLetter.code).toBe('InvalidInput');
    const stranger = await wb.fail('documents:render', {
      ...checklist(),
      input: { ...checklist().input, employeeId: 'f'.repeat(32) },
    });
    expect(stranger.message).toContain('not a party to this case');
  });

  it('checks a separation agreement before rendering: the age warning, nothing audited', async () => {
    const older = (
      await wb.call('people:upsert', { person: { name: 'Lê Văn Tám', dateOfBirth: '1970-04-01' } })
    ).id;
    const { caseId: other } = await wb.call('cases:create', {
      title: 'Separation after restructuring',
      type: 'other',
      intake: intake(null),
      parties: [{ personId: older, role: 'respondent' }],
    });
    const before = (await events()).length;
    const agreement = {
      kind: 'separation-agreement' as const,
      caseId: other,
      input: {
        signatory: { name: 'Jordan Blake' },
        jurisdiction: 'US-CA',
        separationDate: '2026-03-31',
        deliveredOn: '2026-03-10',
        programme: 'individual' as const,
        consideration: 'Eight weeks of base pay',
        considerationDays: 0,
        governingState: 'California',
      },
    };
    const { warnings } = await wb.call('documents:check', agreement);
    expect(warnings.map((w) => w.code)).toContain('age-no-consideration-period');
    const age = warnings.find((w) => w.code === 'age-no-consideration-period')!;
    expect(age.message).toMatch(/is 55: the release must allow 21 days/);
    expect(age.citation).toMatch(/626\(f\)/);
    expect((await events()).length).toBe(before);
    // The render returns the same warnings the check showed.
    const preview = await wb.call('documents:render', agreement);
    expect(preview.warnings).toEqual(warnings);
  });

  it('check reports missing inputs by field, under input.', async () => {
    const error = await wb.fail('documents:check', {
      kind: 'termination-letter',
      caseId,
      input: {
        signatory: { name: 'Jordan Blake' },
        jurisdiction: 'US-CA',
        separation: 'discharge',
        finalPay: { payOn: '2026-03-31', method: 'check' },
        benefits: { coverageEndsOn: '2026-03-31' },
        property: [],
      },
    });
    expect(error.code).toBe('InvalidInput');
    expect(error.details?.['issues']).toEqual([
      {
        path: 'input.lastDay',
        message: 'no termination date: give lastDay or record the termination action',
      },
    ]);
    const bad = await wb.fail('documents:check', {
      kind: 'report',
      caseId,
      input: { commissionedBy: 'Board', scope: 'All', policies: [], startedOn: '31/01/2026' },
    });
    expect(bad.details?.['issues']).toEqual([expect.objectContaining({ path: 'input.startedOn' })]);
  });

  it('reads the logo chosen in main’s dialog, refusing what is not PNG or JPEG', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const logoPath = join(wb.root, 'logo.png');
    await writeFile(logoPath, png);
    wb.dialogs.push({ kind: 'open', paths: [logoPath] });
    expect(await wb.call('documents:choose-logo')).toEqual({
      logoBase64: png.toString('base64'),
      fileName: 'logo.png',
    });
    wb.dialogs.push({ kind: 'open', paths: [] });
    expect(await wb.call('documents:choose-logo')).toEqual({ logoBase64: null, fileName: null });
    const textPath = join(wb.root, 'not-a-logo.png');
    await writeFile(textPath, 'plain text');
    wb.dialogs.push({ kind: 'open', paths: [textPath] });
    expect((await wb.fail('documents:choose-logo')).code).toBe('InvalidInput');
  });
});
