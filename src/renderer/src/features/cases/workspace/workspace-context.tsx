import { createContext, useContext } from 'react';
import type { CaseContent, CaseDoc } from '@shared/domain/case-doc';
import type { CalendarDate } from '@shared/domain/dates';
import type { Interview } from '@shared/domain/interview';
import type { OutputOf } from '@shared/ipc/contract';

export type PersonInfo = OutputOf<'people:get'>;

export interface Workspace {
  caseId: string;
  doc: CaseDoc;
  seq: number;
  /** The seq main last confirmed, read at call time (after an awaited flush it has moved on). */
  currentSeq: () => number;
  today: CalendarDate;
  edit: (update: (content: CaseContent) => CaseContent) => void;
  /** Saves pending edits now; resolves when main has them (or the save failed). */
  flush: () => Promise<void>;
  /** Re-reads the case after main changed its own parts (evidence import, custody, status). */
  refresh: () => Promise<void>;
  /**
   * An interview channel answered: keep the workspace's seq current (so its own autosave goes on)
   * and its copy of the interviews; re-read the case when main added tasks with the save.
   */
  interviewsSaved: (saved: { seq: number; interviews: Interview[]; tasksAdded?: number }) => void;
  people: ReadonlyMap<string, PersonInfo>;
  /** Loads (or reloads) people records, e.g. after adding a party. */
  loadPeople: (ids: readonly string[], force?: boolean) => void;
  openCase: (caseId: string) => void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace() is for sections inside <CaseWorkspace>.');
  return value;
}

/** A name for a person id, or a placeholder while the record loads. */
export function nameOf(people: ReadonlyMap<string, PersonInfo>, id: string): string {
  return people.get(id)?.person.name ?? '…';
}
