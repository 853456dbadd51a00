import type { z } from 'zod';
import { finalPaySummaryFields, type PaymentMethod } from '../../shared/domain/document-inputs';
import {
  cobraTimeline,
  COBRA_RULE,
  finalPayDeadline,
  riskWarnings,
  type RiskWarning,
} from '../../shared/domain/termination-rules';
import { clause, formatDate, renderOptionsFor, type ClauseId } from './document-kit';
import { renderPdf, type RenderedPdf } from './render';
import { parseOrThrow, type Block } from './spec';
import {
  documentDateLine,
  employeeDocumentBaseSchema,
  employeeFacts,
  employerSignatory,
  formatMoney,
  ruleSource,
  templateOpening,
} from './termination-common';

/**
 * Final pay summary (domain.md §8.3, §8.4): the gross items, accrued leave, deductions and the net
 * amount; the payment date beside the deadline the state rule gives, with the rule's citation and
 * last-reviewed date; when each benefit ends; and the COBRA timeline. Risk warnings (late pay, a
 * state with no rule on file, a small employer) are returned for HR, not printed.
 */

export const finalPaySummaryInputSchema = employeeDocumentBaseSchema.extend(finalPaySummaryFields);
export type FinalPaySummaryInput = z.input<typeof finalPaySummaryInputSchema>;

const METHOD: Record<PaymentMethod, string> = {
  'direct-deposit': 'Direct deposit',
  check: 'Check',
  other: 'Other (as agreed)',
};

const DEFAULTS: Partial<Record<ClauseId, string>> = {
  'finalPay.introduction':
    'This summary sets out what {organisation} will pay you when your employment ends on {lastDay}, and when your benefits end. Amounts are gross unless stated; tax and other withholdings appear on your final pay statement.',
};

export interface FinalPaySummaryResult {
  pdf: RenderedPdf;
  warnings: RiskWarning[];
  totals: { grossCents: number; deductionsCents: number; netCents: number };
}

/** The summary without its render context: what the risk check (documents:check) reads. */
export const finalPaySummaryFactsSchema = finalPaySummaryInputSchema.omit({ context: true });
export type FinalPaySummaryFacts = z.output<typeof finalPaySummaryFactsSchema>;

function payInputOf(input: FinalPaySummaryFacts) {
  return {
    jurisdiction: input.jurisdiction,
    separation: input.separation,
    lastDay: input.lastDay,
    noticeGivenOn: input.noticeGivenOn ?? null,
    noticeGivenAt: input.noticeGivenAt ?? null,
    nextRegularPayday: input.nextRegularPayday ?? null,
  };
}

/** Late pay, a state with no rule on file, a small employer: the same warnings the render returns. */
export function finalPaySummaryWarnings(input: FinalPaySummaryFacts): RiskWarning[] {
  return riskWarnings({
    jurisdiction: input.jurisdiction,
    age: null,
    release: null,
    finalPay: { ...payInputOf(input), plannedPayOn: input.payOn },
    ...(input.employerEmployeeCount !== undefined
      ? { employerEmployeeCount: input.employerEmployeeCount }
      : {}),
  });
}

export async function renderFinalPaySummary(
  raw: FinalPaySummaryInput,
): Promise<FinalPaySummaryResult> {
  const input = parseOrThrow(finalPaySummaryInputSchema, raw, 'final pay summary input');
  const org = input.context.organisation;
  const pay = finalPayDeadline(payInputOf(input));
  const leave = input.accruedLeave;
  const leaveCents = leave?.paidOut ? Math.round(leave.hours * leave.rateCents) : 0;
  const grossCents = input.items.reduce((s, i) => s + i.amountCents, 0) + leaveCents;
  const deductionsCents = input.deductions.reduce((s, d) => s + d.amountCents, 0);
  const netCents = grossCents - deductionsCents;

  const amountRows = [
    ...input.items.map((i) => [i.label, i.note ?? '', formatMoney(i.amountCents)]),
    ...(leave
      ? [
          [
            'Accrued, unused vacation / PTO',
            `${leave.hours} h × ${formatMoney(leave.rateCents)}${leave.paidOut ? '' : ' — not paid out under the policy'}`,
            formatMoney(leaveCents),
          ],
        ]
      : []),
    ['Total gross', '', formatMoney(grossCents)],
  ];
  const deadline = pay.dueOn
    ? `${formatDate(pay.dueOn)}${pay.dueBy ? ` ${pay.dueBy.slice(11)}` : ''}`
    : 'Not known yet (next regular payday not given)';
  const blocks: Block[] = [
    ...templateOpening('Final pay summary', documentDateLine(input)),
    employeeFacts(input.employee, [
      { key: 'Last day of work', value: formatDate(input.lastDay) },
      {
        key: 'Separation',
        value: input.separation === 'discharge' ? 'Discharge' : 'Resignation',
      },
      ...(input.caseNumber ? [{ key: 'Reference', value: input.caseNumber }] : []),
    ]),
    {
      type: 'paragraph',
      text: clause(org, 'finalPay.introduction', DEFAULTS, {
        organisation: org.name,
        lastDay: formatDate(input.lastDay),
      }),
    },
    { type: 'heading', level: 1, text: 'Final pay items' },
    {
      type: 'table',
      columns: [
        { header: 'Item', weight: 3 },
        { header: 'Details', weight: 3 },
        { header: 'Amount', weight: 1.6, align: 'right' },
      ],
      rows: amountRows,
    },
    ...(leave?.policy ? [{ type: 'paragraph', tone: 'small', text: leave.policy } as Block] : []),
    { type: 'heading', level: 1, text: 'Deductions' },
    input.deductions.length
      ? {
          type: 'table',
          columns: [
            { header: 'Deduction', weight: 3 },
            { header: 'Details', weight: 3 },
            { header: 'Amount', weight: 1.6, align: 'right' },
          ],
          rows: [
            ...input.deductions.map((d) => [d.label, d.note ?? '', formatMoney(d.amountCents)]),
            ['Total deductions', '', formatMoney(deductionsCents)],
          ],
        }
      : { type: 'paragraph', tone: 'muted', text: 'No deductions.' },
    {
      type: 'keyValue',
      items: [{ key: 'Net before tax withholding', value: formatMoney(netCents) }],
    },
    { type: 'heading', level: 1, text: 'Payment date and deadline' },
    {
      type: 'keyValue',
      items: [
        { key: 'Paid on', value: formatDate(input.payOn) },
        { key: 'Method', value: METHOD[input.method] },
        { key: 'Deadline under the rule', value: deadline },
        { key: 'Rule', value: pay.rule.title },
      ],
    },
    ruleSource(pay.rule),
    { type: 'heading', level: 1, text: 'Benefits end dates' },
    input.benefits.length
      ? {
          type: 'table',
          columns: [
            { header: 'Benefit', weight: 3 },
            { header: 'Ends on', weight: 2 },
            { header: 'Notes', weight: 4 },
          ],
          rows: input.benefits.map((b) => [b.name, formatDate(b.endsOn), b.note ?? '']),
        }
      : { type: 'paragraph', tone: 'muted', text: 'No benefits are recorded.' },
  ];
  if (input.cobra) {
    const cobra = cobraTimeline({
      qualifyingEventOn: input.lastDay,
      coverageLostOn: input.cobra.coverageEndsOn,
      employerIsAdministrator: input.cobra.employerIsAdministrator ?? false,
      administratorNotifiedOn: input.cobra.administratorNotifiedOn ?? null,
      electionNoticeSentOn: input.cobra.electionNoticeSentOn ?? null,
    });
    blocks.push(
      { type: 'heading', level: 1, text: 'COBRA timeline' },
      {
        type: 'table',
        columns: [
          { header: 'Step', weight: 5 },
          { header: 'By', weight: 2 },
        ],
        rows: [
          ['Qualifying event (last day of work)', formatDate(input.lastDay)],
          ['Group health coverage ends', formatDate(input.cobra.coverageEndsOn)],
          ...(cobra.employerNoticeDueOn
            ? [
                [
                  `Employer notifies the plan administrator (${COBRA_RULE.employerNoticeDays} days)`,
                  formatDate(cobra.employerNoticeDueOn),
                ],
              ]
            : []),
          [
            input.cobra.employerIsAdministrator
              ? `Election notice sent to you (${COBRA_RULE.employerAdministratorDays} days: employer is the administrator)`
              : `Election notice sent to you (${COBRA_RULE.electionNoticeDays} days after the administrator is notified)`,
            formatDate(cobra.electionNoticeDueOn),
          ],
          [
            `You elect COBRA (${COBRA_RULE.electionDays} days from the later of the notice and the loss of coverage)`,
            formatDate(cobra.electionDeadline),
          ],
          [`First premium (${COBRA_RULE.firstPremiumDays} days after you elect)`, 'After electing'],
        ],
      },
      ruleSource(COBRA_RULE),
    );
  }
  blocks.push({
    type: 'signatures',
    signatories: [
      employerSignatory(input.signatory, `Prepared for ${org.name}`),
      { name: input.employee.name, role: 'Received by the employee' },
    ],
  });
  const pdf = await renderPdf(
    { blocks },
    renderOptionsFor(input.context, `Final pay summary — ${input.employee.name}`, 'Payroll'),
  );
  const warnings = finalPaySummaryWarnings(input);
  return { pdf, warnings, totals: { grossCents, deductionsCents, netCents } };
}
