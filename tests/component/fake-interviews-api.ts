import { withDerivedTasks } from '@shared/domain/derived-tasks';
import {
  admonitionKeys,
  emptyAdmonitions,
  emptyExitForm,
  planOf,
  suggestedOrder,
  type Interview,
  type InterviewDraft,
} from '@shared/domain/interview';
import {
  entriesFromGuide,
  guideLibrary,
  type GuideTemplate,
} from '@shared/domain/interview-guides';
import { fail, ok } from '@shared/ipc/result';
import type { FakeClient } from './fake-api';
import { hexId, type CaseStore } from './fake-cases-api';

// The interview and guide channels for component tests, over the fake case store, with main's
// rules where the UI depends on them: rev-conditional saves, main's clock on first stamps, the
// lock after finalise, refusal to delete an interview with notes, follow-up tasks.

export const MAIN_NOW = '2026-11-20T10:15:30.000Z';
export const FAKE_HASH = 'c0ffee'.padEnd(64, '0');

export function makeInterview(overrides: Partial<Interview> & { personId: string }): Interview {
  return {
    id: hexId(),
    kind: 'investigation',
    order: 0,
    rev: 1,
    createdAt: MAIN_NOW,
    updatedAt: MAIN_NOW,
    guide: null,
    role: 'complainant',
    purpose: '',
    scheduledOn: null,
    startTime: null,
    endTime: null,
    mode: 'in-person',
    place: '',
    status: 'planned',
    statusReason: '',
    attendees: [],
    admonitions: emptyAdmonitions(),
    recordingConsent: 'not-recorded',
    entries: [],
    closingNote: '',
    exit: null,
    finalised: null,
    addenda: [],
    reviews: [],
    ...overrides,
  };
}

function stamp(previous: Interview, draft: InterviewDraft): InterviewDraft {
  const admonitions = { ...draft.admonitions };
  for (const key of admonitionKeys)
    if (admonitions[key] !== null) admonitions[key] = previous.admonitions[key] ?? MAIN_NOW;
  const before = new Map(previous.entries.map((e) => [e.id, e]));
  const entries = draft.entries.map((e) =>
    e.at === null ? e : { ...e, at: before.get(e.id)?.at ?? MAIN_NOW },
  );
  return { ...draft, admonitions, entries };
}

export function withInterviews(fake: FakeClient, store: CaseStore) {
  const guides: GuideTemplate[] = [];
  const entryOf = (caseId: string) => store.cases.get(caseId);
  const write = (caseId: string, interviews: Interview[]) => {
    const entry = entryOf(caseId);
    if (!entry) throw new Error(`no case ${caseId}`);
    const doc = { ...entry.doc, interviews };
    const derived = withDerivedTasks(doc, hexId);
    store.cases.set(caseId, { doc: { ...doc, tasks: derived.tasks }, seq: entry.seq + 1 });
    return { seq: entry.seq + 1, tasksAdded: derived.added };
  };
  const mutate = (
    caseId: string,
    interviewId: string,
    change: (iv: Interview) => Interview | string,
  ) => {
    const entry = entryOf(caseId);
    const iv = entry?.doc.interviews.find((x) => x.id === interviewId);
    if (!entry || !iv) return fail('NotFound', 'This case has no such interview.');
    const next = change(iv);
    if (typeof next === 'string') {
      const [code, message] = next.split(': ') as ['Conflict' | 'InterviewLocked', string];
      return fail(code, message);
    }
    const changed = { ...next, rev: iv.rev + 1, updatedAt: MAIN_NOW };
    const saved = write(
      caseId,
      entry.doc.interviews.map((x) => (x.id === iv.id ? changed : x)),
    );
    return ok({ interview: changed, ...saved });
  };
  const locked = 'InterviewLocked: This interview is finalised: its record cannot change.';

  fake.handle('interviews:create', (input) => {
    const entry = entryOf(input.caseId);
    if (!entry) return fail('NotFound', 'No such case.');
    const order = suggestedOrder(entry.doc.interviews, input.role);
    const interview = makeInterview({
      personId: input.personId,
      role: input.role,
      kind: input.kind ?? 'investigation',
      order,
      scheduledOn: input.scheduledOn ?? null,
      startTime: input.startTime ?? null,
      mode: input.mode ?? 'in-person',
      place: input.place ?? '',
      exit: input.kind === 'exit' ? emptyExitForm() : null,
    });
    const shifted = entry.doc.interviews.map((iv) =>
      iv.order >= order ? { ...iv, order: iv.order + 1 } : iv,
    );
    return ok({ interview, ...write(input.caseId, [...shifted, interview]) });
  });
  fake.handle('interviews:get', ({ caseId, interviewId }) => {
    const iv = entryOf(caseId)?.doc.interviews.find((x) => x.id === interviewId);
    if (!iv) return fail('NotFound', 'This case has no such interview.');
    return ok({ interview: iv, integrity: iv.finalised ? 'intact' : 'draft' });
  });
  fake.handle('interviews:update', ({ caseId, interviewId, expectedRev, draft }) =>
    mutate(caseId, interviewId, (iv) => {
      if (iv.finalised) return locked;
      if (iv.rev !== expectedRev) return 'Conflict: The interview was changed since it was opened.';
      return { ...iv, ...stamp(iv, draft) };
    }),
  );
  fake.handle('interviews:reorder', ({ caseId, order }) => {
    const entry = entryOf(caseId);
    if (!entry) return fail('NotFound', 'No such case.');
    const interviews = entry.doc.interviews.map((iv) => ({ ...iv, order: order.indexOf(iv.id) }));
    const { seq } = write(caseId, interviews);
    return ok({ interviews: planOf(interviews), seq });
  });
  fake.handle('interviews:delete', ({ caseId, interviewId }) => {
    const entry = entryOf(caseId);
    const iv = entry?.doc.interviews.find((x) => x.id === interviewId);
    if (!entry || !iv) return fail('NotFound', 'This case has no such interview.');
    if (iv.entries.some((e) => e.answer !== ''))
      return fail('InvalidInput', 'Notes were taken in this interview, so it stays on record.');
    const rest = planOf(entry.doc.interviews.filter((x) => x.id !== interviewId));
    return ok({
      seq: write(
        caseId,
        rest.map((x, i) => ({ ...x, order: i })),
      ).seq,
    });
  });
  fake.handle('interviews:apply-guide', ({ caseId, interviewId, expectedRev, guideId }) => {
    const guide = guideLibrary(guides).find((g) => g.id === guideId);
    if (!guide) return fail('NotFound', 'No such question guide.');
    return mutate(caseId, interviewId, (iv) => {
      if (iv.finalised) return locked;
      if (iv.rev !== expectedRev) return 'Conflict: The interview was changed since it was opened.';
      return {
        ...iv,
        guide: { templateId: guide.id, name: guide.name, copiedAt: MAIN_NOW },
        entries: [...iv.entries, ...entriesFromGuide(guide, hexId)],
      };
    });
  });
  fake.handle('interviews:finalise', ({ caseId, interviewId, expectedRev }) =>
    mutate(caseId, interviewId, (iv) => {
      if (iv.finalised) return locked;
      if (iv.rev !== expectedRev) return 'Conflict: The interview was changed since it was opened.';
      return {
        ...iv,
        status: iv.status === 'planned' ? 'done' : iv.status,
        finalised: { at: MAIN_NOW, by: 'Avery Quinn', sha256: FAKE_HASH },
      };
    }),
  );
  fake.handle('interviews:add-addendum', ({ caseId, interviewId, text }) =>
    mutate(caseId, interviewId, (iv) => ({
      ...iv,
      addenda: [...iv.addenda, { id: hexId(), at: MAIN_NOW, by: 'Avery Quinn', text }],
    })),
  );
  fake.handle('interviews:record-review', ({ caseId, interviewId, review }) =>
    mutate(caseId, interviewId, (iv) => ({
      ...iv,
      reviews: [
        ...iv.reviews,
        {
          id: hexId(),
          recordedAt: MAIN_NOW,
          recordedBy: 'Avery Quinn',
          outcome: review.outcome,
          on: review.on,
          corrections: review.corrections ?? '',
          reason: review.reason ?? '',
        },
      ],
    })),
  );
  fake.handle('guides:list', () => ok({ guides: guideLibrary(guides) }));
  fake.handle('guides:save', ({ guide }) => {
    const id = guide.id ?? hexId();
    const saved = { ...guide, id };
    const at = guides.findIndex((g) => g.id === id);
    if (at >= 0) guides[at] = saved;
    else guides.push(saved);
    const listed = guideLibrary(guides).find((g) => g.id === id);
    return listed ? ok(listed) : fail('NotFound', 'No such guide.');
  });
  fake.handle('guides:delete', ({ id }) => {
    const at = guides.findIndex((g) => g.id === id);
    if (at < 0) return fail('NotFound', 'No such question guide.');
    guides.splice(at, 1);
    return ok({ guides: guideLibrary(guides) });
  });
  return { guides };
}
