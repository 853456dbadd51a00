import { z } from 'zod';
import { caseNumberSchema } from '../../shared/domain/case-number';
import {
  interviewSchema,
  type Interview,
  type InterviewEntry,
} from '../../shared/domain/interview';
import { personSchema } from '../../shared/domain/person';
import { integrityOf } from '../interviews/interview-hash';
import {
  documentContextSchema,
  formatDate,
  groupedHash,
  PARTY_ROLE_TITLE,
  renderOptionsFor,
  tableOrNone,
} from './document-kit';
import { renderPdf, type RenderedPdf } from './render';
import { parseOrThrow, type Block } from './spec';
import {
  admonitionsTable,
  attendeesTable,
  exitFormBlocks,
  formatInstant,
  MODE_LABEL,
  RECORDING_LABEL,
  REVIEW_LABEL,
  timeSpan,
} from './statement-parts';

/**
 * The interview statement (domain.md §6): the finalised record as the interviewee reads and signs
 * it. Everything up to the closing note is the locked content the finalisation hash covers; the
 * addenda, the finalisation record and the reviews come after, each marked as added later, so a
 * reader can tell what was said in the room from what was written afterwards.
 */

export const interviewStatementInputSchema = z.strictObject({
  caseNumber: caseNumberSchema,
  caseTitle: z.string().max(500),
  interview: interviewSchema,
  interviewee: personSchema,
  /** The case's investigator: the interviewer who signs when no attendee is named as one. */
  investigator: z.string().max(500),
  context: documentContextSchema,
});
export type InterviewStatementInput = z.input<typeof interviewStatementInputSchema>;

export const STATEMENT_SECTIONS = [
  'The interview',
  'Who was present',
  'Opening statements',
  'Questions and answers',
  'Other notes',
  'Closing',
  'Addenda',
  'Finalisation record',
  'Statement reviews',
  'Interviewee’s declaration',
] as const;

const h1 = (i: number): Block => ({ type: 'heading', level: 1, text: STATEMENT_SECTIONS[i] ?? '' });
const muted = (text: string): Block => ({ type: 'paragraph', tone: 'muted', text });

function entryMeta(e: InterviewEntry): string {
  return [e.section, e.at ? formatInstant(e.at) : ''].filter(Boolean).join(' · ');
}

function questionBlocks(questions: readonly InterviewEntry[]): Block[] {
  return questions.flatMap((e, i): Block[] => {
    const meta = entryMeta(e);
    const blocks: Block[] = [
      {
        type: 'heading',
        level: 3,
        text: `Question ${i + 1}${meta ? ` · ${meta}` : ''}`,
        outline: false,
      },
      { type: 'paragraph', text: e.question || '(No question text recorded.)' },
    ];
    if (!e.answer) blocks.push(muted('No answer recorded.'));
    else if (e.verbatim) {
      // A quotation in its own box: these are the interviewee's words, not the interviewer's.
      blocks.push({
        type: 'callout',
        tone: 'info',
        title: 'Answer — verbatim (the interviewee’s own words)',
        text: `“${e.answer}”`,
      });
    } else {
      blocks.push(
        { type: 'paragraph', tone: 'small', text: 'Answer — as noted by the interviewer' },
        { type: 'paragraph', text: e.answer },
      );
    }
    return blocks;
  });
}

/** Free notes, each placed after the question it followed so its context is not lost. */
function noteBlocks(entries: readonly InterviewEntry[]): Block[] {
  let asked = 0;
  const items: string[] = [];
  for (const e of entries) {
    if (e.kind === 'question') asked += 1;
    else if (e.answer || e.question) {
      const where = asked ? `after question ${asked}` : 'before the first question';
      const when = e.at ? `${formatInstant(e.at)}, ` : '';
      items.push(`(${when}${where}) ${[e.question, e.answer].filter(Boolean).join(': ')}`);
    }
  }
  return items.length ? [{ type: 'list', items }] : [muted('No other notes.')];
}

function interviewerName(iv: Interview, investigator: string): string {
  return iv.attendees.find((a) => a.role === 'interviewer')?.name || investigator || 'Interviewer';
}

function buildStatement(input: z.infer<typeof interviewStatementInputSchema>): Block[] {
  const iv = input.interview;
  const person = input.interviewee;
  const finalised = iv.finalised;
  if (!finalised) throw new Error('The interview statement is built from a finalised record only');
  const questions = iv.entries.filter((e) => e.kind === 'question');
  const integrity = integrityOf(iv);
  const blocks: Block[] = [
    {
      type: 'title',
      text: iv.kind === 'exit' ? 'Exit interview statement' : 'Interview statement',
      subtitle: `${input.caseNumber} · ${person.name}`,
    },
    h1(0),
    {
      type: 'keyValue',
      items: [
        { key: 'Interviewee', value: person.name },
        ...(person.title ? [{ key: 'Job title', value: person.title }] : []),
        ...(person.department ? [{ key: 'Department', value: person.department }] : []),
        { key: 'Role in the case', value: PARTY_ROLE_TITLE[iv.role] },
        { key: 'Case', value: `${input.caseNumber} · ${input.caseTitle}` },
        { key: 'Date', value: formatDate(iv.scheduledOn) },
        { key: 'Time', value: timeSpan(iv.startTime, iv.endTime) },
        { key: 'Place', value: [MODE_LABEL[iv.mode], iv.place].filter(Boolean).join(' · ') },
        ...(iv.purpose ? [{ key: 'Purpose', value: iv.purpose }] : []),
        { key: 'Recording', value: RECORDING_LABEL[iv.recordingConsent] },
        ...(iv.status === 'declined' || iv.status === 'unavailable'
          ? [
              {
                key: 'Status',
                value: `${iv.status === 'declined' ? 'Declined' : 'Could not take place'}: ${iv.statusReason}`,
              },
            ]
          : []),
      ],
    },
    h1(1),
    iv.attendees.length ? attendeesTable(iv.attendees) : muted('No attendees recorded.'),
    h1(2),
    admonitionsTable(iv.admonitions),
    h1(3),
    ...(questions.length ? questionBlocks(questions) : [muted('No questions recorded.')]),
    h1(4),
    ...noteBlocks(iv.entries),
    h1(5),
    iv.closingNote ? { type: 'paragraph', text: iv.closingNote } : muted('No closing note.'),
    ...(iv.kind === 'exit' && iv.exit ? exitFormBlocks(iv.exit) : []),
    h1(6),
  ];
  if (iv.addenda.length === 0) blocks.push(muted('No addenda.'));
  else {
    blocks.push({
      type: 'callout',
      tone: 'warning',
      title: 'Added after finalisation',
      text: 'Addenda were written after the record above was finalised. They do not change it: each one is dated and names its author.',
    });
  }
  iv.addenda.forEach((a, i) =>
    blocks.push(
      {
        type: 'heading',
        level: 2,
        text: `Addendum ${i + 1} — ${formatInstant(a.at)}, by ${a.by || 'unknown'}`,
        outline: false,
      },
      { type: 'paragraph', text: a.text },
    ),
  );
  blocks.push(
    h1(7),
    {
      type: 'keyValue',
      items: [
        { key: 'Finalised by', value: finalised.by || 'unknown' },
        { key: 'Finalised at', value: formatInstant(finalised.at) },
        { key: 'SHA-256 of the record', value: groupedHash(finalised.sha256) },
        {
          key: 'Checked when printed',
          value:
            integrity === 'intact'
              ? 'The record matches this hash: unchanged since it was finalised.'
              : 'WARNING: the record no longer matches this hash. It was altered after finalisation.',
        },
      ],
    },
    {
      type: 'paragraph',
      tone: 'small',
      text: 'The hash is taken over the canonical JSON of everything recorded up to the closing note (not the addenda or reviews). Recomputing it on the vault’s copy shows whether the record changed.',
    },
    h1(8),
  );
  blocks.push(
    tableOrNone(
      [
        { header: 'Date', weight: 2 },
        { header: 'Outcome', weight: 2.5 },
        { header: 'Corrections or reason', weight: 5 },
        { header: 'Recorded', weight: 3 },
      ],
      iv.reviews.map((r) => [
        formatDate(r.on),
        REVIEW_LABEL[r.outcome],
        r.corrections || r.reason || '—',
        `${formatInstant(r.recordedAt)}${r.recordedBy ? `, ${r.recordedBy}` : ''}`,
      ]),
      'Not yet reviewed by the interviewee.',
    ),
  );
  // The declaration, corrections and signatures share a page of their own: a signature
  // separated from the words it signs is worth little.
  blocks.push(
    { type: 'pageBreak' },
    h1(9),
    {
      type: 'paragraph',
      text: 'I have read this statement. It is a true and accurate record of what I said in the interview, except for any corrections I have written below.',
    },
    { type: 'writeIn', label: 'Corrections (in my own words)', lines: 5 },
    { type: 'writeIn', label: 'If I decline to sign, my reason (optional)', lines: 1 },
    {
      type: 'signatures',
      signatories: [
        { name: person.name, role: 'Interviewee' },
        { name: interviewerName(iv, input.investigator), role: 'Interviewer' },
      ],
    },
  );
  return blocks;
}

export async function renderInterviewStatement(raw: InterviewStatementInput): Promise<RenderedPdf> {
  const input = parseOrThrow(interviewStatementInputSchema, raw, 'interview statement input');
  return renderPdf(
    { blocks: buildStatement(input) },
    renderOptionsFor(
      input.context,
      `Interview statement — ${input.interviewee.name}`,
      'Confidential interview record',
    ),
  );
}
