import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFolded, fold, indexTokens, queryTokens } from '../../../src/main/search/tokenize';
import { intake, person, workbench, type Workbench } from '../cases/helpers';

describe('search tokens', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(fold('Nguyễn Thị Minh Khai')).toBe('nguyen thi minh khai');
    expect(fold('Trần Văn Hùng Đức')).toBe('tran van hung duc');
    expect(indexTokens('Nguyễn Thị')).toEqual(['nguyen', 'thi']);
  });

  it('indexes Han characters and bigrams; queries use bigrams', () => {
    expect(indexTokens('王芳')).toEqual(['王', '芳', '王芳']);
    expect(queryTokens('王芳')).toEqual(['王芳']);
    expect(queryTokens('王')).toEqual(['王']);
  });

  it('maps folded matches back to the original text', () => {
    const text = 'Bà Nguyễn Thị said so';
    const at = findFolded(text, 'nguyen')!;
    expect(text.slice(at.start, at.end)).toBe('Nguyễn');
  });
});

describe('cases:search', () => {
  let wb: Workbench;
  let caseId: string;
  let chineseCase: string;

  beforeAll(async () => {
    wb = await workbench();
    const khai = await person(wb, 'Nguyễn Thị Minh Khai');
    const hung = await person(wb, 'Trần Văn Hùng');
    const wang = await person(wb, '王芳');
    const li = await person(wb, '李伟');
    const created = await wb.call('cases:create', {
      title: 'Remarks in the warehouse',
      type: 'harassment',
      intake: intake(khai),
      parties: [
        { personId: khai, role: 'complainant' },
        { personId: hung, role: 'respondent' },
        { personId: wang, role: 'witness' },
      ],
    });
    caseId = created.caseId;
    const opened = await wb.call('cases:get', { caseId });
    const {
      v: _v,
      id: _i,
      number: _n,
      workflow: _w,
      statusHistory: _h,
      evidence: _e,
      custody: _c,
      interviews: _iv,
      createdAt: _a,
      updatedAt: _u,
      ...content
    } = opened.doc;
    await wb.call('cases:update', {
      caseId,
      expectedSeq: opened.seq,
      content: {
        ...content,
        allegations: [
          {
            id: '1'.repeat(32),
            label: 'A1',
            statement: 'Threatened the complainant with a forklift in aisle 7.',
            policy: '',
            respondentIds: [hung],
            complainantIds: [khai],
            protectedCharacteristics: [],
            dates: [],
            finding: 'pending' as const,
            rationale: '',
          },
        ],
      },
    });
    chineseCase = (
      await wb.call('cases:create', {
        title: 'Expense claims',
        type: 'fraud-ethics',
        intake: intake(li),
        parties: [{ personId: li, role: 'respondent' }],
      })
    ).caseId;
  });
  afterAll(async () => {
    await wb.close();
  });

  const find = async (query: string) => (await wb.call('cases:search', { query })).hits;

  it('finds a Vietnamese name with and without diacritics', async () => {
    for (const q of ['Nguyễn Thị Minh Khai', 'nguyen thi minh khai', 'Tran Van Hung', 'hùng']) {
      const hits = await find(q);
      expect(
        hits.map((h) => h.caseId),
        q,
      ).toContain(caseId);
    }
    const hit = (await find('nguyen khai'))[0]!;
    expect(hit.field).toBe('party');
    expect(hit.snippet).toContain('Nguyễn Thị Minh Khai');
  });

  it('finds Chinese names by full name and by surname', async () => {
    expect((await find('王芳')).map((h) => h.caseId)).toEqual([caseId]);
    expect((await find('王')).map((h) => h.caseId)).toEqual([caseId]);
    expect((await find('李伟')).map((h) => h.caseId)).toEqual([chineseCase]);
    expect(await find('王伟')).toEqual([]);
  });

  it('finds allegation words (prefix and one typo) and case numbers', async () => {
    const hits = await find('forklift');
    expect(hits[0]).toMatchObject({ caseId, field: 'allegation' });
    expect(hits[0]!.snippet).toContain('forklift');
    expect((await find('forkl')).map((h) => h.caseId)).toContain(caseId);
    expect((await find('forkift')).map((h) => h.caseId)).toContain(caseId);
    expect((await find('ER-2026-0002')).map((h) => h.caseId)).toEqual([chineseCase]);
  });

  it('drops the index on lock and rebuilds it on unlock', async () => {
    const index = () => wb.services.workspaces.active?.search.size ?? 0;
    expect(index()).toBe(2);
    await wb.lock();
    expect(wb.services.workspaces.active).toBeNull();
    expect((await wb.fail('cases:search', { query: 'forklift' })).code).toBe('VaultLocked');
    await wb.unlock();
    expect((await find('forklift')).map((h) => h.caseId)).toEqual([caseId]);
    expect(index()).toBe(2);
  });
});
