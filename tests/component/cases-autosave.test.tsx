import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import {
  autosaveReducer,
  initAutosave,
  nextSave,
  saveStatus,
  type AutosaveState,
} from '@renderer/features/cases/workspace/autosave-state';
import { useAutosave } from '@renderer/features/cases/workspace/use-autosave';
import { retryDelay } from '@renderer/lib/autosave-timing';
import { createFakeClient } from './fake-api';
import { makeDoc, withCases } from './fake-cases-api';

const doc = makeDoc({ number: 'ER-2026-0001' });
const typed = (state: AutosaveState, title: string) =>
  autosaveReducer(state, { type: 'edit', update: (c) => ({ ...c, title }) });

describe('autosave state', () => {
  it('coalesces a burst of edits into one save of the latest content', () => {
    let state = initAutosave({ doc, seq: 3 });
    expect(saveStatus(state)).toBe('saved');
    for (const title of ['C', 'Co', 'Com']) state = typed(state, title);
    expect(saveStatus(state)).toBe('pending');
    const save = nextSave(state);
    expect(save).toMatchObject({ rev: 3, expectedSeq: 3 });
    expect(save?.content.title).toBe('Com');
    // The content sent is exactly the editable part: no main-owned fields.
    expect(save?.content).not.toHaveProperty('workflow');
    expect(save?.content).not.toHaveProperty('evidence');
  });

  it('advances the seq after each save and keeps edits typed during it unsaved', () => {
    let state = typed(initAutosave({ doc, seq: 3 }), 'First');
    state = autosaveReducer(state, { type: 'save-started', rev: 1 });
    expect(nextSave(state)).toBeNull();
    state = typed(state, 'Second');
    state = autosaveReducer(state, { type: 'save-succeeded', rev: 1, seq: 4 });
    expect(state.seq).toBe(4);
    expect(saveStatus(state)).toBe('pending');
    expect(nextSave(state)).toMatchObject({ rev: 2, expectedSeq: 4 });
    state = autosaveReducer(state, { type: 'save-started', rev: 2 });
    state = autosaveReducer(state, { type: 'save-succeeded', rev: 2, seq: 5 });
    expect(saveStatus(state)).toBe('saved');
    expect(state.seq).toBe(5);
  });

  it('keeps the edit after a failed save and retries it with the same seq', () => {
    let state = typed(initAutosave({ doc, seq: 7 }), 'Kept');
    state = autosaveReducer(state, { type: 'save-started', rev: 1 });
    state = autosaveReducer(state, {
      type: 'save-failed',
      rev: 1,
      error: { code: 'StorageIOError', message: 'Disk full.' },
    });
    expect(saveStatus(state)).toBe('error');
    expect(state.doc.title).toBe('Kept');
    expect(nextSave(state)).toMatchObject({ rev: 1, expectedSeq: 7 });
    expect(retryDelay(state.failures)).toBe(2000);
    expect(retryDelay(10)).toBe(30_000);
  });

  it('takes main-owned changes without losing unsaved edits, and a reload replaces all', () => {
    let state = typed(initAutosave({ doc, seq: 2 }), 'Mine');
    const moved = { ...doc, workflow: { ...doc.workflow, status: 'assessment' as const } };
    state = autosaveReducer(state, { type: 'main-changed', doc: moved, seq: 3 });
    expect(state.doc.workflow.status).toBe('assessment');
    expect(state.doc.title).toBe('Mine');
    expect(state.seq).toBe(3);
    state = autosaveReducer(state, { type: 'reloaded', doc: moved, seq: 9 });
    expect(state.doc.title).toBe(doc.title);
    expect(state.reloadedAfterConflict).toBe(true);
    expect(saveStatus(state)).toBe('saved');
  });
});

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const fake = createFakeClient();
    const store = withCases(fake, { docs: [makeDoc({ number: 'ER-2026-0002' })] });
    const [id, entry] = [...store.cases.entries()][0]!;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider client={fake.client}>{children}</ApiProvider>
    );
    const hook = renderHook(() => useAutosave(id, entry), { wrapper });
    const updates = () => fake.calls.filter((c) => c.channel === 'cases:update');
    return { fake, store, id, hook, updates };
  }

  it('debounces typing into one cases:update ~600 ms after the last key', async () => {
    const { hook, updates, store, id } = setup();
    for (const title of ['A', 'Ab', 'Abc']) {
      act(() => hook.result.current.edit((c) => ({ ...c, title })));
      await act(async () => void vi.advanceTimersByTime(300));
    }
    expect(updates()).toHaveLength(0);
    await act(async () => void vi.advanceTimersByTime(400));
    expect(updates()).toHaveLength(1);
    expect(updates()[0]?.input).toMatchObject({ expectedSeq: 1, content: { title: 'Abc' } });
    expect(hook.result.current.status).toBe('saved');
    expect(hook.result.current.state.seq).toBe(2);
    expect(store.cases.get(id)?.doc.title).toBe('Abc');
  });

  it('retries a failed save by itself and flushes at once on demand', async () => {
    const { hook, updates, fake } = setup();
    fake.failNext('cases:update', 'StorageIOError', 'Disk full.');
    act(() => hook.result.current.edit((c) => ({ ...c, title: 'Retry me' })));
    await act(async () => void (await hook.result.current.flush()));
    expect(hook.result.current.status).toBe('error');
    await act(async () => void vi.advanceTimersByTime(2000));
    expect(updates()).toHaveLength(2);
    expect(updates()[1]?.input).toMatchObject({ expectedSeq: 1, content: { title: 'Retry me' } });
    expect(hook.result.current.status).toBe('saved');
  });

  it('reloads the case and says so after a Conflict', async () => {
    const { hook, store, id } = setup();
    const entry = store.cases.get(id)!;
    store.cases.set(id, { doc: { ...entry.doc, title: 'Changed elsewhere' }, seq: 5 });
    act(() => hook.result.current.edit((c) => ({ ...c, title: 'Mine' })));
    await act(async () => void (await hook.result.current.flush()));
    await act(async () => void vi.advanceTimersByTime(10));
    expect(hook.result.current.state.reloadedAfterConflict).toBe(true);
    expect(hook.result.current.state.doc.title).toBe('Changed elsewhere');
    expect(hook.result.current.state.seq).toBe(5);
  });
});
