import { exitReasons, warningLevels } from '@shared/domain/document-inputs';
import type { DocumentKind } from '@shared/ipc/document-contract';

/**
 * What the user types for each document kind, as data: one registry entry per kind, so a new kind
 * is a new entry (or none: kinds without one get the generic form, which sends no extra inputs).
 * Paths are dotted paths inside the request's `input`, the same paths main's field errors name,
 * so an error from main lands beside the field that caused it.
 */

export type FieldType =
  | 'text'
  | 'multiline'
  | 'date'
  | 'time'
  | 'number'
  /** One entry per line → string[]; or, with `itemKey`, [{ [itemKey]: line }]. */
  | 'lines'
  /** "Label: 1234.56" per line → [{ label, amountCents }]. */
  | 'money-lines'
  | 'choice'
  | 'checkbox'
  /** A party of the case; blank lets main pick the person of the outcome's action. */
  | 'party'
  /** One of the case's finalised interviews. */
  | 'interview';

export interface FieldSpec {
  path: string;
  type: FieldType;
  /** Key under documents.fields (one segment). */
  label: string;
  /** Key under documents.hints. */
  hint?: string;
  /** Choice values; labelled by documents.options.<label>.<value> unless `rawLabels`. */
  options?: readonly string[];
  /** The values are already words (the exit-reason taxonomy). */
  rawLabels?: boolean;
  /** Send '' or [] when blank: the schema requires the key but allows it empty. */
  keepEmpty?: boolean;
  itemKey?: string;
  size?: 'short' | 'medium' | 'full';
}

export interface FieldGroup {
  /** Key under documents.groups. */
  title: string;
  fields: FieldSpec[];
}

export interface DocumentForm {
  groups: FieldGroup[];
  defaults: Record<string, string | boolean>;
  /** Offers the redacted copy (names replaced by role labels). Only the report has one. */
  redactable: boolean;
  /** The kind has legal-risk rules (termination-rules.ts): say so when none fire, too. */
  risks: boolean;
  /** Key under documents.notes, shown above the fields. */
  note?: string;
}

export type FormValues = Record<string, string | boolean>;

const f = (
  path: string,
  type: FieldType,
  label: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({ path, type, label, ...extra });

const short = { size: 'short' } as const;
const medium = { size: 'medium' } as const;
const linesHint = { hint: 'onePerLine' } as const;

const signing: FieldGroup = {
  title: 'signing',
  fields: [
    f('employeeId', 'party', 'employee', { hint: 'employee', ...medium }),
    f('signatory.name', 'text', 'signatoryName', medium),
    f('signatory.title', 'text', 'signatoryTitle', medium),
    f('documentDate', 'date', 'documentDate', { hint: 'documentDate', ...short }),
  ],
};

const separationChoice = f('separation', 'choice', 'separation', {
  options: ['discharge', 'resignation'],
  ...medium,
});
const jurisdiction = f('jurisdiction', 'text', 'jurisdiction', { hint: 'jurisdiction', ...short });
const lastDay = f('lastDay', 'date', 'lastDay', { hint: 'lastDay', ...short });
const payMethod = (path: string) =>
  f(path, 'choice', 'payMethod', { options: ['direct-deposit', 'check', 'other'], ...medium });

const employeeDefaults = { jurisdiction: 'US', separation: 'discharge' };

const forms: Partial<Record<DocumentKind, DocumentForm>> = {
  report: {
    redactable: true,
    risks: false,
    note: 'report',
    defaults: {},
    groups: [
      {
        title: 'commission',
        fields: [
          f('commissionedBy', 'text', 'commissionedBy', { keepEmpty: true, ...medium }),
          f('commissionedOn', 'date', 'commissionedOn', short),
          f('investigatorTitle', 'text', 'investigatorTitle', medium),
          f('scope', 'multiline', 'scope', { keepEmpty: true }),
          f('scopeChanges', 'multiline', 'scopeChanges'),
          f('startedOn', 'date', 'startedOn', short),
          f('finalisedOn', 'date', 'finalisedOn', short),
        ],
      },
      {
        title: 'standards',
        fields: [
          f('policies', 'lines', 'policies', { keepEmpty: true, ...linesHint }),
          f('background', 'multiline', 'background'),
          f('documentsReviewed', 'lines', 'documentsReviewed', linesHint),
          f('siteVisits', 'lines', 'siteVisits', linesHint),
        ],
      },
      {
        title: 'conclusions',
        fields: [
          f('conclusion', 'multiline', 'conclusion'),
          f('remedialActions', 'lines', 'remedialActions', linesHint),
          f('communication', 'multiline', 'communication'),
          f('reviewer.name', 'text', 'reviewerName', medium),
          f('reviewer.title', 'text', 'reviewerTitle', medium),
        ],
      },
    ],
  },
  'termination-letter': {
    redactable: false,
    risks: true,
    defaults: { ...employeeDefaults, 'finalPay.method': 'direct-deposit' },
    groups: [
      signing,
      {
        title: 'separation',
        fields: [
          jurisdiction,
          separationChoice,
          lastDay,
          f('noticeGivenOn', 'date', 'noticeGivenOn', short),
          f('reason', 'multiline', 'reason', { hint: 'reason' }),
        ],
      },
      {
        title: 'pay',
        fields: [
          f('finalPay.payOn', 'date', 'payOn', short),
          payMethod('finalPay.method'),
          f('nextRegularPayday', 'date', 'nextRegularPayday', short),
          f('benefits.coverageEndsOn', 'date', 'coverageEndsOn', short),
          f('benefits.employerIsAdministrator', 'checkbox', 'employerIsAdministrator'),
          f('benefits.notes', 'lines', 'benefitNotes', linesHint),
        ],
      },
      {
        title: 'property',
        fields: [
          f('property', 'lines', 'property', { keepEmpty: true, ...linesHint }),
          f('returnPropertyBy', 'date', 'returnPropertyBy', short),
          f('obligations', 'lines', 'obligations', linesHint),
        ],
      },
    ],
  },
  'separation-agreement': {
    redactable: false,
    risks: true,
    defaults: { jurisdiction: 'US', programme: 'individual' },
    groups: [
      signing,
      {
        title: 'release',
        fields: [
          jurisdiction,
          f('governingState', 'text', 'governingState', medium),
          f('separationDate', 'date', 'separationDate', { hint: 'lastDay', ...short }),
          f('deliveredOn', 'date', 'deliveredOn', { hint: 'deliveredOn', ...short }),
          f('signedOn', 'date', 'signedOn', short),
          f('programme', 'choice', 'programme', { options: ['individual', 'group'], ...medium }),
          f('consideration', 'multiline', 'consideration', { keepEmpty: true }),
          f('considerationDays', 'number', 'considerationDays', {
            hint: 'considerationDays',
            ...short,
          }),
          f('revocationDays', 'number', 'revocationDays', { hint: 'revocationDays', ...short }),
        ],
      },
      {
        title: 'clauses',
        fields: [
          f('includeConfidentiality', 'checkbox', 'includeConfidentiality'),
          f('includeNonDisparagement', 'checkbox', 'includeNonDisparagement'),
          f('employeeIsSupervisor', 'checkbox', 'employeeIsSupervisor'),
        ],
      },
    ],
  },
  'final-pay-summary': {
    redactable: false,
    risks: true,
    defaults: { ...employeeDefaults, method: 'direct-deposit' },
    groups: [
      signing,
      {
        title: 'separation',
        fields: [
          jurisdiction,
          separationChoice,
          lastDay,
          f('noticeGivenOn', 'date', 'noticeGivenOn', short),
          f('noticeGivenAt', 'time', 'noticeGivenAt', short),
        ],
      },
      {
        title: 'pay',
        fields: [
          f('payOn', 'date', 'payOn', short),
          payMethod('method'),
          f('nextRegularPayday', 'date', 'nextRegularPayday', short),
          f('items', 'money-lines', 'payItems', { hint: 'moneyLines' }),
          f('deductions', 'money-lines', 'deductions', { hint: 'moneyLines' }),
          f('employerEmployeeCount', 'number', 'employerEmployeeCount', short),
        ],
      },
    ],
  },
  'property-checklist': {
    redactable: false,
    risks: false,
    defaults: {},
    groups: [
      signing,
      {
        title: 'property',
        fields: [
          f('dueOn', 'date', 'dueOn', short),
          f('returnTo', 'text', 'returnTo', medium),
          f('items', 'lines', 'propertyItems', { itemKey: 'item', ...linesHint }),
          f('access', 'lines', 'access', { itemKey: 'system', ...linesHint }),
        ],
      },
    ],
  },
  'exit-interview': {
    redactable: false,
    risks: true,
    defaults: {},
    groups: [
      signing,
      {
        title: 'interview',
        fields: [
          lastDay,
          f('interviewOn', 'date', 'interviewOn', short),
          f('interviewer', 'text', 'interviewer', medium),
          f('primaryReason', 'choice', 'primaryReason', {
            options: exitReasons,
            rawLabels: true,
            ...medium,
          }),
          f('nonCompeteEndsOn', 'date', 'nonCompeteEndsOn', short),
          f('nonSolicitEndsOn', 'date', 'nonSolicitEndsOn', short),
          f('comments', 'multiline', 'comments'),
        ],
      },
    ],
  },
  'disciplinary-notice': {
    redactable: false,
    risks: false,
    defaults: { level: 'written' },
    groups: [
      signing,
      {
        title: 'facts',
        fields: [
          f('level', 'choice', 'level', { options: warningLevels, ...medium }),
          f('manager', 'text', 'manager', medium),
          f('facts', 'multiline', 'facts'),
          f('substantiated', 'lines', 'substantiated', linesHint),
          f('policies', 'lines', 'policies', linesHint),
          f('employeeExplanation', 'multiline', 'employeeExplanation'),
          f('mitigation', 'multiline', 'mitigation'),
        ],
      },
      {
        title: 'expectations',
        fields: [
          f('expectations', 'lines', 'expectations', linesHint),
          f('reviewBy', 'date', 'reviewBy', short),
          f('support', 'lines', 'support', linesHint),
          f('liveUntil', 'date', 'liveUntil', short),
          f('appeal.to', 'text', 'appealTo', medium),
          f('appeal.how', 'text', 'appealHow', medium),
          f('appeal.by', 'date', 'appealBy', short),
          f('usAtWill', 'checkbox', 'usAtWill'),
        ],
      },
    ],
  },
};

forms['interview-statement'] = {
  redactable: false,
  risks: false,
  note: 'statement',
  defaults: {},
  groups: [
    {
      title: 'statement',
      fields: [f('interviewId', 'interview', 'interviewId', { hint: 'interviewId', ...medium })],
    },
  ],
};
forms['mediation-agreement'] = {
  redactable: false,
  risks: false,
  note: 'mediationAgreement',
  defaults: {},
  groups: [
    {
      title: 'agreement',
      fields: [f('documentDate', 'date', 'documentDate', { hint: 'documentDate', ...short })],
    },
  ],
};

/** Kinds the UI has no inputs for (yet): generated from their record in the case alone. */
export const genericForm: DocumentForm = {
  redactable: false,
  risks: false,
  note: 'generic',
  defaults: {},
  groups: [],
};

export function formFor(kind: DocumentKind): DocumentForm {
  return forms[kind] ?? genericForm;
}

export function fieldsOf(form: DocumentForm): FieldSpec[] {
  return form.groups.flatMap((g) => g.fields);
}
