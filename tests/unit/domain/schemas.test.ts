import { describe, expect, it } from 'vitest';
import { allegationSchema, findingProblems } from '../../../src/shared/domain/allegation';
import { caseDocSchema } from '../../../src/shared/domain/case-doc';
import { approximateDateSchema, calendarDateSchema } from '../../../src/shared/domain/dates';
import { evidenceItemSchema } from '../../../src/shared/domain/evidence';
import {
  nameKey,
  personInputSchema,
  personNameSchema,
  personSchema,
  sameName,
} from '../../../src/shared/domain/person';
import { caseContract, caseCreateInputSchema } from '../../../src/shared/ipc/case-contract';
import { caseDoc, id, people } from './fixtures';

const firstPath = (r: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues[0]?.path;

describe('person names', () => {
  const composed = 'Nguy\u1ec5n Th\u1ecb Lan';
  const decomposed = composed.normalize('NFD');

  it('stores a decomposed name as the composed one', () => {
    expect(decomposed).not.toBe(composed);
    expect(personNameSchema.parse(decomposed)).toBe(composed);
  });

  it('matches names regardless of composition, case and spacing', () => {
    expect(sameName(decomposed, composed)).toBe(true);
    expect(nameKey('  BLAIR   nguyễn ')).toBe(nameKey('Blair Nguyễn'));
  });

  it('accepts any script, trims, and bounds the length', () => {
    for (const name of ['王小明', 'Zoë O’Brien-Łukasiewicz', 'محمد علي', 'Ólafur']) {
      expect(personNameSchema.parse(`  ${name} `)).toBe(name);
    }
    expect(personNameSchema.safeParse('   ').success).toBe(false);
    expect(personNameSchema.safeParse('x'.repeat(201)).success).toBe(false);
    expect(personNameSchema.safeParse('x'.repeat(200)).success).toBe(true);
  });

  it('names the field that is wrong in a person', () => {
    expect(firstPath(personInputSchema.safeParse({ name: 'A', email: 'not an email' }))).toEqual([
      'email',
    ]);
    expect(firstPath(personInputSchema.safeParse({ name: 'A', hireDate: '2026-02-30' }))).toEqual([
      'hireDate',
    ]);
    expect(firstPath(personInputSchema.safeParse({ name: 'A', phone: 'call me' }))).toEqual([
      'phone',
    ]);
    expect(
      firstPath(
        personInputSchema.safeParse({ name: 'A', manager: { kind: 'person', personId: 'x' } }),
      ),
    ).toEqual(['manager', 'personId']);
    expect(personInputSchema.safeParse({ name: 'A', salary: 1 }).error?.issues[0]?.code).toBe(
      'unrecognized_keys',
    );
  });

  it('refuses a person who manages themselves', () => {
    const self = {
      id: id(7),
      name: 'A',
      manager: { kind: 'person', personId: id(7) },
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(firstPath(personSchema.safeParse(self))).toEqual(['manager']);
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(calendarDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(calendarDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(calendarDateSchema.safeParse('2026-2-3').success).toBe(false);
  });

  it('refuses an unknown precision', () => {
    expect(
      firstPath(approximateDateSchema.safeParse({ date: '2026-01-01', precision: 'week' })),
    ).toEqual(['precision']);
  });
});

describe('allegations and evidence', () => {
  const allegation = caseDoc().allegations[0]!;

  it('refuses a decided finding without a rationale', () => {
    const r = allegationSchema.safeParse({
      ...allegation,
      finding: 'not-substantiated',
      rationale: '  ',
    });
    expect(firstPath(r)).toEqual(['rationale']);
  });

  it('lists what a defensible finding still lacks', () => {
    const links = caseDoc().evidenceLinks;
    expect(findingProblems(allegation, links)).toEqual([
      { code: 'rationale-missing' },
      { code: 'no-evidence-linked' },
    ]);
    const contradicting = [
      { ...links[0]!, allegationId: allegation.id, relation: 'contradicting' as const },
    ];
    expect(findingProblems({ ...allegation, rationale: 'Reasons' }, contradicting)).toEqual([
      { code: 'contradicting-evidence-to-address', linkIds: [links[0]!.id] },
    ]);
  });

  it('refuses an evidence item with a malformed hash or blob id', () => {
    const item = caseDoc().evidence[0]!;
    expect(firstPath(evidenceItemSchema.safeParse({ ...item, sha256: 'A'.repeat(64) }))).toEqual([
      'sha256',
    ]);
    expect(
      firstPath(evidenceItemSchema.safeParse({ ...item, blobId: '../../etc/passwd' })),
    ).toEqual(['blobId']);
  });
});

describe('case document', () => {
  it('accepts the fixture', () => {
    expect(caseDocSchema.safeParse(caseDoc()).error).toBeUndefined();
  });

  it('refuses another version', () => {
    expect(firstPath(caseDocSchema.safeParse({ ...caseDoc(), v: 2 }))).toEqual(['v']);
  });

  it('refuses references to things the case does not have', () => {
    const doc = caseDoc();
    const link = { ...doc.evidenceLinks[0]!, allegationId: id(999) };
    expect(firstPath(caseDocSchema.safeParse({ ...doc, evidenceLinks: [link] }))).toEqual([
      'evidenceLinks',
      0,
      'allegationId',
    ]);
    const custody = [{ ...doc.custody[0]!, evidenceId: id(998) }];
    expect(firstPath(caseDocSchema.safeParse({ ...doc, custody }))).toEqual([
      'custody',
      0,
      'evidenceId',
    ]);
  });

  it('refuses an allegation against someone who is not a respondent party', () => {
    const doc = caseDoc();
    const allegations = [
      { ...doc.allegations[0]!, respondentIds: [people.casey] },
      doc.allegations[1]!,
    ];
    expect(firstPath(caseDocSchema.safeParse({ ...doc, allegations }))).toEqual([
      'allegations',
      0,
      'respondentIds',
      0,
    ]);
  });

  it('refuses duplicate ids and labels', () => {
    const doc = caseDoc();
    const twice = [doc.allegations[0]!, { ...doc.allegations[1]!, id: doc.allegations[0]!.id }];
    expect(firstPath(caseDocSchema.safeParse({ ...doc, allegations: twice }))).toEqual([
      'allegations',
      1,
      'id',
    ]);
  });

  it('needs a protected characteristic on a discrimination case', () => {
    const doc = caseDoc({ type: 'discrimination' });
    expect(firstPath(caseDocSchema.safeParse(doc))).toEqual(['protectedCharacteristics']);
    expect(caseDocSchema.safeParse({ ...doc, protectedCharacteristics: ['race'] }).success).toBe(
      true,
    );
  });
});

describe('case channel inputs', () => {
  const intake = caseDoc().intake;

  it('create fills defaults and needs a characteristic for discrimination', () => {
    const parsed = caseCreateInputSchema.parse({ title: ' Title ', type: 'misconduct', intake });
    expect(parsed).toMatchObject({
      title: 'Title',
      priority: 'normal',
      severity: 'green',
      restricted: false,
      parties: [],
    });
    const r = caseCreateInputSchema.safeParse({ title: 'T', type: 'discrimination', intake });
    expect(firstPath(r)).toEqual(['protectedCharacteristics']);
  });

  it('update cannot carry main-owned fields', () => {
    const {
      v: _v,
      id: _i,
      number: _n,
      workflow: _w,
      statusHistory: _s,
      evidence: _e,
      custody: _c,
      interviews: _iv,
      createdAt: _ca,
      updatedAt: _u,
      ...content
    } = caseDoc();
    const input = { caseId: id(1), expectedSeq: 3, content };
    expect(caseContract['cases:update'].input.safeParse(input).success).toBe(true);
    const sneaky = { ...input, content: { ...content, custody: [] } };
    const sneakyInterviews = { ...input, content: { ...content, interviews: [] } };
    expect(caseContract['cases:update'].input.safeParse(sneakyInterviews).success).toBe(false);
    expect(caseContract['cases:update'].input.safeParse(sneaky).error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['content'],
    });
  });

  it('list bounds paging and refuses an inverted date range', () => {
    const list = caseContract['cases:list'].input;
    expect(list.parse({})).toMatchObject({ offset: 0, limit: 50, filters: {} });
    expect(firstPath(list.safeParse({ limit: 201 }))).toEqual(['limit']);
    const inverted = list.safeParse({
      filters: { received: { from: '2026-03-01', to: '2026-02-01' } },
    });
    expect(firstPath(inverted)).toEqual(['filters', 'received', 'to']);
  });

  it('evidence import treats paths as optional hints', () => {
    const base = {
      caseId: id(1),
      expectedSeq: 1,
      source: '',
      collectedBy: '',
      collectedOn: null,
      description: '',
    };
    const input = caseContract['evidence:import'].input;
    expect(input.safeParse(base).success).toBe(true);
    expect(firstPath(input.safeParse({ ...base, paths: [] }))).toEqual(['paths']);
  });
});

describe('retention date', () => {
  it('is optional, and when given must be a real calendar date', () => {
    expect(caseDocSchema.safeParse(caseDoc()).success).toBe(true);
    expect(caseDocSchema.safeParse(caseDoc({ retainUntil: '2033-06-30' })).success).toBe(true);
    for (const bad of ['2033-02-30', '30/06/2033', '']) {
      const result = caseDocSchema.safeParse(caseDoc({ retainUntil: bad }));
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['retainUntil']);
    }
  });
});
