import {
  admonitionKeys,
  emptyAdmonitions,
  emptyExitForm,
  type Interview,
  type InterviewDraft,
  type InterviewEntry,
} from '../../shared/domain/interview';
import { AppError } from '../ipc/app-error';

// Pure rules the interview service applies before it writes: main's clock on every time stamp,
// the lock on finalised records, what finalising keeps.

/**
 * Main's clock on every stamp: an admonition ticked or a question asked for the first time gets
 * `now`; one stamped earlier keeps its stamp whatever the renderer sends; an unticked box is null.
 */
export function stampDraft(
  previous: Interview,
  draft: InterviewDraft,
  now: string,
): InterviewDraft {
  const admonitions = { ...draft.admonitions };
  for (const key of admonitionKeys) {
    if (admonitions[key] !== null) admonitions[key] = previous.admonitions[key] ?? now;
  }
  const before = new Map(previous.entries.map((e) => [e.id, e]));
  const entries = draft.entries.map((e): InterviewEntry =>
    e.at === null ? e : { ...e, at: before.get(e.id)?.at ?? now },
  );
  return { ...draft, admonitions, entries };
}

export function assertDraft(iv: Interview): void {
  if (iv.finalised) {
    throw new AppError(
      'InterviewLocked',
      'This interview is finalised: its record cannot change. Add a dated addendum instead.',
      { interviewId: iv.id, finalisedAt: iv.finalised.at },
    );
  }
}

export function assertRev(iv: Interview, expectedRev: number): void {
  if (iv.rev !== expectedRev) {
    throw new AppError('Conflict', 'The interview was changed since it was opened.', {
      interviewId: iv.id,
      expectedRev,
      currentRev: iv.rev,
    });
  }
}

const hasContent = (e: InterviewEntry) => e.answer !== '' || e.at !== null || e.origin === 'ad-hoc';

/**
 * What a finalised record keeps: guide questions that were never asked (no answer, never stamped)
 * are not part of what happened in the room, so they go; everything else stays as recorded.
 */
export function finalisedContent(iv: Interview): Interview {
  const entries = iv.entries.filter(hasContent);
  const recorded =
    entries.some((e) => e.answer !== '') ||
    iv.closingNote !== '' ||
    exitFormFilled(iv) ||
    iv.status === 'declined' ||
    iv.status === 'unavailable';
  if (!recorded) {
    throw new AppError('InvalidInput', 'Nothing has been recorded in this interview yet.', {
      issues: [{ path: 'entries', message: 'Record at least one answer before finalising' }],
    });
  }
  return { ...iv, entries, status: iv.status === 'planned' ? 'done' : iv.status };
}

/**
 * An exit interview is often just its structured form (reasons ticked, rehire decided, covenant
 * dates): that is a record of what was said, so it can be finalised without any Q&A.
 */
function exitFormFilled(iv: Interview): boolean {
  if (iv.kind !== 'exit' || !iv.exit) return false;
  const empty = emptyExitForm();
  return (Object.keys(empty) as (keyof typeof empty)[]).some(
    (key) => JSON.stringify(iv.exit?.[key]) !== JSON.stringify(empty[key]),
  );
}

export function newInterview(fields: {
  id: string;
  kind: Interview['kind'];
  personId: string;
  role: Interview['role'];
  order: number;
  now: string;
  purpose: string;
  scheduledOn: string | null;
  startTime: string | null;
  mode: Interview['mode'];
  place: string;
  interviewer: { id: string; name: string } | null;
}): Interview {
  return {
    id: fields.id,
    kind: fields.kind,
    order: fields.order,
    rev: 1,
    createdAt: fields.now,
    updatedAt: fields.now,
    guide: null,
    personId: fields.personId,
    role: fields.role,
    purpose: fields.purpose,
    scheduledOn: fields.scheduledOn,
    startTime: fields.startTime,
    endTime: null,
    mode: fields.mode,
    place: fields.place,
    status: 'planned',
    statusReason: '',
    attendees: fields.interviewer
      ? [
          {
            id: fields.interviewer.id,
            name: fields.interviewer.name,
            role: 'interviewer',
            timeIn: null,
            timeOut: null,
          },
        ]
      : [],
    admonitions: emptyAdmonitions(),
    recordingConsent: 'not-recorded',
    entries: [],
    closingNote: '',
    exit: fields.kind === 'exit' ? emptyExitForm() : null,
    finalised: null,
    addenda: [],
    reviews: [],
  };
}
