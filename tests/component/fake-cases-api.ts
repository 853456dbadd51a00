import { overviewOf, type CaseDoc } from '@shared/domain/case-doc';
import { appearancesOf } from '@shared/domain/case-overview-rules';
import { queryCases, defaultCaseSort } from '@shared/domain/case-list-query';
import { transition } from '@shared/domain/case-status';
import { emptyOutcome } from '@shared/domain/outcome';
import type { Person } from '@shared/domain/person';
import { fail, ok } from '@shared/ipc/result';
import type { FakeClient } from './fake-api';

// The case channels for component tests, over an in-memory store, using the shared domain rules
// (list query, overview, workflow) so the fake refuses what main would.

export const FAKE_TODAY = '2026-11-20';
const NOW = '2026-11-20T09:00:00.000Z';

let counter = 0;
export function hexId(): string {
  counter += 1;
  return counter.toString(16).padStart(32, '0');
}

export interface CaseStore {
  cases: Map<string, { doc: CaseDoc; seq: number }>;
  people: Map<string, Person>;
}

export function makeDoc(overrides: Partial<CaseDoc> & { number: string }): CaseDoc {
  return {
    v: 1,
    id: hexId(),
    workflow: { status: 'intake', resumeTo: null, closure: null },
    statusHistory: [],
    evidence: [],
    custody: [],
    createdAt: NOW,
    updatedAt: NOW,
    title: 'Complaint about team lead conduct',
    type: 'harassment',
    protectedCharacteristics: [],
    priority: 'normal',
    severity: 'amber',
    restricted: false,
    legalHold: false,
    investigator: 'Avery Quinn',
    intake: {
      receivedOn: '2026-11-02',
      channel: 'email',
      reportedBy: null,
      account: '',
      desiredOutcome: '',
      acknowledgedOn: null,
      immediateRisk: false,
    },
    parties: [],
    allegations: [],
    evidenceLinks: [],
    timeline: [],
    tasks: [],
    interimMeasures: [],
    notes: [],
    outcome: emptyOutcome,
    interviews: [],
    credibility: [],
    mediation: null,
    ...overrides,
  };
}

export function makePerson(name: string, extra: Partial<Person> = {}): Person {
  return { id: hexId(), name, updatedAt: NOW, ...extra };
}

/** Adds the case channels to a fake client; returns the store so tests can seed and inspect it. */
export function withCases(fake: FakeClient, seed: { docs?: CaseDoc[]; people?: Person[] } = {}) {
  const store: CaseStore = {
    cases: new Map((seed.docs ?? []).map((doc) => [doc.id, { doc, seq: 1 }])),
    people: new Map((seed.people ?? []).map((p) => [p.id, p])),
  };
  const nameOf = (id: string) => store.people.get(id)?.name;
  const overview = (id: string) => {
    const entry = store.cases.get(id);
    if (!entry) throw new Error(`no case ${id}`);
    return overviewOf(entry.doc, nameOf);
  };
  const saved = (id: string) => ({
    caseId: id,
    seq: store.cases.get(id)?.seq ?? 0,
    overview: overview(id),
  });
  const bump = (id: string, doc: CaseDoc) => {
    const entry = store.cases.get(id);
    store.cases.set(id, { doc, seq: (entry?.seq ?? 0) + 1 });
  };

  fake.handle('cases:list', (input) => {
    const all = [...store.cases.keys()].map(overview);
    const query = {
      filters: input.filters ?? {},
      sort: input.sort ?? defaultCaseSort,
      offset: input.offset ?? 0,
      limit: input.limit ?? 50,
    };
    return ok({ ...queryCases(all, query, FAKE_TODAY), today: FAKE_TODAY });
  });
  fake.handle('cases:create', (input) => {
    const number = `ER-2026-${String(store.cases.size + 1).padStart(4, '0')}`;
    const doc = makeDoc({
      number,
      title: input.title,
      type: input.type,
      protectedCharacteristics: input.protectedCharacteristics ?? [],
      priority: input.priority ?? 'normal',
      severity: input.severity ?? 'green',
      restricted: input.restricted ?? false,
      intake: input.intake,
      parties: input.parties ?? [],
    });
    store.cases.set(doc.id, { doc, seq: 1 });
    return ok(saved(doc.id));
  });
  fake.handle('cases:get', ({ caseId }) => {
    const entry = store.cases.get(caseId);
    if (!entry) return fail('NotFound', 'No such case.');
    return ok({ doc: entry.doc, seq: entry.seq, overview: overview(caseId) });
  });
  fake.handle('cases:update', ({ caseId, expectedSeq, content }) => {
    const entry = store.cases.get(caseId);
    if (!entry) return fail('NotFound', 'No such case.');
    if (entry.seq !== expectedSeq) return fail('Conflict', 'The case changed since you opened it.');
    bump(caseId, { ...entry.doc, ...content });
    return ok(saved(caseId));
  });
  fake.handle('cases:transition', ({ caseId, expectedSeq, request }) => {
    const entry = store.cases.get(caseId);
    if (!entry) return fail('NotFound', 'No such case.');
    if (entry.seq !== expectedSeq) return fail('Conflict', 'The case changed since you opened it.');
    const result = transition(entry.doc.workflow, request, {
      allegations: entry.doc.allegations,
      receivedOn: entry.doc.intake.receivedOn,
      at: NOW,
    });
    if (!result.ok)
      return fail('TransitionRefused', 'The workflow refused the change.', {
        refusal: result.refusal,
      });
    bump(caseId, {
      ...entry.doc,
      workflow: result.workflow,
      statusHistory: [...entry.doc.statusHistory, result.change],
    });
    return ok({ ...saved(caseId), change: result.change });
  });
  fake.handle('people:list', ({ query }) => {
    const wanted = (query ?? '').toLowerCase();
    const items = [...store.people.values()]
      .filter((p) => p.name.toLowerCase().includes(wanted))
      .map((person) => ({ person, caseCount: 0, respondentCount: 0 }));
    return ok({ items, total: items.length });
  });
  fake.handle('people:get', ({ personId }) => {
    const person = store.people.get(personId);
    if (!person) return fail('NotFound', 'No such person.');
    const all = [...store.cases.keys()].map(overview);
    return ok({ person, appearances: appearancesOf(all, personId) });
  });
  fake.handle('people:upsert', ({ id, person }) => {
    const saved = { ...person, id: id ?? hexId(), updatedAt: NOW } as Person;
    store.people.set(saved.id, saved);
    return ok(saved);
  });
  fake.handle(
    'evidence:import',
    ({ caseId, expectedSeq, source, collectedBy, collectedOn, description }) => {
      const entry = store.cases.get(caseId);
      if (!entry) return fail('NotFound', 'No such case.');
      if (entry.seq !== expectedSeq)
        return fail('Conflict', 'The case changed since you opened it.');
      const item = {
        id: hexId(),
        blobId: hexId(),
        exhibit: `E${entry.doc.evidence.length + 1}`,
        originalFileName: 'statement.txt',
        mediaType: 'text/plain',
        size: 12,
        sha256: 'a'.repeat(64),
        source: source ?? '',
        collectedBy: collectedBy ?? '',
        collectedOn: collectedOn ?? null,
        description: description ?? '',
        importedAt: NOW,
      };
      bump(caseId, {
        ...entry.doc,
        evidence: [...entry.doc.evidence, item],
        custody: [
          ...entry.doc.custody,
          { evidenceId: item.id, event: 'import', at: NOW, actor: 'Avery Quinn' },
        ],
      });
      return ok({ ...saved(caseId), items: [item] });
    },
  );
  fake.handle('evidence:view', () =>
    ok({
      kind: 'inline',
      fileName: 'statement.txt',
      mediaType: 'text/plain',
      size: 12,
      sha256: 'a'.repeat(64),
      base64: btoa('Hello world.'),
    }),
  );
  fake.handle('evidence:export', () => ok({ saved: true, sha256Verified: true }));
  return store;
}
