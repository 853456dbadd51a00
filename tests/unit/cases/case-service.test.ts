import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  caseContentShape,
  type CaseContent,
  type CaseDoc,
} from '../../../src/shared/domain/case-doc';
import { intake, person, workbench, type Workbench } from './helpers';

const contentOf = (doc: CaseDoc) =>
  Object.fromEntries(
    Object.keys(caseContentShape).map((k) => [k, doc[k as keyof CaseDoc]]),
  ) as CaseContent;

const hex = (n: number) => n.toString(16).padStart(32, '0');

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench();
});
afterEach(async () => {
  await wb.close();
});

async function newCase(complainant: string, respondent: string) {
  return wb.call('cases:create', {
    title: 'Remarks in the stand-up',
    type: 'harassment',
    intake: intake(complainant),
    parties: [
      { personId: complainant, role: 'complainant' },
      { personId: respondent, role: 'respondent' },
    ],
  });
}

describe('case service', () => {
  it('numbers cases from the prefix and year, never reusing one', async () => {
    const a = await person(wb, 'Alex Morgan');
    const first = await wb.call('cases:create', { title: 'One', type: 'other', intake: intake(a) });
    const second = await wb.call('cases:create', {
      title: 'Two',
      type: 'other',
      intake: intake(a),
    });
    const older = await wb.call('cases:create', {
      title: 'Three',
      type: 'other',
      intake: intake(a, '2025-12-30'),
    });
    expect([first.overview.number, second.overview.number, older.overview.number]).toEqual([
      'ER-2026-0001',
      'ER-2026-0002',
      'ER-2025-0001',
    ]);
    const settings = await wb.services.vault.requireData().cases!.store.getSettings();
    expect(settings['caseNumbers']).toEqual({
      prefix: 'ER',
      highWater: { 'ER-2026': 2, 'ER-2025': 1 },
    });
  });

  it('reports the prefix and the next number for this year', async () => {
    expect(await wb.call('cases:numbering-get')).toEqual({ prefix: 'ER', next: 'ER-2026-0001' });
    const a = await person(wb, 'Alex Morgan');
    await wb.call('cases:create', { title: 'One', type: 'other', intake: intake(a) });
    expect(await wb.call('cases:numbering-get')).toEqual({ prefix: 'ER', next: 'ER-2026-0002' });
  });

  it('refuses a bad prefix, and nothing changes', async () => {
    const store = wb.services.vault.requireData().cases!.store;
    const a = await person(wb, 'Alex Morgan');
    await wb.call('cases:create', { title: 'One', type: 'other', intake: intake(a) });
    const before = await store.getSettings();
    for (const prefix of ['', '9ER', 'E-R', 'TOOLONGPREFIX', 'ÉR']) {
      const error = await wb.fail('cases:numbering-update', { prefix });
      expect(error.code, prefix).toBe('InvalidInput');
    }
    expect((await wb.fail('cases:numbering-update', { prefix: 'HR', extra: 1 })).code).toBe(
      'InvalidInput',
    );
    // The service checks again when called without dispatch (the CLI does).
    await expect(wb.services.cases.updateNumbering({ prefix: 'e r' })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
    expect(await store.getSettings()).toEqual(before);
    expect(await wb.call('cases:numbering-get')).toEqual({ prefix: 'ER', next: 'ER-2026-0002' });
  });

  it('continues numbering after a prefix change without reusing a number', async () => {
    const store = wb.services.vault.requireData().cases!.store;
    await store.setSettings({ ...(await store.getSettings()), theme: 'kept' });
    const a = await person(wb, 'Alex Morgan');
    const create = async () =>
      (await wb.call('cases:create', { title: 'A case', type: 'other', intake: intake(a) }))
        .overview.number;
    expect([await create(), await create()]).toEqual(['ER-2026-0001', 'ER-2026-0002']);

    expect(await wb.call('cases:numbering-update', { prefix: ' hr ' })).toEqual({
      prefix: 'HR',
      next: 'HR-2026-0001',
    });
    expect(await create()).toBe('HR-2026-0001');

    await wb.call('cases:numbering-update', { prefix: 'ER' });
    expect(await create()).toBe('ER-2026-0003');
    const settings = await store.getSettings();
    expect(settings['theme']).toBe('kept');
    expect(settings['caseNumbers']).toEqual({
      prefix: 'ER',
      highWater: { 'ER-2026': 3, 'HR-2026': 1 },
    });

    // After a lock the prefix is read back from the vault settings.
    await wb.lock();
    await wb.unlock();
    expect(await wb.call('cases:numbering-get')).toEqual({ prefix: 'ER', next: 'ER-2026-0004' });
  });

  it('create → update → lock → unlock: everything is still there', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const blair = await person(wb, 'Blair Nguyễn');
    const created = await newCase(alex, blair);
    const opened = await wb.call('cases:get', { caseId: created.caseId });
    const content = {
      ...contentOf(opened.doc),
      investigator: 'Sam Rivera',
      legalHold: true,
      allegations: [
        {
          id: hex(10),
          label: 'A1',
          statement: 'Mocked the complainant’s accent in a meeting.',
          policy: 'Dignity at Work 3.2',
          respondentIds: [blair],
          complainantIds: [alex],
          protectedCharacteristics: [],
          dates: [],
          finding: 'pending' as const,
          rationale: '',
        },
      ],
      notes: [
        { id: hex(11), at: '2026-03-02T09:00:00.000Z', editedAt: null, text: 'Spoke to HR.' },
      ],
    };
    const updated = await wb.call('cases:update', {
      caseId: created.caseId,
      expectedSeq: opened.seq,
      content,
    });
    expect(updated.seq).toBe(2);
    expect(updated.overview.legalHold).toBe(true);
    await wb.lock();
    expect((await wb.fail('cases:get', { caseId: created.caseId })).code).toBe('VaultLocked');
    await wb.unlock();
    const again = await wb.call('cases:get', { caseId: created.caseId });
    expect(again.seq).toBe(2);
    expect(again.doc.investigator).toBe('Sam Rivera');
    expect(again.doc.allegations[0]?.statement).toContain('accent');
    expect(again.doc.notes[0]?.text).toBe('Spoke to HR.');
    expect(again.overview.parties.map((p) => p.name)).toEqual(['Alex Morgan', 'Blair Nguyễn']);
    const list = await wb.call('cases:list', { filters: { legalHold: true } });
    expect(list.items.map((o) => o.id)).toEqual([created.caseId]);
    const events = await wb.services.vault.requireData().cases!.store.auditEvents();
    expect(events.some((e) => e.action === 'case.viewed' && e.caseId === created.caseId)).toBe(
      true,
    );
    expect(events.some((e) => e.action === 'legalhold.set')).toBe(true);
  });

  it('a stale seq is a Conflict and nothing is written', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const blair = await person(wb, 'Blair Nguyễn');
    const created = await newCase(alex, blair);
    const opened = await wb.call('cases:get', { caseId: created.caseId });
    await wb.call('cases:update', {
      caseId: created.caseId,
      expectedSeq: 1,
      content: { ...contentOf(opened.doc), investigator: 'First' },
    });
    const error = await wb.fail('cases:update', {
      caseId: created.caseId,
      expectedSeq: 1,
      content: { ...contentOf(opened.doc), investigator: 'Second' },
    });
    expect(error.code).toBe('Conflict');
    const now = await wb.call('cases:get', { caseId: created.caseId });
    expect(now.seq).toBe(2);
    expect(now.doc.investigator).toBe('First');
  });

  it('transitions go through the shared workflow rules', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const blair = await person(wb, 'Blair Nguyễn');
    const created = await newCase(alex, blair);
    const opened = await wb.call('cases:get', { caseId: created.caseId });
    const withAllegation = await wb.call('cases:update', {
      caseId: created.caseId,
      expectedSeq: opened.seq,
      content: {
        ...contentOf(opened.doc),
        allegations: [
          {
            id: hex(10),
            label: 'A1',
            statement: 'Mocked the accent.',
            policy: '',
            respondentIds: [blair],
            complainantIds: [alex],
            protectedCharacteristics: [],
            dates: [],
            finding: 'pending' as const,
            rationale: '',
          },
        ],
      },
    });
    const refused = await wb.fail('cases:transition', {
      caseId: created.caseId,
      expectedSeq: withAllegation.seq,
      request: { kind: 'move', to: 'action', reason: '' },
    });
    expect(refused.code).toBe('TransitionRefused');
    expect(refused.details?.['refusal']).toEqual({
      code: 'allegations-pending',
      allegationIds: [hex(10)],
    });
    const noReason = await wb.fail('cases:transition', {
      caseId: created.caseId,
      expectedSeq: withAllegation.seq,
      request: { kind: 'close', outcome: 'withdrawn', closedOn: '2026-03-01', reason: ' ' },
    });
    expect(noReason.details?.['refusal']).toEqual({
      code: 'reason-required',
      for: 'closure-without-findings',
    });
    const closed = await wb.call('cases:transition', {
      caseId: created.caseId,
      expectedSeq: withAllegation.seq,
      request: {
        kind: 'close',
        outcome: 'withdrawn',
        closedOn: '2026-03-01',
        reason: 'The complainant withdrew in writing.',
      },
    });
    expect(closed.overview.status).toBe('closed');
    expect(closed.overview.outcome).toBe('withdrawn');
    expect(closed.change.to).toBe('closed');
    const dashboard = await wb.call('cases:dashboard');
    expect(dashboard.openTotal).toBe(0);
  });

  it('refuses bad inputs before any work, and nothing changes', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const good = { title: 'T', type: 'other', intake: intake(alex) };
    expect((await wb.fail('cases:create', { ...good, extra: 1 })).code).toBe('InvalidInput');
    expect((await wb.fail('cases:create', { ...good, title: 42 })).code).toBe('InvalidInput');
    expect((await wb.fail('cases:create', { ...good, type: 'discrimination' })).code).toBe(
      'InvalidInput',
    );
    expect((await wb.fail('cases:get', { caseId: '../../etc' })).code).toBe('InvalidInput');
    // A person id of the right shape that is not in the vault is refused by main.
    expect(
      (await wb.fail('cases:create', { ...good, parties: [{ personId: hex(9), role: 'witness' }] }))
        .code,
    ).toBe('InvalidInput');
    expect((await wb.call('cases:list', {})).total).toBe(0);
  });

  it('lists people with their appearances and refreshes overviews on a rename', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const blair = await person(wb, 'Blair Nguyen');
    const one = await newCase(alex, blair);
    const two = await newCase(blair, alex);
    const got = await wb.call('people:get', { personId: blair });
    expect(got.appearances.map((a) => [a.caseId, a.roles])).toEqual([
      [one.caseId, ['respondent']],
      [two.caseId, ['complainant']],
    ]);
    const listed = await wb.call('people:list', { query: 'nguyen' });
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ caseCount: 2, respondentCount: 1 });
    await wb.call('people:upsert', { id: blair, person: { name: 'Blair Nguyễn-Ortiz' } });
    const list = await wb.call('cases:list', {});
    for (const o of list.items) {
      expect(o.parties.find((p) => p.personId === blair)?.name).toBe('Blair Nguyễn-Ortiz');
    }
    // The rename did not bump the case seq, so an open editor keeps saving.
    expect((await wb.call('cases:get', { caseId: one.caseId })).seq).toBe(1);
    expect((await wb.fail('people:get', { personId: hex(77) })).code).toBe('NotFound');
  });

  it('lists tasks due soon and overdue from the cases that have them', async () => {
    const alex = await person(wb, 'Alex Morgan');
    const blair = await person(wb, 'Blair Nguyễn');
    const created = await newCase(alex, blair);
    const opened = await wb.call('cases:get', { caseId: created.caseId });
    const task = (n: number, dueOn: string) => ({
      id: hex(n),
      title: `Task ${n}`,
      dueOn,
      owner: '',
      done: false,
      doneAt: null,
      source: { kind: 'manual' as const },
    });
    // The test clock says 2026-03-02.
    await wb.call('cases:update', {
      caseId: created.caseId,
      expectedSeq: opened.seq,
      content: {
        ...contentOf(opened.doc),
        tasks: [task(1, '2026-02-27'), task(2, '2026-03-04'), task(3, '2026-04-30')],
      },
    });
    const due = await wb.call('tasks:due-soon', {});
    expect(due.items.map((i) => [i.task.title, i.overdue])).toEqual([
      ['Task 1', true],
      ['Task 2', false],
    ]);
    const list = await wb.call('cases:list', { filters: { overdue: true } });
    expect(list.total).toBe(1);
  });
});
