import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInvestigationReport } from '../../../src/main/documents/investigation-report';
import { withCaseRecords } from '../../../src/main/documents/report-from-case';
import { DEMEANOUR_CAUTION } from '../../../src/shared/domain/credibility';
import { CONTEXT, P, REPORT_DETAILS } from './case-fixtures';
import { cleanupPdfFiles, flatText, writePdf } from './pdf-tools';
import { CAUCUS_CANARY, recordCase, RECORD_PEOPLE } from './record-fixtures';

const { interviews: _i, credibility: _c, notInterviewed: _n, ...bare } = REPORT_DETAILS;
void _i;
void _c;
void _n;

let text = '';
beforeAll(async () => {
  const doc = recordCase();
  const pdf = await renderInvestigationReport({
    case: doc,
    people: RECORD_PEOPLE,
    details: withCaseRecords(bare, doc),
    context: CONTEXT,
    variant: 'full',
  });
  text = flatText(writePdf(pdf.bytes));
});
afterAll(cleanupPdfFiles);

describe('report from the case records', () => {
  it('lists the interviews held: who, when, where and who was present with times', () => {
    expect(text).toContain(
      'Nguyễn Thị Minh Khai — 9 March 2026, In person, Room 2A, 10:00–11:05; present: Sam Rivera (interviewer, 10:00–11:05); Lê Thu (companion, 10:00–11:05); 陈静 (interpreter, 10:05–10:50)',
    );
    // The exit interview is not part of the investigation's methodology.
    expect(text).not.toContain('25 March 2026');
  });

  it('lists who declined, with the reason', () => {
    expect(text).toContain(
      'Declined to be interviewed: 刘小明 said he would answer in writing only.',
    );
  });

  it('prints the credibility worksheet: factors with bearing and note, the caution, the conclusion', () => {
    expect(text).toContain(
      'Undermines the account. Her denial conflicts with her own chat message (E1).',
    );
    expect(text).toContain(`Neutral. Calm throughout. Caution: ${DEMEANOUR_CAUTION}`);
    expect(text).toContain(
      'Conclusion: Overall: Partly credible. 王芳’s account is less credible than the complainant’s on the remark itself.',
    );
    expect(text).not.toContain(CAUCUS_CANARY);
  });

  it('keeps what the details supply, and the account summaries always', () => {
    const kept = withCaseRecords(REPORT_DETAILS, recordCase());
    expect(kept.interviews).toEqual(REPORT_DETAILS.interviews);
    expect(kept.credibility).toEqual(REPORT_DETAILS.credibility);
    expect(kept.accounts).toEqual(REPORT_DETAILS.accounts);
    const mapped = withCaseRecords(bare, recordCase());
    expect(mapped.accounts).toEqual(REPORT_DETAILS.accounts);
    // An assessment with nothing in it yet is not printed.
    expect(mapped.credibility?.map((c) => c.personId)).toEqual([P.wang]);
  });
});

describe('people not interviewed, from the plan', () => {
  it('names planned-but-not-held interviews and parties never interviewed, never "everyone was"', () => {
    const doc = recordCase();
    const heard = new Set(
      doc.interviews.filter((iv) => iv.status === 'done').map((iv) => iv.personId),
    );
    const unheard = doc.parties.find(
      (p) => ['witness', 'respondent', 'complainant'].includes(p.role) && !heard.has(p.personId),
    );
    const planned = { ...doc.interviews[0]!, id: 'f'.repeat(32), status: 'planned' as const };
    const witness = { personId: 'e'.repeat(32), role: 'witness' as const };
    const interviews = [
      ...doc.interviews.filter((iv) => iv.personId !== planned.personId),
      { ...planned, scheduledOn: '2026-04-02' },
    ];
    const heardNow = new Set(
      interviews
        .filter((iv) => iv.kind === 'investigation' && iv.status === 'done')
        .map((iv) => iv.personId),
    );
    const rows = withCaseRecords(bare, {
      ...doc,
      parties: [...doc.parties, witness],
      interviews,
    }).notInterviewed!;
    expect(rows).toContainEqual({
      personId: planned.personId,
      reason: 'Interview planned for 2026-04-02, not yet held',
    });
    expect(rows).toContainEqual({
      personId: witness.personId,
      reason: 'Not interviewed: no reason recorded',
    });
    if (unheard) expect(rows.map((r) => r.personId)).toContain(unheard.personId);
    // Each person once, and nobody who was heard.
    expect(new Set(rows.map((r) => r.personId)).size).toBe(rows.length);
    for (const r of rows) expect(heardNow.has(r.personId), JSON.stringify(r)).toBe(false);
    // An exit interview is not an investigation interview: that witness is still listed.
    expect(rows.find((r) => r.personId === P.an)?.reason).toBe(
      'Not interviewed: no reason recorded',
    );
  });
});
