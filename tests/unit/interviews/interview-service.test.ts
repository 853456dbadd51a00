import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseContentShape, type CaseDoc } from '../../../src/shared/domain/case-doc';
import { draftOf, type Interview, type InterviewDraft } from '../../../src/shared/domain/interview';
import { interviewHash } from '../../../src/main/interviews/interview-hash';
import { intake, person, workbench, type Workbench } from '../cases/helpers';

let wb: Workbench;
let caseId: string;
let complainant: string;
let respondent: string;

beforeEach(async () => {
  wb = await workbench();
  complainant = await person(wb, 'Nguyễn Thị Minh Khai');
  respondent = await person(wb, '王芳');
  const created = await wb.call('cases:create', {
    title: 'Remarks in the stand-up',
    type: 'harassment',
    intake: intake(complainant),
    parties: [
      { personId: complainant, role: 'complainant' },
      { personId: respondent, role: 'respondent' },
    ],
  });
  caseId = created.caseId;
});
afterEach(async () => {
  await wb.close();
});

const plan = (personId: string, role: 'complainant' | 'respondent' | 'witness') =>
  wb.call('interviews:create', { caseId, personId, role });

async function answered(iv: Interview, answers: string[]): Promise<Interview> {
  const guided = await wb.call('interviews:apply-guide', {
    caseId,
    interviewId: iv.id,
    expectedRev: iv.rev,
    guideId: 'builtin:harassment-complainant',
  });
  const draft: InterviewDraft = draftOf(guided.interview);
  draft.entries = draft.entries.map((e, i) =>
    i < answers.length ? { ...e, answer: answers[i] ?? '', at: '2000-01-01T00:00:00.000Z' } : e,
  );
  const saved = await wb.call('interviews:update', {
    caseId,
    interviewId: iv.id,
    expectedRev: guided.interview.rev,
    draft,
  });
  return saved.interview;
}

const readDoc = async () => (await wb.call('cases:get', { caseId })).doc as CaseDoc;

describe('interview plan', () => {
  it('orders complainant, witnesses, then respondent, and reorders on request', async () => {
    const r = await plan(respondent, 'respondent');
    const c = await plan(complainant, 'complainant');
    const doc = await readDoc();
    const order = [...doc.interviews].sort((a, b) => a.order - b.order).map((i) => i.id);
    expect(order).toEqual([c.interview.id, r.interview.id]);
    const re = await wb.call('interviews:reorder', {
      caseId,
      order: [r.interview.id, c.interview.id],
    });
    expect(re.interviews.map((i) => i.id)).toEqual([r.interview.id, c.interview.id]);
    const bad = await wb.fail('interviews:reorder', { caseId, order: [r.interview.id] });
    expect(bad.code).toBe('InvalidInput');
  });

  it('refuses an interviewee who is not a party, and a declined interview without a reason', async () => {
    const stranger = await person(wb, 'Zoë Ångström');
    expect(
      (await wb.fail('interviews:create', { caseId, personId: stranger, role: 'witness' })).code,
    ).toBe('InvalidInput');
    const { interview } = await plan(complainant, 'complainant');
    const error = await wb.fail('interviews:update', {
      caseId,
      interviewId: interview.id,
      expectedRev: interview.rev,
      draft: { ...draftOf(interview), status: 'declined' },
    });
    expect(error.code).toBe('InvalidInput');
    expect(JSON.stringify(error.details)).toContain('statusReason');
    expect((await readDoc()).interviews[0]?.rev).toBe(interview.rev);
  });

  it('deletes a planned interview but keeps one with notes on record', async () => {
    const a = await plan(complainant, 'complainant');
    const b = await plan(respondent, 'respondent');
    await wb.call('interviews:delete', { caseId, interviewId: a.interview.id });
    await answered(b.interview, ['I was not there that day.']);
    expect((await wb.fail('interviews:delete', { caseId, interviewId: b.interview.id })).code).toBe(
      'InvalidInput',
    );
    expect((await readDoc()).interviews.map((i) => [i.id, i.order])).toEqual([[b.interview.id, 0]]);
  });
});

describe('guides', () => {
  it('copies a guide, so later edits of the template never change a past interview', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const guided = await answered(interview, ['It happened at the Monday stand-up.']);
    const before = guided.entries.map((e) => e.question);
    const library = await wb.call('guides:list');
    const original = library.guides.find((g) => g.id === 'builtin:harassment-complainant')!;
    const { builtIn: _b, edited: _e, ...template } = original;
    await wb.call('guides:save', {
      guide: {
        ...template,
        questions: [{ section: 'Changed', text: 'A completely different first question?' }],
      },
    });
    const edited = (await wb.call('guides:list')).guides.find((g) => g.id === original.id)!;
    expect(edited).toMatchObject({ edited: true, builtIn: true });
    expect(edited.questions).toHaveLength(1);
    const after = await wb.call('interviews:get', { caseId, interviewId: interview.id });
    expect(after.interview.entries.map((e) => e.question)).toEqual(before);
    expect(after.interview.guide?.templateId).toBe(original.id);
    // Reset restores the built-in.
    const reset = await wb.call('guides:delete', { id: original.id });
    expect(reset.guides.find((g) => g.id === original.id)?.questions).toEqual(original.questions);
  });

  it('keeps the user’s own guides in the vault, across a lock', async () => {
    const saved = await wb.call('guides:save', {
      guide: {
        name: 'Bullying — witness (short)',
        caseTypes: ['harassment'],
        role: 'witness',
        questions: [{ section: '', text: 'What did you see?' }],
      },
    });
    expect(saved.builtIn).toBe(false);
    const { builtIn: _b, edited: _e, ...mine } = saved;
    await wb.lock();
    await wb.unlock();
    const listed = (await wb.call('guides:list')).guides.map((g) => g.name);
    expect(listed).toContain('Bullying — witness (short)');
    expect((await wb.fail('guides:save', { guide: { ...mine, id: 'builtin:nope' } })).code).toBe(
      'NotFound',
    );
    expect((await wb.fail('guides:delete', { id: 'builtin:exit-interview' })).code).toBe(
      'InvalidInput',
    );
  });
});

describe('note-taking', () => {
  it('stamps times with main’s clock once, whatever the renderer sends', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const draft = draftOf(interview);
    draft.admonitions.confidentiality = '1999-01-01T00:00:00.000Z';
    const first = await wb.call('interviews:update', {
      caseId,
      interviewId: interview.id,
      expectedRev: interview.rev,
      draft,
    });
    const stamped = first.interview.admonitions.confidentiality;
    expect(stamped).not.toBe('1999-01-01T00:00:00.000Z');
    expect(stamped).not.toBeNull();
    const again = draftOf(first.interview);
    again.admonitions.confidentiality = '2099-01-01T00:00:00.000Z';
    const second = await wb.call('interviews:update', {
      caseId,
      interviewId: interview.id,
      expectedRev: first.interview.rev,
      draft: again,
    });
    expect(second.interview.admonitions.confidentiality).toBe(stamped);
  });

  it('refuses a stale rev without writing, and does not conflict with the case editor', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const c = await wb.call('cases:get', { caseId });
    await answered(interview, ['First answer']);
    const stale = await wb.fail('interviews:update', {
      caseId,
      interviewId: interview.id,
      expectedRev: interview.rev,
      draft: draftOf(interview),
    });
    expect(stale.code).toBe('Conflict');
    // The workspace's editor still holds the seq from before the interview saves.
    // The editable content, by the schema's own keys (not a copied list of main-owned fields).
    const content = Object.fromEntries(
      Object.keys(caseContentShape).map((k) => [k, c.doc[k as keyof CaseDoc]]),
    );
    const saved = await wb.call('cases:update', {
      caseId,
      expectedSeq: c.seq,
      content: { ...content, investigator: 'Sam Rivera' } as never,
    });
    expect(saved.seq).toBeGreaterThan(c.seq);
    const doc = await readDoc();
    expect(doc.investigator).toBe('Sam Rivera');
    expect(doc.interviews[0]?.entries[0]?.answer).toBe('First answer');
  });

  it('turns a follow-up flag into one case task, and keeps it after the workspace saves', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const iv = await answered(interview, ['She sent me the messages afterwards.']);
    const draft = draftOf(iv);
    draft.entries[0] = {
      ...draft.entries[0]!,
      followUp: { text: 'Ask IT for the chat export', dueOn: '2026-03-01' },
    };
    const saved = await wb.call('interviews:update', {
      caseId,
      interviewId: iv.id,
      expectedRev: iv.rev,
      draft,
    });
    expect(saved.tasksAdded).toBe(1);
    const again = await wb.call('interviews:update', {
      caseId,
      interviewId: iv.id,
      expectedRev: saved.interview.rev,
      draft: draftOf(saved.interview),
    });
    expect(again.tasksAdded).toBe(0);
    const tasks = (await readDoc()).tasks.filter((t) => t.source.kind === 'interview-follow-up');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: 'Interview follow-up: Ask IT for the chat export',
      dueOn: '2026-03-01',
      done: false,
    });
  });
});

describe('finalise, addenda, review', () => {
  it('locks the record with a hash of its content; addenda and reviews never alter it', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const iv = await answered(interview, [
      'He said “go back to where you came from”.',
      'Monday 14 January.',
    ]);
    const asked = iv.entries.filter((e) => e.answer !== '').length;
    const fin = await wb.call('interviews:finalise', {
      caseId,
      interviewId: iv.id,
      expectedRev: iv.rev,
    });
    const locked = fin.interview;
    expect(locked.status).toBe('done');
    expect(locked.entries).toHaveLength(asked); // unasked guide questions are not on the record
    expect(locked.finalised?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(interviewHash(locked)).toBe(locked.finalised?.sha256);

    for (const call of [
      () =>
        wb.fail('interviews:update', {
          caseId,
          interviewId: iv.id,
          expectedRev: locked.rev,
          draft: draftOf(locked),
        }),
      () =>
        wb.fail('interviews:apply-guide', {
          caseId,
          interviewId: iv.id,
          expectedRev: locked.rev,
          guideId: 'builtin:general-witness',
        }),
      () => wb.fail('interviews:finalise', { caseId, interviewId: iv.id, expectedRev: locked.rev }),
      () => wb.fail('interviews:delete', { caseId, interviewId: iv.id }),
    ]) {
      expect((await call()).code).toBe('InterviewLocked');
    }

    const add = await wb.call('interviews:add-addendum', {
      caseId,
      interviewId: iv.id,
      text: 'On reflection the interviewee recalled a second occasion in February.',
    });
    const review = await wb.call('interviews:record-review', {
      caseId,
      interviewId: iv.id,
      review: {
        outcome: 'signed-with-corrections',
        on: '2026-02-25',
        corrections: 'It was a Tuesday.',
        reason: '',
      },
    });
    const after = review.interview;
    expect(after.addenda).toHaveLength(1);
    expect(add.interview.addenda[0]?.by).toBeTruthy();
    expect(after.reviews[0]).toMatchObject({
      outcome: 'signed-with-corrections',
      corrections: 'It was a Tuesday.',
    });
    expect(after.entries).toEqual(locked.entries);
    expect(interviewHash(after)).toBe(locked.finalised?.sha256);
    expect((await wb.call('interviews:get', { caseId, interviewId: iv.id })).integrity).toBe(
      'intact',
    );
  });

  it('refuses addenda and reviews on a draft, and an empty finalisation', async () => {
    const { interview } = await plan(complainant, 'complainant');
    expect(
      (await wb.fail('interviews:add-addendum', { caseId, interviewId: interview.id, text: 'x' }))
        .code,
    ).toBe('InvalidInput');
    expect(
      (
        await wb.fail('interviews:record-review', {
          caseId,
          interviewId: interview.id,
          review: { outcome: 'signed', on: '2026-02-25', corrections: '', reason: '' },
        })
      ).code,
    ).toBe('InvalidInput');
    expect(
      (
        await wb.fail('interviews:finalise', {
          caseId,
          interviewId: interview.id,
          expectedRev: interview.rev,
        })
      ).code,
    ).toBe('InvalidInput');
    expect((await readDoc()).interviews[0]?.finalised).toBeNull();
  });

  it('refuses a review with corrections missing or misplaced', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const iv = await answered(interview, ['An answer.']);
    await wb.call('interviews:finalise', { caseId, interviewId: iv.id, expectedRev: iv.rev });
    for (const review of [
      { outcome: 'signed-with-corrections', on: '2026-02-25', corrections: '', reason: '' },
      { outcome: 'signed', on: '2026-02-25', corrections: 'sneaky', reason: '' },
      { outcome: 'declined', on: 'yesterday', corrections: '', reason: '' },
    ]) {
      expect(
        (await wb.fail('interviews:record-review', { caseId, interviewId: iv.id, review })).code,
      ).toBe('InvalidInput');
    }
  });

  it('reports an altered record when the locked content no longer matches its hash', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const iv = await answered(interview, ['The original answer.']);
    await wb.call('interviews:finalise', { caseId, interviewId: iv.id, expectedRev: iv.rev });
    // Simulate a buggy or hostile writer going around the service: the store accepts any doc.
    const store = wb.services.vault.requireData().cases!.store;
    const { value } = await store.readCase<CaseDoc>(caseId);
    const tampered = structuredClone(value);
    tampered.interviews[0]!.entries[0]!.answer = 'A different answer.';
    await store.updateCase(caseId, tampered);
    expect((await wb.call('interviews:get', { caseId, interviewId: iv.id })).integrity).toBe(
      'altered',
    );
  });
});

describe('exit interviews', () => {
  it('turns covenant end dates into dated reminders and puts the leaver on the overview', async () => {
    const { interview } = await wb.call('interviews:create', {
      caseId,
      personId: complainant,
      role: 'complainant',
      kind: 'exit',
    });
    expect(interview.exit).not.toBeNull();
    const draft = draftOf(interview);
    draft.exit = {
      ...draft.exit!,
      reasons: ['Pay', 'Relationship with manager'],
      primaryReason: 'Relationship with manager',
      rehire: 'eligible',
      nonCompeteEndsOn: '2027-06-30',
      nonSolicitEndsOn: '2027-03-31',
    };
    const saved = await wb.call('interviews:update', {
      caseId,
      interviewId: interview.id,
      expectedRev: interview.rev,
      draft,
    });
    expect(saved.tasksAdded).toBe(2);
    const doc = await readDoc();
    expect(
      doc.tasks
        .filter((t) => t.source.kind === 'covenant')
        .map((t) => t.dueOn)
        .sort(),
    ).toEqual(['2027-03-31', '2027-06-30']);
    const list = await wb.call('cases:list', {});
    expect(list.items[0]?.exit).toEqual({
      personId: complainant,
      reasons: ['Pay', 'Relationship with manager'],
      primaryReason: 'Relationship with manager',
      rehire: 'eligible',
    });
    // A moved date moves the open reminder rather than adding another.
    const moved = draftOf(saved.interview);
    moved.exit = { ...moved.exit!, nonCompeteEndsOn: '2027-09-30' };
    const again = await wb.call('interviews:update', {
      caseId,
      interviewId: interview.id,
      expectedRev: saved.interview.rev,
      draft: moved,
    });
    expect(again.tasksAdded).toBe(0);
    const after = (await readDoc()).tasks.filter((t) => t.source.kind === 'covenant');
    expect(after.map((t) => t.dueOn).sort()).toEqual(['2027-03-31', '2027-09-30']);
  });
});

describe('search', () => {
  it('finds a case by words said in an interview', async () => {
    const { interview } = await plan(complainant, 'complainant');
    await answered(interview, ['Bà ấy nói rằng cuộc họp đã bị hủy.']);
    const result = await wb.call('cases:search', { query: 'cuoc hop' });
    expect(result.hits.map((h) => [h.caseId, h.field])).toContainEqual([caseId, 'interview']);
  });
});

describe('bad input changes nothing', () => {
  it('refuses malformed interview calls at the boundary, by field', async () => {
    const { interview } = await plan(complainant, 'complainant');
    const before = await readDoc();
    const draft = draftOf(interview);
    const bad: [string, unknown][] = [
      [
        'interviews:update',
        {
          caseId,
          interviewId: interview.id,
          expectedRev: interview.rev,
          draft: { ...draft, sneaky: 1 },
        },
      ],
      ['interviews:update', { caseId, interviewId: interview.id, expectedRev: 0, draft }],
      ['interviews:update', { caseId, interviewId: 'x/../../etc', expectedRev: 1, draft }],
      [
        'interviews:update',
        { caseId, interviewId: interview.id, expectedRev: 1, draft: { ...draft, finalised: null } },
      ],
      [
        'interviews:update',
        {
          caseId,
          interviewId: interview.id,
          expectedRev: 1,
          draft: { ...draft, entries: [{ ...draft.entries[0], answer: 'x'.repeat(100_001) }] },
        },
      ],
      ['interviews:create', { caseId, personId: complainant, role: 'boss' }],
      ['interviews:create', { caseId, personId: complainant, role: 'witness', startTime: '9.30' }],
      [
        'interviews:apply-guide',
        { caseId, interviewId: interview.id, expectedRev: 1, guideId: '../../x' },
      ],
      ['guides:save', { guide: { name: '', caseTypes: [], role: 'witness', questions: [] } }],
      ['guides:delete', { id: 'builtin:' }],
    ];
    for (const [channel, input] of bad) {
      const error = await wb.fail(channel as never, input);
      expect(error.code, `${channel} ${JSON.stringify(input).slice(0, 60)}`).toBe('InvalidInput');
    }
    expect((await wb.fail('interviews:get', { caseId, interviewId: '0'.repeat(32) })).code).toBe(
      'NotFound',
    );
    expect(
      (
        await wb.fail('interviews:apply-guide', {
          caseId,
          interviewId: interview.id,
          expectedRev: 1,
          guideId: 'builtin:no-such-guide',
        })
      ).code,
    ).toBe('NotFound');
    const after = await readDoc();
    expect(after.interviews).toEqual(before.interviews);
  });
});
