import type {
  Admonitions,
  AdmonitionKey,
  Attendee,
  ExitForm,
  Interview,
} from '../../shared/domain/interview';
import { formatDate } from './document-kit';
import { BOX_DONE, BOX_OPEN } from './property-checklist';
import type { Block } from './spec';

/** Wording and small block builders for the interview statement, kept apart from its layout. */

export const ADMONITION_LABEL: Record<AdmonitionKey, string> = {
  purpose: 'Purpose of the interview explained',
  confidentiality: 'Confidentiality: asked to keep the matter confidential, and why',
  'non-retaliation': 'Non-retaliation: retaliation is prohibited and should be reported',
  honesty: 'Honesty: answers must be truthful and complete',
  neutrality: 'The investigator is neutral and no decision has been made',
  accompaniment: 'Right to be accompanied explained',
  'use-of-notes': 'How the notes will be used and who may see them',
};

export const ATTENDEE_ROLE: Record<Attendee['role'], string> = {
  interviewer: 'Interviewer',
  'note-taker': 'Note-taker',
  representative: 'Representative',
  companion: 'Companion',
  interpreter: 'Interpreter',
  other: 'Other',
};

export const MODE_LABEL: Record<Interview['mode'], string> = {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Telephone',
  written: 'Written answers',
};

export const RECORDING_LABEL: Record<Interview['recordingConsent'], string> = {
  'not-recorded': 'Not recorded (no audio or video recording was made)',
  consented: 'Recorded, with the interviewee’s consent',
  refused: 'Not recorded: the interviewee did not consent to a recording',
};

export const REVIEW_LABEL: Record<Interview['reviews'][number]['outcome'], string> = {
  signed: 'Signed',
  'signed-with-corrections': 'Signed with corrections',
  declined: 'Declined to sign',
};

/** "9 March 2026, 10:14 UTC": main stamps instants in UTC, so the statement says so. */
export function formatInstant(iso: string): string {
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

/** "10:00–11:05", "from 10:00", or a dash. */
export function timeSpan(from: string | null, to: string | null): string {
  if (from && to) return `${from}–${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return '—';
}

/** 64 hex digits in four groups of 16: readable aloud and compared at a glance. */
export function admonitionsTable(admonitions: Admonitions): Block {
  return {
    type: 'table',
    columns: [
      { header: 'Statement', weight: 6 },
      { header: 'Given at', weight: 3 },
    ],
    rows: (Object.keys(ADMONITION_LABEL) as AdmonitionKey[]).map((key) => {
      const at = admonitions[key];
      return [ADMONITION_LABEL[key], at ? formatInstant(at) : 'Not recorded as given'];
    }),
  };
}

export function attendeesTable(attendees: readonly Attendee[]): Block {
  return {
    type: 'table',
    columns: [
      { header: 'Name', weight: 4 },
      { header: 'Role', weight: 3 },
      { header: 'Time in', weight: 1.5 },
      { header: 'Time out', weight: 1.5 },
    ],
    rows: attendees.map((a) => [a.name, ATTENDEE_ROLE[a.role], a.timeIn ?? '—', a.timeOut ?? '—']),
  };
}

const box = (on: boolean) => (on ? BOX_DONE : BOX_OPEN);
const yesNo = (value: boolean | null) => (value === null ? 'Not recorded' : value ? 'Yes' : 'No');

/** The exit form as recorded in the interview: what the leaver said, then HR's rehire view. */
export function exitFormBlocks(exit: ExitForm): Block[] {
  const reasons = [
    ...new Set([...exit.reasons, ...(exit.primaryReason ? [exit.primaryReason] : [])]),
  ];
  return [
    { type: 'heading', level: 1, text: 'Exit interview form' },
    { type: 'heading', level: 2, text: 'Reasons for leaving' },
    reasons.length
      ? {
          type: 'list',
          items: reasons.map(
            (r) => `${box(true)}\u00a0${r}${r === exit.primaryReason ? ' (main reason)' : ''}`,
          ),
        }
      : { type: 'paragraph', tone: 'muted', text: 'No reasons recorded.' },
    {
      type: 'keyValue',
      items: [
        { key: 'Notice given', value: yesNo(exit.noticeGiven) },
        { key: 'Notice given on', value: formatDate(exit.noticeOn) },
        { key: 'Last day of work', value: formatDate(exit.lastDay) },
        {
          key: 'Non-compete ends',
          value: exit.nonCompeteEndsOn ? formatDate(exit.nonCompeteEndsOn) : 'None recorded',
        },
        {
          key: 'Non-solicitation ends',
          value: exit.nonSolicitEndsOn ? formatDate(exit.nonSolicitEndsOn) : 'None recorded',
        },
        { key: 'Alumni contact', value: yesNo(exit.alumniContactConsent) },
      ],
    },
    { type: 'heading', level: 2, text: 'Comments' },
    exit.comments
      ? { type: 'paragraph', text: exit.comments }
      : { type: 'paragraph', tone: 'muted', text: 'No comments recorded.' },
    { type: 'heading', level: 2, text: 'For HR use only' },
    {
      type: 'keyValue',
      items: [
        {
          key: 'Rehire eligibility',
          value:
            exit.rehire === null
              ? 'Not decided'
              : { eligible: 'Eligible', 'not-eligible': 'Not eligible', review: 'Review first' }[
                  exit.rehire
                ],
        },
        ...(exit.rehireNote ? [{ key: 'Reason', value: exit.rehireNote }] : []),
      ],
    },
    {
      type: 'paragraph',
      tone: 'small',
      text: 'Rehire eligibility is company practice, not a legal status; record the reason and apply it consistently.',
    },
  ];
}
