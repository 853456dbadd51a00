import type { z } from 'zod';
import {
  propertyChecklistFields,
  type propertyCategories,
  type propertyStatuses,
} from '../../shared/domain/document-inputs';
import { clause, formatDate, renderOptionsFor, type ClauseId } from './document-kit';
import { renderPdf, type RenderedPdf } from './render';
import { parseOrThrow, type Block } from './spec';
import {
  documentDateLine,
  employeeDocumentBaseSchema,
  employeeFacts,
  employerSignatory,
  templateOpening,
} from './termination-common';

/**
 * Return of property and access checklist (domain.md §8.8): each item with a tick box and its
 * status, the due date, the accounts to disable and shared secrets to change, and signatures of
 * the employee and of whoever receives the items. Ticked boxes print as "✓" and open ones as "□":
 * the bundled fonts have no ballot-box glyphs (☐ ☑), which would print as empty boxes.
 */

export const propertyChecklistInputSchema =
  employeeDocumentBaseSchema.extend(propertyChecklistFields);
export type PropertyChecklistInput = z.input<typeof propertyChecklistInputSchema>;

const CATEGORY: Record<(typeof propertyCategories)[number], string> = {
  device: 'Device',
  'access-card': 'Badge / access card',
  keys: 'Keys',
  'payment-card': 'Payment card',
  documents: 'Documents and files',
  vehicle: 'Vehicle',
  other: 'Other',
};
const STATUS: Record<(typeof propertyStatuses)[number], string> = {
  outstanding: 'To return',
  returned: 'Returned',
  lost: 'Reported lost',
  waived: 'Kept (waived)',
};
export const BOX_OPEN = '□';
export const BOX_DONE = '✓';

const DEFAULTS: Partial<Record<ClauseId, string>> = {
  'property.introduction':
    'Please return every item of {organisation} property listed below by {dueOn}{returnTo}. Each item is ticked and dated when it is received. Company information must not be kept in any form, including copies on personal devices or accounts.',
};

export async function renderPropertyChecklist(raw: PropertyChecklistInput): Promise<RenderedPdf> {
  const input = parseOrThrow(propertyChecklistInputSchema, raw, 'property checklist input');
  const org = input.context.organisation;
  const outstanding = input.items.filter((i) => i.status === 'outstanding').length;
  const blocks: Block[] = [
    ...templateOpening('Return of company property', documentDateLine(input)),
    employeeFacts(input.employee, [
      { key: 'Return by', value: formatDate(input.dueOn) },
      ...(input.returnTo ? [{ key: 'Return to', value: input.returnTo }] : []),
      { key: 'Items still to return', value: `${outstanding} of ${input.items.length}` },
      ...(input.caseNumber ? [{ key: 'Reference', value: input.caseNumber }] : []),
    ]),
    {
      type: 'paragraph',
      text: clause(org, 'property.introduction', DEFAULTS, {
        organisation: org.name,
        dueOn: formatDate(input.dueOn),
        returnTo: input.returnTo ? ` to ${input.returnTo}` : '',
      }),
    },
    { type: 'heading', level: 1, text: 'Items to return' },
    {
      type: 'table',
      columns: [
        { header: 'Done', weight: 0.8, align: 'center' },
        { header: 'Item', weight: 4 },
        { header: 'Type', weight: 2.2 },
        { header: 'Asset tag', weight: 1.6 },
        { header: 'Status', weight: 1.8 },
        { header: 'Date', weight: 1.9 },
      ],
      rows: input.items.map((i) => [
        i.status === 'outstanding' ? BOX_OPEN : BOX_DONE,
        i.note ? `${i.item}\n${i.note}` : i.item,
        CATEGORY[i.category],
        i.assetTag ?? '',
        STATUS[i.status],
        i.returnedOn ? formatDate(i.returnedOn) : '',
      ]),
    },
    { type: 'heading', level: 1, text: 'Accounts and access' },
    input.access.length
      ? {
          type: 'table',
          columns: [
            { header: 'Done', weight: 0.8, align: 'center' },
            { header: 'System', weight: 4 },
            { header: 'Action', weight: 4 },
            { header: 'Date', weight: 1.9 },
          ],
          rows: input.access.map((a) => [
            a.done ? BOX_DONE : BOX_OPEN,
            a.system,
            a.action,
            a.on ? formatDate(a.on) : '',
          ]),
        }
      : {
          type: 'paragraph',
          tone: 'muted',
          text: 'All system access ends on the last day of work.',
        },
    {
      type: 'paragraph',
      tone: 'small',
      text: 'Shared passwords, door codes and other shared secrets the employee knew are changed on the last day.',
    },
    { type: 'heading', level: 1, text: 'Signatures' },
    {
      type: 'paragraph',
      text: 'The employee confirms that the items ticked above were returned and that no company information is kept. The receiver confirms that the ticked items were received.',
    },
    {
      type: 'signatures',
      signatories: [
        { name: input.employee.name, role: 'Employee' },
        employerSignatory(input.signatory, `Received for ${org.name}`),
      ],
    },
  ];
  return renderPdf(
    { blocks },
    renderOptionsFor(
      input.context,
      `Property return checklist — ${input.employee.name}`,
      'Personnel file',
    ),
  );
}
