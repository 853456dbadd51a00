import type { GuideListing, GuideRole, GuideTemplate } from '@shared/domain/interview-guides';
import type { CaseType } from '@shared/domain/case-types';
import { newId } from '../cases/case-ids';

// A guide while it is edited in Settings: questions carry a local key so React keeps each row's
// focus while rows move; the key is dropped before saving.

export interface DraftQuestion {
  key: string;
  section: string;
  text: string;
}

export interface GuideDraft {
  /** Absent for a new guide of the user's. */
  id?: string;
  name: string;
  caseTypes: CaseType[];
  role: GuideRole;
  questions: DraftQuestion[];
}

export function draftOfGuide(guide: GuideListing | null): GuideDraft {
  if (!guide)
    return {
      name: '',
      caseTypes: [],
      role: 'any',
      questions: [{ key: newId(), section: '', text: '' }],
    };
  return {
    id: guide.id,
    name: guide.name,
    caseTypes: [...guide.caseTypes],
    role: guide.role,
    questions: guide.questions.map((q) => ({ key: newId(), section: q.section, text: q.text })),
  };
}

export function moveQuestion(
  questions: DraftQuestion[],
  index: number,
  delta: -1 | 1,
): DraftQuestion[] {
  const to = index + delta;
  if (to < 0 || to >= questions.length) return questions;
  const next = [...questions];
  [next[index], next[to]] = [next[to] as DraftQuestion, next[index] as DraftQuestion];
  return next;
}

/** What `guides:save` takes, or the first problem in words the form can show. */
export function guideToSave(
  draft: GuideDraft,
):
  | { ok: true; guide: Omit<GuideTemplate, 'id'> & { id?: string } }
  | { ok: false; field: 'name' | 'questions' } {
  if (!draft.name.trim()) return { ok: false, field: 'name' };
  const questions = draft.questions
    .filter((q) => q.text.trim() !== '')
    .map((q) => ({ section: q.section.trim(), text: q.text.trim() }));
  if (questions.length === 0) return { ok: false, field: 'questions' };
  return {
    ok: true,
    guide: {
      ...(draft.id ? { id: draft.id } : {}),
      name: draft.name.trim(),
      caseTypes: draft.caseTypes,
      role: draft.role,
      questions,
    },
  };
}
