import { describe, expect, it } from 'vitest';
import { interviewHash } from '../../../src/main/interviews/interview-hash';
import {
  finalisedContent,
  newInterview,
  stampDraft,
} from '../../../src/main/interviews/interview-rules';
import { withDerivedTasks } from '../../../src/shared/domain/derived-tasks';
import {
  draftOf,
  emptyExitForm,
  interviewDraftSchema,
  interviewSchema,
  planOf,
  suggestedOrder,
  type Interview,
} from '../../../src/shared/domain/interview';
import {
  BUILT_IN_GUIDES,
  entriesFromGuide,
  guideLibrary,
  suggestedGuide,
} from '../../../src/shared/domain/interview-guides';
import { emptyMediation, sharedMediationRecord } from '../../../src/shared/domain/mediation';
import { caseDoc, id } from '../domain/fixtures';

const NOW = '2026-02-20T10:00:00.000Z';

function interview(overrides: Partial<Interview> = {}): Interview {
  const base = newInterview({
    id: id(900),
    kind: 'investigation',
    personId: id(101),
    role: 'complainant',
    order: 0,
    now: NOW,
    purpose: 'First account of the complaint',
    scheduledOn: '2026-02-21',
    startTime: '09:30',
    mode: 'in-person',
    place: 'Room 4',
    interviewer: { id: id(901), name: 'Sam Rivera' },
  });
  return interviewSchema.parse({
    ...base,
    entries: [
      {
        id: id(910),
        kind: 'question',
        origin: 'guide',
        section: 'Account',
        question: 'In your own words, tell me what happened.',
        answer: 'He said it in front of the whole team.',
        verbatim: true,
        at: NOW,
        allegationIds: [],
        followUp: null,
      },
    ],
    ...overrides,
  });
}

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

describe('finalisation hash', () => {
  it('is stable: the same content hashes the same, whatever the key order or bookkeeping', () => {
    const iv = interview();
    const hash = interviewHash(iv);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(interviewHash(reverseKeys(iv) as Interview)).toBe(hash);
    // rev, order, updatedAt, finalisation, addenda and reviews are not content.
    expect(
      interviewHash({
        ...iv,
        rev: 7,
        order: 3,
        updatedAt: '2027-01-01T00:00:00.000Z',
        addenda: [{ id: id(920), at: NOW, by: 'Sam', text: 'Later note' }],
      }),
    ).toBe(hash);
  });

  it('changes with any recorded content', () => {
    const iv = interview();
    const hash = interviewHash(iv);
    const entry = iv.entries[0]!;
    const variants: Interview[] = [
      { ...iv, entries: [{ ...entry, answer: entry.answer + '.' }] },
      { ...iv, entries: [{ ...entry, verbatim: false }] },
      { ...iv, entries: [{ ...entry, at: '2026-02-20T10:00:01.000Z' }] },
      { ...iv, admonitions: { ...iv.admonitions, honesty: NOW } },
      { ...iv, attendees: [] },
      { ...iv, closingNote: 'EAP offered.' },
      { ...iv, startTime: '09:31' },
      { ...iv, personId: id(102) },
    ];
    const hashes = new Set(variants.map(interviewHash));
    expect(hashes.size).toBe(variants.length);
    expect(hashes.has(hash)).toBe(false);
  });
});

describe('draft rules', () => {
  it('drops guide questions never asked when finalising, and refuses an empty record', () => {
    const iv = interview();
    const unasked = { ...iv.entries[0]!, id: id(911), answer: '', at: null };
    const kept = finalisedContent({ ...iv, entries: [...iv.entries, unasked] });
    expect(kept.entries.map((e) => e.id)).toEqual([id(910)]);
    expect(kept.status).toBe('done');
    expect(() => finalisedContent({ ...iv, entries: [unasked] })).toThrow(
      /Nothing has been recorded/,
    );
    expect(
      finalisedContent({ ...iv, entries: [], status: 'declined', statusReason: 'Off sick' }).status,
    ).toBe('declined');
  });

  it('finalises an exit interview recorded only in its structured form', () => {
    const exit = interview({ kind: 'exit', entries: [], exit: emptyExitForm() });
    expect(() => finalisedContent(exit)).toThrow(/Nothing has been recorded/);
    const filled = { ...exit, exit: { ...emptyExitForm(), reasons: ['Pay'] } };
    expect(finalisedContent(filled).status).toBe('done');
    expect(
      finalisedContent({ ...exit, exit: { ...emptyExitForm(), rehire: 'eligible' } }),
    ).toBeTruthy();
    // An investigation interview does not count a stray exit form.
    expect(() => finalisedContent({ ...filled, kind: 'investigation' })).toThrow(
      /Nothing has been recorded/,
    );
  });

  it('stamps new ticks and first answers with now, keeps earlier stamps, clears unticked', () => {
    const iv = interview({ admonitions: { ...interview().admonitions, purpose: NOW } });
    const draft = draftOf(iv);
    draft.admonitions.purpose = '1999-01-01T00:00:00.000Z';
    draft.admonitions.honesty = '1999-01-01T00:00:00.000Z';
    draft.entries.push({ ...draft.entries[0]!, id: id(912), at: '1999-01-01T00:00:00.000Z' });
    const later = '2026-02-20T10:05:00.000Z';
    const stamped = stampDraft(iv, draft, later);
    expect(stamped.admonitions.purpose).toBe(NOW);
    expect(stamped.admonitions.honesty).toBe(later);
    expect(stamped.admonitions.confidentiality).toBeNull();
    expect(stamped.entries.map((e) => e.at)).toEqual([NOW, later]);
  });

  it('refuses bad drafts with a path to the field', () => {
    const draft = draftOf(interview());
    const cases: [object, string][] = [
      [{ ...draft, status: 'unavailable', statusReason: '' }, 'statusReason'],
      [{ ...draft, startTime: '10:00', endTime: '09:00' }, 'endTime'],
      [{ ...draft, startTime: '25:00' }, 'startTime'],
      [{ ...draft, entries: [...draft.entries, draft.entries[0]] }, 'entries'],
      [{ ...draft, mode: 'carrier pigeon' }, 'mode'],
      [{ ...draft, extra: true }, ''],
    ];
    for (const [input, path] of cases) {
      const parsed = interviewDraftSchema.safeParse(input);
      expect(parsed.success, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (path) expect(parsed.error?.issues.map((i) => i.path.join('.')).join(' ')).toContain(path);
    }
  });

  it('suggests the usual order and sorts the plan by it', () => {
    const c = interview({ id: id(1), role: 'complainant', order: 0 });
    const r = interview({ id: id(2), role: 'respondent', order: 1 });
    expect(suggestedOrder([c, r], 'witness')).toBe(1);
    expect(suggestedOrder([c, r], 'respondent')).toBe(2);
    expect(suggestedOrder([c, r], 'complainant')).toBe(1);
    expect(
      planOf([
        { ...r, order: 0 },
        { ...c, order: 1 },
      ]).map((x) => x.id),
    ).toEqual([id(2), id(1)]);
  });
});

describe('question guides', () => {
  it('ships a valid guide for each common case type and role', () => {
    const library = guideLibrary([]);
    for (const [type, role] of [
      ['harassment', 'complainant'],
      ['harassment', 'respondent'],
      ['harassment', 'witness'],
      ['discrimination', 'complainant'],
      ['retaliation', 'respondent'],
      ['misconduct', 'respondent'],
      ['grievance', 'witness'],
    ] as const) {
      const guide = suggestedGuide(library, type, role, 'investigation');
      expect(guide, `${type}/${role}`).toBeDefined();
      expect(guide!.role).toBe(role);
    }
    expect(suggestedGuide(library, 'resignation-exit', 'other', 'exit')?.id).toBe(
      'builtin:exit-interview',
    );
    expect(suggestedGuide(library, 'grievance', 'witness', 'investigation')?.id).toBe(
      'builtin:general-witness',
    );
    expect(new Set(BUILT_IN_GUIDES.map((g) => g.id)).size).toBe(BUILT_IN_GUIDES.length);
  });

  it('copies questions into fresh entries: changing the template afterwards changes nothing', () => {
    const template = structuredClone(BUILT_IN_GUIDES[0]!);
    let n = 0;
    const entries = entriesFromGuide(template, () => id(1000 + ++n));
    const before = structuredClone(entries);
    template.questions[0]!.text = 'Edited later';
    template.questions.length = 1;
    expect(entries).toEqual(before);
    expect(entries[0]).toMatchObject({ origin: 'guide', answer: '', at: null, section: 'Account' });
  });

  it('lets a user edit of a built-in replace it, and lists own guides after', () => {
    const edit = { ...BUILT_IN_GUIDES[0]!, name: 'Harassment — complainant (our wording)' };
    const own = { ...BUILT_IN_GUIDES[1]!, id: id(5), name: 'Aardvark guide' };
    const library = guideLibrary([edit, own]);
    expect(library[0]).toMatchObject({ name: edit.name, builtIn: true, edited: true });
    expect(library.at(-1)).toMatchObject({ id: id(5), builtIn: false });
    expect(library.filter((g) => g.id === BUILT_IN_GUIDES[0]!.id)).toHaveLength(1);
  });
});

describe('derived tasks and mediation', () => {
  it('keeps private caucus notes out of the shared record entirely', () => {
    const m = emptyMediation();
    m.sessions.push(
      {
        id: id(30),
        kind: 'caucus',
        personId: id(101),
        on: '2026-03-01',
        notes: 'CAUCUS-CANARY fears for job',
      },
      { id: id(31), kind: 'joint', on: '2026-03-02', notes: 'Agreed to meet weekly' },
    );
    m.suitabilityNote = 'SUITABILITY-CANARY';
    const shared = sharedMediationRecord(m);
    expect(JSON.stringify(shared)).not.toContain('CANARY');
    expect(shared.jointSessions.map((s) => s.id)).toEqual([id(31)]);
  });

  it('adds a mediation review reminder once and moves it with the date', () => {
    const mediation = emptyMediation();
    mediation.agreement.reviewOn = '2026-06-01';
    let n = 0;
    const doc = caseDoc({ mediation, tasks: [] });
    const first = withDerivedTasks(doc, () => id(2000 + ++n));
    expect(first.added).toBe(1);
    const again = withDerivedTasks({ ...doc, tasks: first.tasks }, () => id(2000 + ++n));
    expect(again.added).toBe(0);
    const moved = withDerivedTasks(
      {
        ...doc,
        tasks: first.tasks,
        mediation: { ...mediation, agreement: { ...mediation.agreement, reviewOn: '2026-07-01' } },
      },
      () => id(2000 + ++n),
    );
    expect(
      moved.tasks.filter((t) => t.source.kind === 'mediation-review').map((t) => t.dueOn),
    ).toEqual(['2026-07-01']);
  });
});
