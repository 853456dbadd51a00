import { caseTypes, type CaseType } from '../../shared/domain/case-types';
import type { CaseDoc } from '../../shared/domain/case-doc';
import { addDays, type CalendarDate } from '../../shared/domain/dates';
import type { Interview } from '../../shared/domain/interview';
import { BUILT_IN_GUIDES, entriesFromGuide } from '../../shared/domain/interview-guides';
import type { PersonInput } from '../../shared/domain/person';
import type { CaseCreateInput } from '../cases/case-doc-rules';
import { interviewHash } from '../interviews/interview-hash';
import { newInterview } from '../interviews/interview-rules';

// Synthetic, deterministic demo data: the same seed gives the same people, titles, numbers and
// content (only the random ids and the write times differ). Names mix English, Vietnamese,
// Chinese and others, because search and sorting must work for all of them.

/** mulberry32: small, fast and seedable (Math.random() would make two demos differ). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const NAMED = [
  'Nguyễn Thị Minh Khai',
  'Trần Văn Hùng',
  '王芳',
  '李伟',
  'Alex Morgan',
  'Priya Raman',
];
const VI_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng'];
const VI_GIVEN = ['Thị Lan', 'Văn Đức', 'Ngọc Hà', 'Quốc Bảo', 'Thu Trang', 'Minh Tuấn'];
const ZH = ['张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强', '周杰', '吴婷', '王磊', '李娜'];
const EN_GIVEN = ['Emily', 'James', 'Olivia', 'Daniel', 'Aisha', 'José', 'Jörg', 'Fatima', 'Kenji'];
const EN_FAMILY = ['Smith', 'García', 'Müller', 'Okafor', 'Kowalski', 'Haddad', 'Tanaka', 'Brown'];
const DEPARTMENTS = ['Finance', 'Logistics', 'Sales APAC', 'R&D', 'Customer Care', 'Warehouse'];
const TITLES = ['Analyst', 'Team Lead', 'Picker', 'Engineer', 'Manager', 'Coordinator'];

export function demoPeople(rand: Rand, count: number): PersonInput[] {
  const people: PersonInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = rand();
    const name =
      i < NAMED.length
        ? NAMED[i]!
        : r < 0.35
          ? `${pick(rand, VI_FAMILY)} ${pick(rand, VI_GIVEN)}`
          : r < 0.6
            ? `${pick(rand, ZH)}${i % 7 === 0 ? '' : ''}`
            : `${pick(rand, EN_GIVEN)} ${pick(rand, EN_FAMILY)}`;
    people.push({
      name,
      employeeId: `E${String(10_000 + i)}`,
      department: pick(rand, DEPARTMENTS),
      title: pick(rand, TITLES),
    });
  }
  return people;
}

const SUBJECTS: Record<CaseType, string[]> = {
  harassment: ['Comments in the team channel', 'Remarks at the offsite', 'Nicknames on shift'],
  'sexual-harassment': ['Unwanted messages after the party', 'Comments about appearance'],
  discrimination: ['Passed over for the lead role', 'Rota changes after return from leave'],
  retaliation: ['Shift cuts after a complaint', 'Exclusion after a grievance'],
  misconduct: ['Safety rule ignored in aisle 7', 'Abusive email to a supplier'],
  'policy-violation': ['Badge shared with a contractor', 'Customer data sent to a private address'],
  'workplace-violence-safety': ['Threat made in the car park', 'Forklift used to intimidate'],
  'fraud-ethics': ['Expense claims for cancelled trips', 'Undisclosed supplier relationship'],
  performance: ['Missed targets over two quarters', 'Repeated errors in payroll runs'],
  attendance: ['Unexplained absences in March', 'Pattern of late starts'],
  grievance: ['Grievance about overtime allocation', 'Grievance about a new manager'],
  'labour-dispute': ['Collective grievance on break times', 'Dispute over the shift pattern'],
  'interpersonal-conflict-mediation': ['Conflict between two leads', 'Desk-sharing dispute'],
  'accommodation-request': ['Request for a standing desk', 'Request for adjusted hours'],
  'eap-referral': ['EAP offered after an incident', 'EAP referral following a bereavement'],
  'resignation-exit': ['Resignation during open case', 'Exit interview themes'],
  'termination-rif': ['Role removed in restructure', 'Dismissal after final warning'],
  other: ['Anonymous concern about a team', 'Hotline report without details'],
};
const STATEMENTS = [
  'Shouted at the complainant during the weekly stand-up and called them useless.',
  'Sent repeated messages late at night after being asked to stop.',
  'Mocked the complainant’s accent in front of customers.',
  'Drove the forklift towards the complainant to intimidate them.',
  'Submitted expense receipts for a trip that was cancelled.',
  'Bỏ qua quy định an toàn và không đeo thiết bị bảo hộ tại kho.',
  '在会议上多次打断并贬低投诉人的发言。',
];
const NOTES = [
  'Called the complainant to acknowledge receipt; explained the process and the timeline.',
  'Witness confirmed the meeting took place on Monday morning in the third-floor room.',
  'Nhân chứng xác nhận rằng cuộc họp diễn ra vào sáng thứ Hai tại phòng họp tầng 3.',
  '证人表示，她在走廊里听到了争吵，但没有看到具体发生了什么。',
  'Respondent denies the allegation and refers to the shift roster for that afternoon.',
  'Follow-up interview scheduled with the union representative present as companion.',
];
const FACTS = [
  'Stand-up meeting in room 3.02; complainant presents the weekly figures.',
  'Message sent at 23:10 on the team chat.',
  'Complainant reports the incident to the line manager by email.',
  'Shift roster shows the respondent on the late shift.',
];
const FINDINGS = ['substantiated', 'partially-substantiated', 'not-substantiated', 'inconclusive'];

export interface DemoCase {
  input: CaseCreateInput;
  complete: (doc: CaseDoc) => CaseDoc;
}

function idFrom(rand: Rand): string {
  let hex = '';
  for (let i = 0; i < 4; i += 1)
    hex += Math.floor(rand() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return hex;
}

/** One synthetic case; `index` cycles the case types so every type appears. */
export function demoCase(
  rand: Rand,
  index: number,
  personIds: readonly string[],
  anchor: CalendarDate,
  today: CalendarDate,
): DemoCase {
  const type = caseTypes[index % caseTypes.length]!;
  const receivedOn = addDays(anchor, -int(rand, 0, 700));
  const chosen = new Set<string>();
  const partyCount = int(rand, 2, 5);
  while (chosen.size < Math.min(partyCount, personIds.length)) chosen.add(pick(rand, personIds));
  const [complainant, respondent, ...witnesses] = [...chosen];
  const parties = [
    { personId: complainant!, role: 'complainant' as const },
    ...(respondent ? [{ personId: respondent, role: 'respondent' as const }] : []),
    ...witnesses.map((personId) => ({ personId, role: 'witness' as const })),
  ];
  const input: CaseCreateInput = {
    title: pick(rand, SUBJECTS[type]),
    type,
    protectedCharacteristics: type === 'discrimination' ? ['race'] : [],
    priority: pick(rand, ['low', 'normal', 'normal', 'high', 'urgent'] as const),
    severity: pick(rand, ['green', 'green', 'amber', 'red'] as const),
    restricted: rand() < 0.03,
    intake: {
      receivedOn,
      channel: pick(rand, ['email', 'in-person', 'phone', 'hotline', 'manager-referral'] as const),
      reportedBy: complainant!,
      account: `${pick(rand, STATEMENTS)} ${pick(rand, NOTES)}`,
      desiredOutcome: 'That it stops and the team is told what is acceptable.',
      acknowledgedOn: addDays(receivedOn, 1),
      immediateRisk: type === 'workplace-violence-safety',
    },
    parties,
  };
  const closed = rand() < 0.35;
  const allegationCount = respondent ? int(rand, 1, 3) : 0;
  const findings = Array.from({ length: allegationCount }, () =>
    closed || rand() < 0.3 ? pick(rand, FINDINGS) : 'pending',
  );
  const taskDue = Array.from({ length: int(rand, 1, 4) }, () => addDays(today, int(rand, -20, 30)));
  const facts = Array.from({ length: int(rand, 1, 4) }, () => pick(rand, FACTS));
  const notes = Array.from({ length: int(rand, 1, 3) }, () => pick(rand, NOTES));
  const closedOn = addDays(receivedOn, int(rand, 10, 120));
  const seeds = Array.from({ length: 20 }, () => idFrom(rand));
  const complete = (doc: CaseDoc): CaseDoc => {
    const allegations = findings.map((finding, i) => ({
      id: seeds[i]!,
      label: `A${i + 1}`,
      statement: pick(rand, STATEMENTS),
      policy: 'Dignity at Work policy, section 3',
      respondentIds: [respondent!],
      complainantIds: [complainant!],
      protectedCharacteristics: [],
      dates: [{ date: receivedOn, precision: 'month' as const }],
      finding: finding as CaseDoc['allegations'][number]['finding'],
      rationale: finding === 'pending' ? '' : 'Two witnesses and the chat export agree.',
    }));
    const next: CaseDoc = {
      ...doc,
      investigator: pick(rand, ['Sam Rivera', 'Lê Thu Hà', '陈静', 'Jordan Ellis']),
      allegations,
      timeline: facts.map((description, i) => ({
        id: seeds[5 + i]!,
        when: { date: addDays(receivedOn, -int(rand, 1, 30)), precision: 'day' as const },
        description,
        sources: [],
        allegationIds: allegations[0] ? [allegations[0].id] : [],
        disputed: rand() < 0.3,
      })),
      tasks: taskDue.map((dueOn, i) => ({
        id: seeds[10 + i]!,
        title: pick(rand, ['Interview the witness', 'Collect the rota', 'Send the outcome letter']),
        dueOn,
        owner: 'Sam Rivera',
        done: closed,
        doneAt: closed ? `${closedOn}T12:00:00.000Z` : null,
        source: { kind: 'manual' as const },
      })),
      notes: notes.map((text, i) => ({
        id: seeds[15 + i]!,
        at: `${addDays(receivedOn, i + 1)}T10:00:00.000Z`,
        editedAt: null,
        text,
      })),
    };
    next.interviews = demoInterviews(rand, next, seeds, receivedOn, closed);
    if (!closed) {
      const status = pick(rand, ['intake', 'assessment', 'investigation', 'findings'] as const);
      return { ...next, workflow: { status, resumeTo: null, closure: null } };
    }
    const outcome = allegationCount > 0 ? 'resolved-action-taken' : 'no-investigation';
    const closure = { outcome, closedOn, reason: 'Outcome letters sent to both parties.' } as const;
    return {
      ...next,
      workflow: { status: 'closed', resumeTo: null, closure },
      statusHistory: [
        {
          from: 'intake',
          to: 'closed',
          at: `${closedOn}T12:00:00.000Z`,
          reason: closure.reason,
          closure,
        },
      ],
      outcome: { ...next.outcome, findingsSummary: 'See the findings per allegation.' },
    };
  };
  return { input, complete };
}

const DEMO_ANSWERS = [
  'It was at the Monday stand-up, in front of the whole team. He said my English was “hard to follow” and laughed.',
  'Chị Minh was sitting next to me; she heard it. Afterwards I wrote it down in my notebook.',
  'This is the third time since January. I told my manager by email on the same day.',
  '王芳 messaged me afterwards to ask if I was all right.',
];
const EXIT_REASONS = [
  ['Relationship with manager', 'Lack of development'],
  ['Pay', 'Career advancement'],
  ['Work–life balance', 'Workload'],
  ['Relocation'],
] as const;

/**
 * A finalised complainant interview (answers from a guide, admonitions given, a signed review) and
 * the respondent's planned one; resignation cases get an exit interview instead, which feeds the
 * dashboard's exit themes and rehire list.
 */
function demoInterviews(
  rand: Rand,
  doc: CaseDoc,
  seeds: readonly string[],
  receivedOn: CalendarDate,
  closed: boolean,
): Interview[] {
  const [complainant, respondent] = doc.parties;
  const leaver = doc.type === 'resignation-exit';
  if (!complainant || (!closed && !leaver && rand() < 0.3)) return [];
  const on = addDays(receivedOn, 5);
  const at = `${on}T09:${String(10 + int(rand, 0, 40)).padStart(2, '0')}:00.000Z`;
  const base = (id: string, personId: string, role: Interview['role'], order: number) =>
    newInterview({
      id,
      kind: doc.type === 'resignation-exit' ? 'exit' : 'investigation',
      personId,
      role,
      order,
      now: at,
      purpose:
        doc.type === 'resignation-exit' ? 'Exit interview' : 'First account of the complaint',
      scheduledOn: on,
      startTime: '09:00',
      mode: pick(rand, ['in-person', 'video'] as const),
      place: 'Meeting room 2',
      interviewer: { id: seeds[18]!, name: doc.investigator },
    });
  const first = base(seeds[19]!, complainant.personId, complainant.role, 0);
  const guide =
    doc.type === 'resignation-exit'
      ? BUILT_IN_GUIDES.find((g) => g.role === 'leaver')
      : BUILT_IN_GUIDES[0];
  let n = 0;
  const entries = (guide ? entriesFromGuide(guide, () => idFrom(rand)) : [])
    .slice(0, 3)
    .map((e) => ({
      ...e,
      answer: DEMO_ANSWERS[n++ % DEMO_ANSWERS.length]!,
      at,
      verbatim: n === 1,
    }));
  const admonitions = Object.fromEntries(
    Object.keys(first.admonitions).map((k) => [k, at]),
  ) as Interview['admonitions'];
  const exitIndex = int(rand, 0, EXIT_REASONS.length - 1);
  const recorded: Interview = {
    ...first,
    status: 'done',
    endTime: '10:05',
    admonitions,
    entries,
    closingNote: 'Confidentiality and non-retaliation repeated; EAP details given.',
    exit:
      first.exit === null
        ? null
        : {
            ...first.exit,
            reasons: [...EXIT_REASONS[exitIndex]!],
            primaryReason: EXIT_REASONS[exitIndex]![0],
            noticeGiven: true,
            noticeOn: receivedOn,
            lastDay: addDays(receivedOn, 28),
            rehire: pick(rand, ['eligible', 'eligible', 'review', 'not-eligible'] as const),
          },
  };
  const finalised: Interview = {
    ...recorded,
    finalised: { at, by: doc.investigator, sha256: interviewHash(recorded) },
    reviews: [
      {
        id: idFrom(rand),
        recordedAt: at,
        recordedBy: doc.investigator,
        outcome: 'signed',
        on: addDays(on, 2),
        corrections: '',
        reason: '',
      },
    ],
  };
  const planned =
    respondent && doc.type !== 'resignation-exit'
      ? [base(idFrom(rand), respondent.personId, respondent.role, 1)]
      : [];
  return [finalised, ...planned];
}
