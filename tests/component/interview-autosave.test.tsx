import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import {
  draftProblem,
  initInterviewSave,
  interviewSaveReducer,
  mergeStamps,
  sendable,
} from '@renderer/features/interviews/interview-autosave-state';
import { useInterviewAutosave } from '@renderer/features/interviews/use-interview-autosave';
import type { InterviewDraft } from '@shared/domain/interview';
import { createFakeClient } from './fake-api';
import { hexId, makeDoc, makePerson, withCases } from './fake-cases-api';
import { makeInterview, MAIN_NOW, withInterviews } from './fake-interviews-api';

const withPurpose = (purpose: string) => (d: InterviewDraft) => ({ ...d, purpose });

describe('interview autosave state', () => {
  it('keeps edits typed while a save was in flight and takes main’s stamps', () => {
    const iv = makeInterview({ personId: hexId() });
    let state = interviewSaveReducer(initInterviewSave(iv), {
      type: 'edit',
      update: (d) => ({
        ...d,
        admonitions: { ...d.admonitions, honesty: '2026-11-20T10:15:31.999Z' },
      }),
    });
    state = interviewSaveReducer(state, { type: 'save-started', rev: 1 });
    state = interviewSaveReducer(state, { type: 'edit', update: withPurpose('Typed meanwhile ') });
    const saved = {
      ...iv,
      rev: 2,
      admonitions: { ...iv.admonitions, honesty: MAIN_NOW },
    };
    state = interviewSaveReducer(state, { type: 'save-succeeded', rev: 1, interview: saved });
    expect(state.base.rev).toBe(2);
    expect(state.draft.admonitions.honesty).toBe(MAIN_NOW);
    // Not trimmed, not lost: the trailing space is the user's next word starting.
    expect(state.draft.purpose).toBe('Typed meanwhile ');
    expect(state.rev).toBe(2);
    expect(state.savedRev).toBe(1);
  });

  it('never lets a half-typed row block the save of everything else', () => {
    const iv = makeInterview({ personId: hexId() });
    const base = initInterviewSave(iv).draft;
    const draft: InterviewDraft = {
      ...base,
      attendees: [{ id: hexId(), name: ' ', role: 'note-taker', timeIn: null, timeOut: null }],
      entries: [
        {
          id: hexId(),
          kind: 'question',
          origin: 'ad-hoc',
          section: '',
          question: '',
          answer: 'Typed before the question.',
          verbatim: false,
          at: MAIN_NOW,
          allegationIds: [],
          followUp: null,
        },
      ],
    };
    expect(draftProblem(draft)).not.toBeNull();
    const sent = sendable(draft);
    expect(draftProblem(sent)).toBeNull();
    expect(sent.attendees).toEqual([]);
    expect(sent.entries[0]).toMatchObject({ kind: 'note', answer: 'Typed before the question.' });
  });

  it('merges main’s stamps only into entries the user also stamped', () => {
    const iv = makeInterview({ personId: hexId() });
    const draft = { ...initInterviewSave(iv).draft, purpose: 'x' };
    expect(mergeStamps(draft, iv)).toEqual(draft);
  });
});

describe('useInterviewAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const fake = createFakeClient();
    const person = makePerson('Alex Morgan');
    const iv = makeInterview({ personId: person.id });
    const doc = makeDoc({
      number: 'ER-2026-0003',
      parties: [{ personId: person.id, role: 'complainant' }],
      interviews: [iv],
    });
    const store = withCases(fake, { docs: [doc], people: [person] });
    withInterviews(fake, store);
    const onSaved = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider client={fake.client}>{children}</ApiProvider>
    );
    const hook = renderHook(() => useInterviewAutosave(doc.id, iv, onSaved), { wrapper });
    const updates = () => fake.calls.filter((c) => c.channel === 'interviews:update');
    const type = async (text: string, then: number) => {
      act(() => hook.result.current.edit(withPurpose(text)));
      await act(async () => void vi.advanceTimersByTime(then));
    };
    return { hook, updates, type, onSaved, stored: () => store.cases.get(doc.id)!.doc };
  }

  it('sends an edit ~300 ms after the last keystroke, conditional on the rev', async () => {
    const { updates, type, hook, onSaved, stored } = setup();
    await type('A', 100);
    await type('Ab', 250);
    expect(updates()).toHaveLength(0);
    await act(async () => void vi.advanceTimersByTime(60));
    expect(updates()).toHaveLength(1);
    expect(updates()[0]?.input).toMatchObject({ expectedRev: 1, draft: { purpose: 'Ab' } });
    expect(hook.result.current.status).toBe('saved');
    expect(hook.result.current.state.base.rev).toBe(2);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ seq: 2, tasksAdded: 0 }));
    expect(stored().interviews[0]?.purpose).toBe('Ab');
    // The next save expects the rev main returned.
    await type('Abc', 400);
    expect(updates()[1]?.input).toMatchObject({ expectedRev: 2, draft: { purpose: 'Abc' } });
  });

  it('saves at least every second under continuous typing', async () => {
    const { updates, type } = setup();
    let text = '';
    // A keystroke every 150 ms for 3 s: the debounce alone would never fire.
    for (let i = 0; i < 20; i += 1) {
      text += 'a';
      await type(text, 150);
    }
    // One save per second of typing (at ~1.0 s and ~2.1 s), each with all typed up to then.
    const sent = updates().map((c) => (c.input as { draft: InterviewDraft }).draft.purpose);
    expect(sent.length).toBe(2);
    expect(sent[0]?.length).toBe(7);
    expect(sent[1]?.length).toBe(14);
    // What was typed in the last second goes within the next one.
    await act(async () => void vi.advanceTimersByTime(1000));
    expect(updates().at(-1)?.input).toMatchObject({ draft: { purpose: text } });
  });

  it('flushes at once on demand and reloads after a Conflict', async () => {
    const { hook, updates } = setup();
    act(() => hook.result.current.edit(withPurpose('Now')));
    await act(async () => void (await hook.result.current.flush()));
    expect(updates()).toHaveLength(1);
    // Someone else's save moved the rev on: this one is refused, main's record comes back.
    act(() =>
      hook.result.current.dispatch({
        type: 'replaced',
        interview: { ...hook.result.current.state.base, rev: 1 },
      }),
    );
    act(() => hook.result.current.edit(withPurpose('Stale')));
    await act(async () => void (await hook.result.current.flush()));
    await act(async () => void vi.advanceTimersByTime(10));
    expect(hook.result.current.state.reloaded).toBe('conflict');
    expect(hook.result.current.state.draft.purpose).toBe('Now');
  });
});
