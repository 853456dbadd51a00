import { type z } from 'zod';
import { disciplinaryNoticeFields, warningLevels } from '../../shared/domain/document-inputs';
import { clause, formatDate, renderOptionsFor, type ClauseId } from './document-kit';
import { renderPdf, type RenderedPdf } from './render';
import { parseOrThrow, type Block } from './spec';
import {
  documentDateLine,
  employeeDocumentBaseSchema,
  employeeFacts,
  templateOpening,
} from './termination-common';

/**
 * Disciplinary notice (domain.md §7): the level and its place in the progressive sequence, the
 * facts and the substantiated allegations, the policy, prior related actions, the employee's
 * explanation, expectations with a time frame and support, consequences, how long it stays live,
 * the right of appeal, room for the employee's comments and an acknowledgement of receipt (not
 * agreement), with a witness line for a refusal to sign.
 */

export { warningLevels };
const LEVEL_TITLE: Record<(typeof warningLevels)[number], string> = {
  verbal: 'Record of verbal warning',
  written: 'Written warning',
  final: 'Final written warning',
  suspension: 'Notice of disciplinary suspension',
};
const SEQUENCE = [
  'Verbal warning',
  'Written warning',
  'Final written warning',
  'Suspension',
  'Termination',
];
const LEVEL_INDEX: Record<(typeof warningLevels)[number], number> = {
  verbal: 0,
  written: 1,
  final: 2,
  suspension: 3,
};

export const disciplinaryNoticeInputSchema =
  employeeDocumentBaseSchema.extend(disciplinaryNoticeFields);
export type DisciplinaryNoticeInput = z.input<typeof disciplinaryNoticeInputSchema>;

const DEFAULTS: Partial<Record<ClauseId, string>> = {
  'disciplinary.consequences':
    'If the conduct is repeated, or the expected improvement is not made, further disciplinary action may follow, up to and including {next}.',
  'disciplinary.atWill':
    'Nothing in this notice is a promise of continued employment or changes the at-will nature of your employment.',
  'disciplinary.appeal': 'You may appeal this decision to {to} by {how}, no later than {by}.',
  'disciplinary.acknowledgement':
    'I acknowledge that I have received this notice. My signature confirms receipt, not agreement.',
};

export const DISCIPLINARY_SECTIONS = [
  'What happened',
  'Policy or standard breached',
  'Prior related actions',
  'Your explanation and mitigating circumstances',
  'What is expected of you',
  'Consequences of further breaches',
  'Duration and appeal',
  'Employee comments',
  'Acknowledgement',
] as const;

export async function renderDisciplinaryNotice(raw: DisciplinaryNoticeInput): Promise<RenderedPdf> {
  const input = parseOrThrow(disciplinaryNoticeInputSchema, raw, 'disciplinary notice input');
  const org = input.context.organisation;
  const index = LEVEL_INDEX[input.level];
  const next = SEQUENCE[Math.min(index + 1, SEQUENCE.length - 1)] ?? 'termination';
  const h = (i: number): Block => ({
    type: 'heading',
    level: 1,
    text: DISCIPLINARY_SECTIONS[i] ?? '',
  });
  const p = (text: string, tone?: 'muted' | 'small'): Block =>
    tone ? { type: 'paragraph', text, tone } : { type: 'paragraph', text };
  const blocks: Block[] = [
    ...templateOpening(LEVEL_TITLE[input.level], documentDateLine(input)),
    employeeFacts(input.employee, [
      { key: 'Manager', value: input.manager },
      ...(input.caseNumber ? [{ key: 'Case', value: input.caseNumber }] : []),
    ]),
    {
      type: 'table',
      caption: 'Place in the progressive sequence',
      columns: SEQUENCE.map((s) => ({ header: s, align: 'center' as const })),
      rows: [SEQUENCE.map((_s, i) => (i === index ? 'THIS STEP' : i < index ? 'earlier' : ''))],
    },
  ];
  if (input.suspension) {
    blocks.push({
      type: 'keyValue',
      items: [
        {
          key: 'Suspension',
          value: `${formatDate(input.suspension.from)} to ${formatDate(input.suspension.to)}, ${input.suspension.paid ? 'with pay' : 'without pay'}`,
        },
      ],
    });
  }
  blocks.push(
    h(0),
    p(input.facts),
    ...(input.substantiated?.length
      ? [
          p('Allegations found substantiated in the investigation:'),
          { type: 'list', items: input.substantiated } as Block,
        ]
      : []),
    h(1),
    { type: 'list', items: input.policies },
    h(2),
    input.priorActions?.length
      ? { type: 'list', items: input.priorActions.map((a) => `${formatDate(a.on)}: ${a.action}`) }
      : p('None on record.', 'muted'),
    h(3),
    p(
      input.employeeExplanation || 'No explanation was given.',
      input.employeeExplanation ? undefined : 'muted',
    ),
    ...(input.mitigation ? [p(`Mitigating circumstances considered: ${input.mitigation}`)] : []),
    h(4),
    { type: 'list', items: input.expectations, ordered: true },
    ...(input.reviewBy ? [p(`Progress will be reviewed on ${formatDate(input.reviewBy)}.`)] : []),
    ...(input.support?.length
      ? [p('Support offered:'), { type: 'list', items: input.support } as Block]
      : []),
    h(5),
    p(clause(org, 'disciplinary.consequences', DEFAULTS, { next: next.toLowerCase() })),
    ...(input.usAtWill ? [p(clause(org, 'disciplinary.atWill', DEFAULTS))] : []),
    h(6),
    p(
      input.liveUntil
        ? `This warning stays on your file and is live until ${formatDate(input.liveUntil)}.`
        : 'How long this warning stays live is set by the disciplinary policy.',
    ),
    p(
      input.appeal
        ? clause(org, 'disciplinary.appeal', DEFAULTS, {
            to: input.appeal.to,
            how: input.appeal.how,
            by: formatDate(input.appeal.by),
          })
        : 'The right of appeal is described in the disciplinary policy.',
    ),
    h(7),
    { type: 'writeIn', label: 'Your comments (optional)', lines: 5 },
    h(8),
    p(clause(org, 'disciplinary.acknowledgement', DEFAULTS)),
    {
      type: 'signatures',
      signatories: [
        { name: input.employee.name, role: 'Employee' },
        { name: input.manager, role: 'Manager' },
      ],
    },
    {
      type: 'writeIn',
      label: 'If the employee declined to sign: witness name, signature and date',
      lines: 2,
    },
  );
  return renderPdf(
    { blocks },
    renderOptionsFor(
      input.context,
      `${LEVEL_TITLE[input.level]} — ${input.employee.name}`,
      'Personnel file',
    ),
  );
}
