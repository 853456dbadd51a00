import type { z } from 'zod';
import { exitInterviewFields, exitReasonTaxonomy } from '../../shared/domain/document-inputs';
import { riskWarnings, type RiskWarning } from '../../shared/domain/termination-rules';
import { clause, formatDate, renderOptionsFor, type ClauseId } from './document-kit';
import { BOX_DONE, BOX_OPEN } from './property-checklist';
import { renderPdf, type RenderedPdf } from './render';
import { parseOrThrow, type Block } from './spec';
import {
  documentDateLine,
  employeeDocumentBaseSchema,
  employeeFacts,
  templateOpening,
} from './termination-common';

/**
 * Exit interview form (domain.md §8.9, §8.11): voluntary and confidential. Reasons for leaving as
 * tick boxes from a fixed taxonomy (so answers can be counted across leavers), the notice given,
 * the restrictive-covenant end dates, consent to alumni contact, free comments and the
 * signature; rehire eligibility sits in an HR-only part. Anything already known is pre-filled,
 * everything else prints blank to complete by hand.
 */

export const exitInterviewInputSchema = employeeDocumentBaseSchema.extend(exitInterviewFields);
export type ExitInterviewInput = z.input<typeof exitInterviewInputSchema>;

export const EXIT_SECTIONS = [
  'About this interview',
  'Reasons for leaving',
  'Notice',
  'Continuing obligations',
  'Staying in touch',
  'Your comments',
  'Signature',
  'For HR use only',
] as const;

const DEFAULTS: Partial<Record<ClauseId, string>> = {
  'exit.introduction':
    'This interview is voluntary and confidential. You may skip any question. {organisation} uses the answers, grouped with those of other leavers, to improve the workplace; they do not affect your final pay, benefits or references.',
};

const box = (on: boolean | undefined) => (on ? BOX_DONE : BOX_OPEN);
/** A no-break space keeps a box on the line of its label. */
const opt = (on: boolean | undefined, label: string) => `${box(on)}\u00a0${label}`;

export interface ExitInterviewResult {
  pdf: RenderedPdf;
  warnings: RiskWarning[];
}

/** The form without its render context: what the risk check (documents:check) reads. */
export const exitInterviewFactsSchema = exitInterviewInputSchema.omit({ context: true });
export type ExitInterviewFacts = z.output<typeof exitInterviewFactsSchema>;

/** A recorded non-compete is worth a word with counsel (state law governs); same as the render. */
export function exitInterviewWarnings(input: ExitInterviewFacts): RiskWarning[] {
  return riskWarnings({
    jurisdiction: 'US',
    age: null,
    release: null,
    finalPay: null,
    nonCompete: input.nonCompeteEndsOn !== undefined,
  });
}

export async function renderExitInterviewForm(
  raw: ExitInterviewInput,
): Promise<ExitInterviewResult> {
  const input = parseOrThrow(exitInterviewInputSchema, raw, 'exit interview input');
  const org = input.context.organisation;
  const ticked = new Set<string>(input.reasons);
  if (input.primaryReason) ticked.add(input.primaryReason);
  const h = (i: number): Block => ({ type: 'heading', level: 1, text: EXIT_SECTIONS[i] ?? '' });
  const notice = input.notice;
  const blocks: Block[] = [
    ...templateOpening('Exit interview', documentDateLine(input)),
    employeeFacts(input.employee, [
      { key: 'Last day of work', value: formatDate(input.lastDay) },
      ...(input.interviewOn
        ? [{ key: 'Interview date', value: formatDate(input.interviewOn) }]
        : []),
      ...(input.interviewer ? [{ key: 'Interviewer', value: input.interviewer }] : []),
    ]),
    h(0),
    {
      type: 'paragraph',
      text: clause(org, 'exit.introduction', DEFAULTS, { organisation: org.name }),
    },
    h(1),
    {
      type: 'paragraph',
      text: `Tick every reason that applies and circle the main one.${
        input.primaryReason ? ` Main reason given: ${input.primaryReason}.` : ''
      }`,
    },
    {
      type: 'table',
      columns: [
        { header: 'Area', weight: 2 },
        { header: 'Reasons (tick all that apply)', weight: 7 },
      ],
      rows: exitReasonTaxonomy.map((g) => [
        g.group,
        g.reasons.map((r) => opt(ticked.has(r), r)).join('\n'),
      ]),
    },
    { type: 'writeIn', label: 'Other reason', lines: 1 },
    h(2),
    {
      type: 'keyValue',
      items: [
        {
          key: 'Notice given',
          value: notice
            ? `${box(notice.given)} Yes    ${box(!notice.given)} No`
            : `${BOX_OPEN} Yes    ${BOX_OPEN} No`,
        },
        { key: 'Notice given on', value: notice?.on ? formatDate(notice.on) : '' },
        {
          key: 'Notice period',
          value: notice?.periodDays !== undefined ? `${notice.periodDays} days` : '',
        },
      ],
    },
    h(3),
    {
      type: 'keyValue',
      items: [
        {
          key: 'Non-compete ends',
          value: input.nonCompeteEndsOn ? formatDate(input.nonCompeteEndsOn) : 'None recorded',
        },
        {
          key: 'Non-solicitation ends',
          value: input.nonSolicitEndsOn ? formatDate(input.nonSolicitEndsOn) : 'None recorded',
        },
        { key: 'Confidentiality', value: 'Continues after employment ends' },
      ],
    },
    {
      type: 'paragraph',
      tone: 'small',
      text: 'Whether a non-compete can be enforced depends on state law; some states do not allow them.',
    },
    h(4),
    {
      type: 'paragraph',
      text: `${opt(input.alumniContactConsent === true, `I agree that ${org.name} may contact me about alumni news, events and future roles.`)}\n${opt(input.alumniContactConsent === false, 'Please do not contact me.')}`,
    },
    { type: 'writeIn', label: 'Personal e-mail or phone for alumni contact (optional)', lines: 1 },
    h(5),
    input.comments
      ? { type: 'paragraph', text: input.comments }
      : { type: 'writeIn', label: 'What could we have done better? Anything else?', lines: 6 },
    h(6),
    {
      type: 'paragraph',
      text: 'I took part voluntarily. The answers above are mine.',
    },
    {
      type: 'signatures',
      signatories: [
        { name: input.employee.name, role: 'Employee' },
        {
          name: input.interviewer ?? input.signatory.name,
          role: 'Interviewer',
          ...(input.interviewer || !input.signatory.title ? {} : { title: input.signatory.title }),
        },
      ],
    },
    h(7),
    {
      type: 'keyValue',
      items: [
        {
          key: 'Rehire eligibility',
          value: `${box(input.rehire === 'eligible')} Eligible    ${box(input.rehire === 'not-eligible')} Not eligible    ${box(input.rehire === 'review')} Review first`,
        },
        ...(input.rehireNote ? [{ key: 'Reason', value: input.rehireNote }] : []),
      ],
    },
    {
      type: 'paragraph',
      tone: 'small',
      text: 'Rehire eligibility is company practice, not a legal status; record the reason and apply it consistently.',
    },
  ];
  const pdf = await renderPdf(
    { blocks },
    renderOptionsFor(
      input.context,
      `Exit interview — ${input.employee.name}`,
      'Voluntary and confidential',
    ),
  );
  const warnings = exitInterviewWarnings(input);
  return { pdf, warnings };
}
