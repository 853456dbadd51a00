import type { InterviewEntry } from '@shared/domain/interview';
import { newId } from '../cases/case-ids';

// The note flow's pure steps: where a new entry goes, how entries group under headings, what a
// keystroke means. Kept out of the components so the shortcuts can be tested as plain functions.

export type FlowCommand = 'next' | 'ad-hoc' | 'verbatim' | 'follow-up' | 'note';

/**
 * The live-meeting shortcuts. Alt combinations are read from `code`, not `key`: on a Mac,
 * Option+V types "√", so `key` never says "v".
 */
export function commandOf(e: {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): FlowCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key === 'Enter') return e.shiftKey ? 'ad-hoc' : 'next';
  if (mod && !e.altKey && !e.shiftKey && e.code === 'KeyJ') return 'note';
  if (e.altKey && !mod && e.code === 'KeyV') return 'verbatim';
  if (e.altKey && !mod && e.code === 'KeyF') return 'follow-up';
  return null;
}

export function newEntry(kind: 'question' | 'note', section: string): InterviewEntry {
  return {
    id: newId(),
    kind,
    origin: 'ad-hoc',
    section,
    question: '',
    answer: '',
    verbatim: false,
    // A free note is begun when it is added; a question when its answer starts.
    at: kind === 'note' ? new Date().toISOString() : null,
    allegationIds: [],
    followUp: null,
  };
}

/** Entries with `entry` inserted after the one with id `afterId` (at the end when not found). */
export function insertAfter(
  entries: readonly InterviewEntry[],
  afterId: string | null,
  entry: InterviewEntry,
): InterviewEntry[] {
  const at = afterId === null ? -1 : entries.findIndex((e) => e.id === afterId);
  if (at < 0) return [...entries, entry];
  return [...entries.slice(0, at + 1), entry, ...entries.slice(at + 1)];
}

/** The id of the entry after `id`, or null when it is the last. */
export function nextId(entries: readonly InterviewEntry[], id: string): string | null {
  const at = entries.findIndex((e) => e.id === id);
  return entries[at + 1]?.id ?? null;
}

/** A typed answer: the first keystroke stamps when the question was put (main keeps its time). */
export function answered(entry: InterviewEntry, answer: string): InterviewEntry {
  const at = entry.at ?? (answer.trim() !== '' ? new Date().toISOString() : null);
  return { ...entry, answer, at };
}

export interface EntryGroup {
  section: string;
  entries: { entry: InterviewEntry; n: number }[];
}

/** Consecutive entries under the same heading, numbered through the whole interview. */
export function groupsOf(entries: readonly InterviewEntry[]): EntryGroup[] {
  const groups: EntryGroup[] = [];
  entries.forEach((entry, i) => {
    const last = groups[groups.length - 1];
    if (last && last.section === entry.section) last.entries.push({ entry, n: i + 1 });
    else groups.push({ section: entry.section, entries: [{ entry, n: i + 1 }] });
  });
  return groups;
}
