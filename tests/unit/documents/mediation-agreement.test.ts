import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availability, renderKind } from '../../../src/main/documents/document-kinds';
import { personIndex } from '../../../src/main/documents/document-kit';
import {
  MEDIATION_SECTIONS,
  renderMediationAgreement,
} from '../../../src/main/documents/mediation-agreement';
import { sharedMediationRecord } from '../../../src/shared/domain/mediation';
import { CONTEXT } from './case-fixtures';
import {
  cleanupPdfFiles,
  expectInOrder,
  flatText,
  pdfFonts,
  qpdfCheck,
  writePdf,
} from './pdf-tools';
import {
  CAUCUS_CANARY,
  JOINT_NOTE_MARKER,
  mediation,
  MEDIATOR,
  recordCase,
  RECORD_PEOPLE,
} from './record-fixtures';

const people = personIndex(RECORD_PEOPLE);
const render = async (doc = recordCase()) =>
  (
    await renderKind(
      { kind: 'mediation-agreement', caseId: doc.id, input: {} },
      doc,
      people,
      CONTEXT,
    )
  ).pdf;

let path = '';
let text = '';
beforeAll(async () => {
  path = writePdf((await render()).bytes);
  text = flatText(path);
});
afterAll(cleanupPdfFiles);

describe('mediation agreement', () => {
  it('has every section in order with the parties and the mediator named exactly', () => {
    expectInOrder(text, [
      'review before use',
      'Mediation agreement',
      'Memorandum of understanding',
      ...MEDIATION_SECTIONS,
    ]);
    for (const name of ['Lê Thị Quyên', '黄慧', MEDIATOR]) expect(text).toContain(name);
    expectInOrder(text, ['Lê Thị Quyên', '1 April 2026', '黄慧', '2 April 2026']);
  });

  it('lists joint sessions by date, the outcome, numbered terms and the review date', () => {
    expectInOrder(text, ['Joint session 1: 8 April 2026', 'Joint session 2: 10 April 2026']);
    expect(text).toContain('The parties reached agreement on all the matters discussed.');
    expectInOrder(text, [
      '1. Lê Thị Quyên and 黄慧 will hand over',
      '2. Disagreements',
      '3. Both will attend',
    ]);
    expect(text).toContain('review how this agreement is working on 10 July 2026');
  });

  it('states it is voluntary, confidential and not an admission of liability', () => {
    expect(text).toContain('Taking part in mediation was voluntary');
    expect(text).toContain('is confidential to the parties and the mediator');
    expect(text).toContain('not an admission of liability');
    expect(text).toContain('This template must be reviewed with counsel before use.');
  });

  it('has a signature block for each party and the mediator', () => {
    expect(text).toContain('Signed on 10 April 2026.');
    expect(text.match(/Signature\b/g)).toHaveLength(3);
    expectInOrder(text, ['Lê Thị Quyên', 'Party', MEDIATOR, 'Mediator']);
  });

  it('prints no caucus note, no suitability note and no joint-session note', () => {
    expect(text).not.toContain(CAUCUS_CANARY);
    expect(text).not.toContain(JOINT_NOTE_MARKER);
    expect(text).not.toContain('feels excluded');
  });

  it('is a clean PDF with every font embedded', () => {
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    expect(pdfFonts(path).every((f) => f.embedded && f.unicode)).toBe(true);
  });

  it('refuses a full mediation record: only the shared record is read', async () => {
    const full = { ...sharedMediationRecord(mediation()), sessions: mediation().sessions };
    await expect(
      renderMediationAgreement({
        caseNumber: 'ER-2026-0042',
        mediation: full,
        people: RECORD_PEOPLE,
        context: CONTEXT,
      }),
    ).rejects.toThrow(/sessions/);
  });

  it('says what is missing: no mediation, no outcome, no terms, no agreement', async () => {
    const missing = (m: ReturnType<typeof mediation> | null) =>
      availability({ ...recordCase(), mediation: m }, people, true).find(
        (i) => i.kind === 'mediation-agreement',
      )!;
    expect(missing(mediation())).toMatchObject({ available: true, missing: [] });
    expect(missing(null).missing).toEqual([expect.stringMatching(/^A mediation record/)]);
    const base = mediation();
    const open = { ...base, agreement: { ...base.agreement, outcome: null, terms: [] } };
    expect(missing(open).missing).toEqual([
      expect.stringMatching(/^The mediation outcome/),
      expect.stringMatching(/^The agreed terms/),
    ]);
    const none = { ...base, agreement: { ...base.agreement, outcome: 'none' as const, terms: [] } };
    expect(missing(none)).toMatchObject({ available: false });
    await expect(render({ ...recordCase(), mediation: none })).rejects.toThrow(
      /No agreement was reached/,
    );
  });
});
