import type { CaseDoc } from '../../../src/shared/domain/case-doc';
import { emptyCredibility } from '../../../src/shared/domain/credibility';
import {
  emptyAdmonitions,
  emptyExitForm,
  type Interview,
  type InterviewEntry,
} from '../../../src/shared/domain/interview';
import type { Mediation } from '../../../src/shared/domain/mediation';
import type { Person } from '../../../src/shared/domain/person';
import { interviewHash } from '../../../src/main/interviews/interview-hash';
import { finalisedContent } from '../../../src/main/interviews/interview-rules';
import { id, P, PEOPLE, reportCase } from './case-fixtures';

/**
 * The report case with its interview records, credibility worksheets and a mediation, for the
 * interview statement, the mediation agreement and the "caucus notes reach no document" check.
 * Synthetic; Vietnamese and Chinese names throughout.
 */

/** Written only into caucus notes and the suitability note: no document may ever print it. */
export const CAUCUS_CANARY = 'PRIVATE-CAUCUS-CANARY-9d2e';
/** Written into the joint-session notes, which the agreement lists by date only. */
export const JOINT_NOTE_MARKER = 'JOINT-SESSION-NOTE-4b1c';
export const UNASKED_QUESTION = 'Is there anything about the rota you want to add?';

export const INTERVIEW = { khai: id(301), an: id(302), wangDraft: id(303), liu: id(304) };
export const MEDIATOR = 'Đỗ Hoàng Yến';
export const INTERPRETER = '陈静';
export const MEDIATION_PERSON = { quyen: id(107), hui: id(108) };

export const RECORD_PEOPLE: Person[] = [
  ...PEOPLE,
  {
    id: MEDIATION_PERSON.quyen,
    name: 'Lê Thị Quyên',
    title: 'Shift lead',
    department: 'Warehouse',
    updatedAt: '2026-02-01T09:00:00.000Z',
  },
  {
    id: MEDIATION_PERSON.hui,
    name: '黄慧',
    title: 'Shift lead',
    department: 'Warehouse',
    updatedAt: '2026-02-01T09:00:00.000Z',
  },
];

const entry = (n: number, fields: Partial<InterviewEntry>): InterviewEntry => ({
  id: id(400 + n),
  kind: 'question',
  origin: 'guide',
  section: 'Account',
  question: '',
  answer: '',
  verbatim: false,
  at: null,
  allegationIds: [],
  followUp: null,
  ...fields,
});

function base(
  n: string,
  personId: string,
  role: Interview['role'],
  kind: Interview['kind'],
): Interview {
  return {
    id: n,
    kind,
    order: 0,
    rev: 4,
    createdAt: '2026-03-08T09:00:00.000Z',
    updatedAt: '2026-03-09T11:10:00.000Z',
    guide: null,
    personId,
    role,
    purpose: 'To hear the complainant’s account of the meeting of 14 January.',
    scheduledOn: '2026-03-09',
    startTime: '10:00',
    endTime: '11:05',
    mode: 'in-person',
    place: 'Room 2A',
    status: 'done',
    statusReason: '',
    attendees: [
      { id: id(501), name: 'Sam Rivera', role: 'interviewer', timeIn: '10:00', timeOut: '11:05' },
      { id: id(502), name: 'Lê Thu', role: 'companion', timeIn: '10:00', timeOut: '11:05' },
      { id: id(503), name: INTERPRETER, role: 'interpreter', timeIn: '10:05', timeOut: '10:50' },
    ],
    admonitions: {
      ...emptyAdmonitions(),
      purpose: '2026-03-09T10:01:00.000Z',
      confidentiality: '2026-03-09T10:02:00.000Z',
      'non-retaliation': '2026-03-09T10:02:30.000Z',
      honesty: '2026-03-09T10:03:00.000Z',
    },
    recordingConsent: 'refused',
    entries: [],
    closingNote: 'Confidentiality and non-retaliation repeated; EAP offered and accepted.',
    exit: null,
    finalised: null,
    addenda: [],
    reviews: [],
  };
}

/** Finalised as main does it: unasked guide questions dropped, then hashed. */
export function finalise(iv: Interview, at: string): Interview {
  const content = finalisedContent(iv);
  return { ...content, finalised: { at, by: 'Sam Rivera', sha256: interviewHash(content) } };
}

export function khaiInterview(): Interview {
  const draft: Interview = {
    ...base(INTERVIEW.khai, P.khai, 'complainant', 'investigation'),
    entries: [
      entry(1, {
        question: 'In your own words, what happened in the meeting on 14 January?',
        answer: 'Chị Phương said my vowels sounded “like a village radio” and 王芳 laughed.',
        verbatim: true,
        at: '2026-03-09T10:06:00.000Z',
        allegationIds: [id(10)],
      }),
      entry(2, {
        kind: 'note',
        origin: 'ad-hoc',
        section: '',
        answer: 'Ms Nguyễn paused and asked for water before continuing.',
        at: '2026-03-09T10:12:00.000Z',
      }),
      entry(3, {
        origin: 'ad-hoc',
        section: '',
        question: 'Who else was in the room?',
        answer: 'Zoë Ångström, Trần Văn An and 刘小明; Zoë left before the end.',
        at: '2026-03-09T10:15:00.000Z',
      }),
      entry(4, { question: UNASKED_QUESTION, section: 'Closing' }),
    ],
  };
  const done = finalise(draft, '2026-03-09T11:10:00.000Z');
  return {
    ...done,
    addenda: [
      {
        id: id(601),
        at: '2026-03-10T09:30:00.000Z',
        by: 'Sam Rivera',
        text: 'Ms Nguyễn phoned to add that the remark was repeated in the chat an hour later (E1).',
      },
      {
        id: id(602),
        at: '2026-03-12T15:45:00.000Z',
        by: 'Sam Rivera',
        text: '王芳’s name was spelled correctly throughout; the interpreter 陈静 confirmed the translation of the quoted phrase.',
      },
    ],
    reviews: [
      {
        id: id(701),
        recordedAt: '2026-03-11T10:00:00.000Z',
        recordedBy: 'Sam Rivera',
        outcome: 'declined',
        on: '2026-03-11',
        corrections: '',
        reason: 'Wanted to read it with her companion first.',
      },
      {
        id: id(702),
        recordedAt: '2026-03-13T10:00:00.000Z',
        recordedBy: 'Sam Rivera',
        outcome: 'signed-with-corrections',
        on: '2026-03-13',
        corrections: 'It was “village radio”, not “old radio”.',
        reason: '',
      },
    ],
  };
}

export function exitInterview(): Interview {
  const draft: Interview = {
    ...base(INTERVIEW.an, P.an, 'other', 'exit'),
    purpose: 'Exit interview',
    scheduledOn: '2026-03-25',
    attendees: [
      { id: id(511), name: 'Jordan Blake', role: 'interviewer', timeIn: null, timeOut: null },
    ],
    entries: [
      entry(11, {
        question: 'Why are you leaving?',
        answer: 'Workload and the commute.',
        at: '2026-03-25T14:00:00.000Z',
      }),
    ],
    closingNote: '',
    exit: {
      ...emptyExitForm(),
      reasons: ['Workload', 'Commute'],
      primaryReason: 'Workload',
      noticeGiven: true,
      noticeOn: '2026-03-01',
      lastDay: '2026-03-31',
      rehire: 'eligible',
      nonCompeteEndsOn: '2026-09-30',
      comments: 'Trần Văn An would come back for a role with less overtime.',
    },
  };
  return finalise(draft, '2026-03-25T15:00:00.000Z');
}

export function recordCase(): CaseDoc {
  const doc = reportCase();
  const wangDraft: Interview = {
    ...base(INTERVIEW.wangDraft, P.wang, 'respondent', 'investigation'),
    order: 2,
    scheduledOn: '2026-03-11',
    attendees: [
      { id: id(521), name: 'Sam Rivera', role: 'interviewer', timeIn: '14:00', timeOut: '15:00' },
    ],
  };
  const liuDeclined: Interview = {
    ...base(INTERVIEW.liu, P.liu, 'respondent', 'investigation'),
    order: 3,
    status: 'declined',
    statusReason: '刘小明 said he would answer in writing only.',
    attendees: [],
  };
  const wangCred = emptyCredibility(P.wang);
  return {
    ...doc,
    interviews: [
      { ...khaiInterview(), order: 0 },
      { ...exitInterview(), order: 1 },
      wangDraft,
      liuDeclined,
    ],
    credibility: [
      {
        ...wangCred,
        factors: {
          ...wangCred.factors,
          plausibility: {
            bearing: 'undermines',
            note: 'Her denial conflicts with her own chat message (E1).',
          },
          demeanour: { bearing: 'neutral', note: 'Calm throughout.' },
          corroboration: {
            bearing: 'undermines',
            note: 'Trần Văn An’s minutes record the remark.',
          },
        },
        overall: 'partly-credible',
        conclusion: '王芳’s account is less credible than the complainant’s on the remark itself.',
      },
      // Nothing assessed yet: not printed.
      emptyCredibility(P.khai),
    ],
    mediation: mediation(),
  };
}

export function mediation(): Mediation {
  return {
    mediator: MEDIATOR,
    suitable: 'yes',
    suitabilityNote: `Both leads are peers; no safety risk. ${CAUCUS_CANARY}`,
    participants: [
      { personId: MEDIATION_PERSON.quyen, consentedOn: '2026-04-01' },
      { personId: MEDIATION_PERSON.hui, consentedOn: '2026-04-02' },
    ],
    sessions: [
      {
        id: id(801),
        kind: 'caucus',
        personId: MEDIATION_PERSON.quyen,
        on: '2026-04-03',
        notes: `Quyên is worried about her review. ${CAUCUS_CANARY}`,
      },
      {
        id: id(802),
        kind: 'caucus',
        personId: MEDIATION_PERSON.hui,
        on: '2026-04-03',
        notes: `黄慧 feels excluded. ${CAUCUS_CANARY}`,
      },
      {
        id: id(803),
        kind: 'joint',
        on: '2026-04-10',
        notes: `Agreed ground rules. ${JOINT_NOTE_MARKER}`,
      },
      { id: id(804), kind: 'joint', on: '2026-04-08', notes: 'First joint meeting.' },
    ],
    agreement: {
      outcome: 'full',
      terms: [
        {
          id: id(811),
          text: 'Lê Thị Quyên and 黄慧 will hand over each shift in person, with a written note.',
        },
        {
          id: id(812),
          text: 'Disagreements about the rota go to the warehouse manager within two working days.',
        },
        { id: id(813), text: 'Both will attend the team’s communication workshop in May.' },
      ],
      signedOn: '2026-04-10',
      reviewOn: '2026-07-10',
    },
  };
}
