import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderKind } from '../../../src/main/documents/document-kinds';
import {
  renderInterviewStatement,
  STATEMENT_SECTIONS,
} from '../../../src/main/documents/interview-statement';
import { personIndex } from '../../../src/main/documents/document-kit';
import { CONTEXT, P, PEOPLE } from './case-fixtures';
import {
  cleanupPdfFiles,
  expectInOrder,
  flatText,
  pdfFonts,
  qpdfCheck,
  writePdf,
} from './pdf-tools';
import {
  exitInterview,
  INTERPRETER,
  INTERVIEW,
  khaiInterview,
  recordCase,
  UNASKED_QUESTION,
} from './record-fixtures';

const people = personIndex(PEOPLE);
const statement = async (interviewId: string) =>
  (
    await renderKind(
      { kind: 'interview-statement', caseId: recordCase().id, input: { interviewId } },
      recordCase(),
      people,
      CONTEXT,
    )
  ).pdf;

let path = '';
let text = '';
beforeAll(async () => {
  path = writePdf((await statement(INTERVIEW.khai)).bytes);
  text = flatText(path);
});
afterAll(cleanupPdfFiles);

describe('interview statement', () => {
  it('has every section in order, with the names exactly as written', () => {
    expectInOrder(text, [
      'Interview statement',
      'ER-2026-0042 · Nguyễn Thị Minh Khai',
      ...STATEMENT_SECTIONS,
    ]);
    for (const name of [
      'Nguyễn Thị Minh Khai',
      'Sam Rivera',
      'Lê Thu',
      INTERPRETER,
      '王芳',
      'Zoë Ångström',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('prints the meeting facts, attendees with roles and times, consent and admonition stamps', () => {
    expect(text).toContain('9 March 2026');
    expect(text).toContain('10:00–11:05');
    expect(text).toContain('In person · Room 2A');
    expect(text).toMatch(/陈静 Interpreter 10:05 10:50/);
    expect(text).toContain('the interviewee did not consent to a recording');
    expect(text).toMatch(
      /Confidentiality: asked to keep the matter confidential, and why 9 March 2026, 10:02 UTC/,
    );
    expect(text).toMatch(/right to be accompanied explained Not recorded as given/i);
  });

  it('prints questions in order, verbatim answers as labelled quotations, notes and the close', () => {
    expectInOrder(text, [
      'Question 1 · Account · 9 March 2026, 10:06 UTC',
      'In your own words, what happened',
      'Answer — verbatim (the interviewee’s own words)',
      '“Chị Phương said my vowels sounded “like a village radio” and 王芳 laughed.”',
      'Question 2',
      'Who else was in the room?',
      'Answer — as noted by the interviewer',
      'Other notes',
      '(9 March 2026, 10:12 UTC, after question 1) Ms Nguyễn paused',
      'Confidentiality and non-retaliation repeated; EAP offered and accepted.',
    ]);
    // The guide question never asked was dropped when the record was finalised.
    expect(text).not.toContain(UNASKED_QUESTION);
  });

  it('prints every addendum apart, then the finalisation record with its hash, and the reviews', () => {
    const iv = khaiInterview();
    const hash = iv.finalised!.sha256;
    expectInOrder(text, [
      'Added after finalisation',
      'Addendum 1 — 10 March 2026, 09:30 UTC, by Sam Rivera',
      iv.addenda[0]!.text,
      'Addendum 2 — 12 March 2026, 15:45 UTC, by Sam Rivera',
      iv.addenda[1]!.text,
      'Finalisation record',
      'Finalised by Sam Rivera',
      '9 March 2026, 11:10 UTC',
      (hash.match(/.{16}/g) ?? []).join(' '),
      'The record matches this hash',
      'Declined to sign',
      'Wanted to read it with her companion first.',
      'Signed with corrections',
      'It was “village radio”, not “old radio”.',
      'I have read this statement.',
      'Corrections (in my own words)',
    ]);
    // Two signature blocks side by side: the interviewee's and the interviewer's.
    expectInOrder(text, [
      'Signature',
      'Nguyễn Thị Minh Khai',
      'Sam Rivera',
      'Interviewee',
      'Interviewer',
    ]);
  });

  it('is a clean PDF with every font embedded', () => {
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true);
  });

  it('says so when the record no longer matches its hash', async () => {
    const iv = khaiInterview();
    const altered = { ...iv, closingNote: 'Rewritten later.' };
    const pdf = await renderInterviewStatement({
      caseNumber: 'ER-2026-0042',
      caseTitle: 'Case',
      interview: altered,
      interviewee: PEOPLE[0]!,
      investigator: 'Sam Rivera',
      context: CONTEXT,
    });
    expect(flatText(writePdf(pdf.bytes))).toContain(
      'WARNING: the record no longer matches this hash',
    );
  });

  it('prints an exit interview’s form too', async () => {
    const exitText = flatText(writePdf((await statement(INTERVIEW.an)).bytes));
    expect(exitText).toContain('Exit interview statement');
    expectInOrder(exitText, [
      'Exit interview form',
      'Workload (main reason)',
      'Commute',
      '30 September 2026',
      'For HR use only',
      'Eligible',
    ]);
    expect(exitText).toContain(exitInterview().finalised!.sha256.slice(0, 16));
  });

  it('is refused for a draft or an unknown interview, with the reason', async () => {
    await expect(statement(INTERVIEW.wangDraft)).rejects.toThrow(
      /finalise the interview record first/,
    );
    await expect(statement('f'.repeat(32))).rejects.toThrow(/no such interview/);
    expect(P.wang).toBeTruthy();
  });
});
