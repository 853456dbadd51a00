import type { CaseDoc, CaseOverview } from '../../../src/shared/domain/case-doc';
import { countFindings } from '../../../src/shared/domain/allegation';
import { emptyOutcome } from '../../../src/shared/domain/outcome';

/** A valid id from a small number, so tests read `id(3)` instead of 32 hex digits. */
export const id = (n: number) => n.toString(16).padStart(32, '0');

export const people = { alex: id(101), blair: id(102), casey: id(103), drew: id(104) };

export const names: Record<string, string> = {
  [people.alex]: 'Alex Morgan',
  [people.blair]: 'Blair Nguyễn',
  [people.casey]: 'Casey Li',
  [people.drew]: 'Drew Okafor',
};

export function caseDoc(overrides: Partial<CaseDoc> = {}): CaseDoc {
  return {
    v: 1,
    id: id(1),
    number: 'ER-2026-0001',
    workflow: { status: 'investigation', resumeTo: null, closure: null },
    statusHistory: [],
    evidence: [
      {
        id: id(50),
        blobId: id(60),
        exhibit: 'E1',
        originalFileName: 'chat export.pdf',
        mediaType: 'application/pdf',
        size: 1234,
        sha256: 'a'.repeat(64),
        source: 'Provided by the complainant by email',
        collectedBy: 'Investigator',
        collectedOn: '2026-02-03',
        description: '',
        importedAt: '2026-02-03T10:00:00.000Z',
      },
    ],
    custody: [
      {
        evidenceId: id(50),
        event: 'import',
        at: '2026-02-03T10:00:00.000Z',
        actor: 'Investigator',
      },
    ],
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-10T09:00:00.000Z',
    title: 'Comments in the team channel',
    type: 'harassment',
    protectedCharacteristics: [],
    priority: 'high',
    severity: 'amber',
    restricted: false,
    legalHold: false,
    investigator: 'Sam Rivera',
    intake: {
      receivedOn: '2026-02-01',
      channel: 'email',
      reportedBy: people.alex,
      account: 'Repeated comments about my accent.',
      desiredOutcome: 'That it stops.',
      acknowledgedOn: '2026-02-02',
      immediateRisk: false,
    },
    parties: [
      { personId: people.alex, role: 'complainant' },
      { personId: people.blair, role: 'respondent' },
      { personId: people.casey, role: 'witness' },
    ],
    allegations: [
      {
        id: id(10),
        label: 'A1',
        statement: 'Mocked the complainant’s accent in a team meeting.',
        policy: 'Dignity at Work 3.2',
        respondentIds: [people.blair],
        complainantIds: [people.alex],
        protectedCharacteristics: [],
        dates: [{ date: '2026-01-01', precision: 'month' }],
        finding: 'pending',
        rationale: '',
      },
      {
        id: id(11),
        label: 'A2',
        statement: 'Posted a mocking message in the team channel.',
        policy: 'Dignity at Work 3.2',
        respondentIds: [people.blair],
        complainantIds: [people.alex],
        protectedCharacteristics: [],
        dates: [{ date: '2026-01-14', precision: 'day' }],
        finding: 'substantiated',
        rationale: 'The message is in the export and the respondent accepts posting it.',
      },
    ],
    evidenceLinks: [
      {
        id: id(20),
        source: { kind: 'evidence', evidenceId: id(50) },
        allegationId: id(11),
        relation: 'supporting',
        note: '',
      },
    ],
    timeline: [],
    tasks: [
      {
        id: id(30),
        title: 'Interview the witness',
        dueOn: '2026-02-20',
        owner: 'Sam Rivera',
        done: false,
        doneAt: null,
        source: { kind: 'manual' },
      },
      {
        id: id(31),
        title: 'Send acknowledgement',
        dueOn: '2026-02-02',
        owner: 'Sam Rivera',
        done: true,
        doneAt: '2026-02-02T09:00:00.000Z',
        source: { kind: 'manual' },
      },
      {
        id: id(32),
        title: 'Collect rota',
        dueOn: '2026-02-12',
        owner: 'Sam Rivera',
        done: false,
        doneAt: null,
        source: { kind: 'follow-up' },
      },
      {
        id: id(33),
        title: 'Agree next steps',
        dueOn: null,
        owner: '',
        done: false,
        doneAt: null,
        source: { kind: 'manual' },
      },
    ],
    interimMeasures: [],
    notes: [],
    outcome: emptyOutcome,
    interviews: [],
    credibility: [],
    mediation: null,
    ...overrides,
  };
}

/** A hand-made overview for aggregation tests, with only what each test cares about set. */
export function overview(n: number, overrides: Partial<CaseOverview> = {}): CaseOverview {
  return {
    id: id(n),
    number: `ER-2026-${String(n).padStart(4, '0')}`,
    title: `Case ${n}`,
    type: 'misconduct',
    protectedCharacteristics: [],
    status: 'investigation',
    resumeTo: null,
    priority: 'normal',
    severity: 'green',
    restricted: false,
    legalHold: false,
    parties: [],
    respondentIds: [],
    receivedOn: '2026-03-01',
    closedOn: null,
    outcome: null,
    openTasks: 0,
    openTaskDueDates: [],
    findings: countFindings([]),
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}
