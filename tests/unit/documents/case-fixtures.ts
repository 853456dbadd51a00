import type { CaseDoc } from '../../../src/shared/domain/case-doc';
import type { Person } from '../../../src/shared/domain/person';
import type { DocumentContext } from '../../../src/main/documents/document-kit';
import type { ReportDetails } from '../../../src/main/documents/investigation-report';

/** Synthetic case data with Vietnamese and Chinese names, for the document tests. */

export const id = (n: number) => n.toString(16).padStart(32, '0');

export const P = {
  khai: id(101), // complainant
  wang: id(102), // respondent
  liu: id(103), // second respondent
  zoe: id(104), // witness
  an: id(105), // witness
  tran: id(106), // not interviewed (not a party)
} as const;

const person = (pid: string, name: string, extra: Partial<Person> = {}): Person => ({
  id: pid,
  name,
  updatedAt: '2026-02-01T09:00:00.000Z',
  ...extra,
});

export const PEOPLE: Person[] = [
  person(P.khai, 'Nguyễn Thị Minh Khai', {
    title: 'Senior analyst',
    department: 'Finance',
    dateOfBirth: '1979-05-14',
    employeeId: 'E-1042',
    email: 'khai.nguyen@example.com',
  }),
  person(P.wang, '王芳', {
    title: 'Finance manager',
    department: 'Finance',
    dateOfBirth: '1971-02-28',
    employeeId: 'E-0077',
  }),
  person(P.liu, '刘小明', { title: 'Team lead', department: 'Finance' }),
  person(P.zoe, 'Zoë Ångström', { title: 'Accounts assistant', department: 'Finance' }),
  person(P.an, 'Trần Văn An', {
    title: 'Payroll officer',
    department: 'People',
    manager: { kind: 'text', name: 'Đặng Quốc Bảo' },
  }),
  person(P.tran, 'Phạm Đức Thắng', { title: 'Contractor', external: true }),
];

export const NAMES = PEOPLE.map((p) => p.name).concat('Đặng Quốc Bảo');

const sha = (c: string) => c.repeat(64).slice(0, 64);

export function reportCase(): CaseDoc {
  return {
    v: 1,
    id: id(1),
    number: 'ER-2026-0042',
    workflow: { status: 'investigation', resumeTo: null, closure: null },
    statusHistory: [],
    evidence: [
      {
        id: id(50),
        blobId: id(60),
        exhibit: 'E1',
        originalFileName: 'Teams chat export - Nguyen Thi Minh Khai and Wang Fang.pdf',
        mediaType: 'application/pdf',
        size: 91234,
        sha256: sha('3f9a6c1e'),
        source: 'Provided by Nguyễn Thị Minh Khai by email',
        collectedBy: 'Sam Rivera',
        collectedOn: '2026-03-04',
        description: 'Messages of 14 January 2026 in the Finance channel, including one from 王芳.',
        importedAt: '2026-03-04T10:00:00.000Z',
      },
      {
        id: id(51),
        blobId: id(61),
        exhibit: 'E2',
        originalFileName: '王芳_rota_January.xlsx',
        mediaType: 'application/vnd.ms-excel',
        size: 20480,
        sha256: sha('b7e4'),
        source: 'HR system',
        collectedBy: 'Sam Rivera',
        collectedOn: '2026-03-05',
        description: 'Shift rota showing who was present on 14 January.',
        importedAt: '2026-03-05T10:00:00.000Z',
      },
      {
        id: id(52),
        blobId: id(62),
        exhibit: 'E3',
        originalFileName: 'statement_zoe_angstrom.docx',
        mediaType: 'application/msword',
        size: 12001,
        sha256: sha('0c5d'),
        source: 'Witness statement signed by ZOË ÅNGSTRÖM',
        collectedBy: 'Sam Rivera',
        collectedOn: '2026-03-09',
        description: 'Signed statement. Ångström says she did not hear the remark.',
        importedAt: '2026-03-09T10:00:00.000Z',
      },
    ],
    custody: [],
    interviews: [],
    createdAt: '2026-03-03T09:00:00.000Z',
    updatedAt: '2026-03-20T09:00:00.000Z',
    title: 'Comments about accent in the Finance team',
    type: 'harassment',
    protectedCharacteristics: ['national-origin'],
    priority: 'high',
    severity: 'amber',
    restricted: false,
    legalHold: false,
    investigator: 'Sam Rivera',
    intake: {
      receivedOn: '2026-03-03',
      channel: 'email',
      reportedBy: P.khai,
      account:
        'Khai says that 王芳 mocked her accent in the team meeting on 14 January and that 刘小明 laughed and repeated it; Minh Khai felt humiliated.',
      desiredOutcome: 'That the comments stop and an apology.',
      acknowledgedOn: '2026-03-04',
      immediateRisk: false,
    },
    parties: [
      { personId: P.khai, role: 'complainant' },
      { personId: P.wang, role: 'respondent', note: 'Wang Fang denies mocking anyone.' },
      { personId: P.liu, role: 'respondent', note: '小明 says he laughed at something else.' },
      { personId: P.zoe, role: 'witness', note: 'Zoë sat next to Ms Nguyễn.' },
      {
        personId: P.an,
        role: 'witness',
        note: 'Trần Văn An ran the meeting minutes; his manager Đặng Quốc Bảo was away.',
      },
    ],
    allegations: [
      {
        id: id(10),
        label: 'A1',
        statement:
          '王芳 mocked Nguyễn Thị Minh Khai’s accent in the team meeting of 14 January 2026.',
        policy: 'Dignity at Work policy, section 3.2',
        respondentIds: [P.wang],
        complainantIds: [P.khai],
        protectedCharacteristics: ['national-origin'],
        dates: [{ date: '2026-01-14', precision: 'day' }],
        finding: 'substantiated',
        rationale:
          'The chat export (E1) shows 王芳 repeating the phrase an hour later; Trần Văn An’s minutes record the remark. Zoë Ångström’s statement that she did not hear it is given less weight: she left the room for part of the meeting (E2).',
      },
      {
        id: id(11),
        label: 'A2',
        statement: '刘小明 repeated the remark and laughed.',
        policy: 'Dignity at Work policy, section 3.2',
        respondentIds: [P.liu],
        complainantIds: [P.khai],
        protectedCharacteristics: ['national-origin'],
        dates: [{ date: '2026-01-01', precision: 'month' }],
        finding: 'inconclusive',
        rationale:
          'Only the complainant recalls the repetition; Liu laughed, but at what is unclear.',
      },
    ],
    evidenceLinks: [
      {
        id: id(20),
        source: { kind: 'evidence', evidenceId: id(50) },
        allegationId: id(10),
        relation: 'supporting',
        note: 'Repeats the phrase at 11:02.',
      },
      {
        id: id(21),
        source: { kind: 'evidence', evidenceId: id(52) },
        allegationId: id(10),
        relation: 'contradicting',
        note: 'Discounted: the rota (E2) shows Ångström left at 10:15.',
      },
      {
        id: id(22),
        source: { kind: 'evidence', evidenceId: id(51) },
        allegationId: id(10),
        relation: 'context',
        note: '',
      },
      {
        id: id(23),
        source: { kind: 'evidence', evidenceId: id(52) },
        allegationId: id(11),
        relation: 'contradicting',
        note: '',
      },
    ],
    timeline: [
      {
        id: id(70),
        when: { date: '2026-01-14', precision: 'day' },
        time: '10:00',
        description: 'Team meeting; 王芳 comments on Khai’s pronunciation.',
        sources: [{ kind: 'evidence', evidenceId: id(50) }],
        allegationIds: [id(10)],
        disputed: true,
      },
      {
        id: id(71),
        when: { date: '2026-01-14', precision: 'day' },
        time: '11:02',
        description: 'Chat message from Wang repeating the phrase.',
        sources: [],
        allegationIds: [id(10)],
        disputed: false,
      },
      {
        id: id(72),
        when: { date: '2026-03-03', precision: 'day' },
        description: 'Complaint e-mailed to HR by NGUYEN THI MINH KHAI.',
        sources: [],
        allegationIds: [],
        disputed: false,
      },
    ],
    tasks: [],
    interimMeasures: [
      {
        id: id(80),
        kind: 'schedule-change',
        description: 'Khai and 王芳 attend different stand-ups while the investigation runs.',
        affectedPersonIds: [P.khai, P.wang],
        startsOn: '2026-03-05',
        endsOn: null,
        reviewOn: '2026-04-05',
        approvedBy: 'Head of Finance',
      },
    ],
    notes: [],
    outcome: {
      findingsSummary: '',
      recommendations: [
        'Formal action against 王芳 under the disciplinary procedure.',
        'Team training on respect at work.',
      ],
      actions: [],
      aftercare: [
        {
          id: id(90),
          dueOn: '2026-05-01',
          personId: P.khai,
          note: 'Check the stand-up change still works.',
        },
      ],
    },
    credibility: [],
    mediation: null,
  };
}

export const REPORT_DETAILS: ReportDetails = {
  investigatorTitle: 'Senior ER specialist',
  commissionedBy: 'Head of People (Jordan Blake)',
  commissionedOn: '2026-03-04',
  scope:
    'Whether the comments in allegations A1 and A2 were made, and whether they breached the Dignity at Work policy.',
  startedOn: '2026-03-05',
  finalisedOn: '2026-03-20',
  background: 'Minh Khai joined the Finance team in 2021. The team of nine meets every Wednesday.',
  policies: [
    'Dignity at Work policy (2024), sections 3.1–3.4',
    'Equal Opportunities policy (2023)',
  ],
  siteVisits: ['Finance meeting room 4B, 10 March 2026'],
  interviews: [
    {
      personId: P.khai,
      on: '2026-03-09',
      present: 'Sam Rivera; companion Lê Thu (colleague)',
      location: 'Room 2A',
    },
    { personId: P.wang, on: '2026-03-11', present: 'Sam Rivera; note-taker' },
    { personId: P.liu, on: '2026-03-11', present: 'Sam Rivera' },
    { personId: P.zoe, on: '2026-03-12', present: 'Sam Rivera' },
  ],
  notCollected: [{ item: 'Audio of the meeting', reason: 'Meetings are not recorded.' }],
  notInterviewed: [
    {
      personId: P.an,
      reason: 'On leave until April; Trần Văn An’s minutes were obtained instead.',
    },
    { personId: P.tran, reason: 'Phạm Đức Thắng is a contractor who left in February.' },
  ],
  accounts: [
    {
      personId: P.khai,
      summary: 'Nguyễn Thị Minh Khai described the remark and said 王芳 imitated her vowels.',
    },
    { personId: P.wang, summary: '王芳 denies imitating anyone and says Ms Nguyen misheard.' },
  ],
  credibility: [
    {
      personId: P.wang,
      plausibility: 'Fang’s account is inconsistent with her own chat message (E1).',
      corroboration: 'Not corroborated; the minutes support the complainant.',
      motive: 'None identified.',
      conclusion: 'Less credible than the complainant on this point.',
    },
  ],
  conclusion:
    'On the balance of probabilities, 王芳’s conduct in A1 breached section 3.2 of the Dignity at Work policy.',
  remedialActions: ['Reaffirm the Dignity at Work policy with the Finance team.'],
  reviewer: { name: 'Jordan Blake', title: 'Head of People' },
  aliases: [
    { personId: P.wang, names: ['Wang Fang'] },
    { personId: P.liu, names: ['Liu Xiaoming'] },
  ],
};

/** Every spelling the redacted report must not contain (names, aliases, the text manager). */
export const REDACTED_NAMES = [...NAMES, 'Wang Fang', 'Liu Xiaoming'];

export const CONTEXT: DocumentContext = {
  organisation: {
    name: 'Acme Widgets Inc.',
    addressLines: ['100 Market Street', 'San Francisco, CA 94105'],
    contact: {
      name: 'Jordan Blake',
      title: 'Head of People',
      email: 'people@acme.example',
      phone: '+1 415 555 0100',
    },
  },
  documentId: 'DOC-7f3a-0042',
  auditCheckpoint: 'Audit checkpoint #1234 · 3f9a6c1e',
  createdAt: new Date('2026-03-20T10:00:00Z'),
};
