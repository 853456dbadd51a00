import type { IpcError } from '@shared/ipc/result';
import type { DocumentKind, DocumentRenderInput } from '@shared/ipc/document-contract';
import { fieldsOf, type DocumentForm, type FieldSpec, type FormValues } from './document-forms';

/**
 * Pure conversions between the form's flat values and the request main validates, and from main's
 * `InvalidInput` issues back to fields. Main stays the judge of what is valid; the UI only turns
 * "Label: 12.50" lines into cents, which is the one thing it can check better than main can say.
 */

/** A problem the UI found itself; the message is a key under documents.errors. */
export type LocalErrors = Record<string, string>;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

const linesOf = (raw: string) =>
  raw
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** "Final wages: 1,234.50" → { label, amountCents: 123450 }; null when there is no amount. */
export function parseMoneyLine(line: string): { label: string; amountCents: number } | null {
  const match = /^(.*\S)\s*[:=]\s*(-?)\$?\s*([\d,]+(?:\.\d{1,2})?)$/.exec(line);
  if (!match) return null;
  const amount = Number(match[3]!.replace(/,/g, ''));
  if (!Number.isFinite(amount)) return null;
  const cents = Math.round(amount * 100) * (match[2] === '-' ? -1 : 1);
  return { label: match[1]!, amountCents: cents };
}

function valueOf(field: FieldSpec, raw: string | boolean | undefined, errors: LocalErrors) {
  if (field.type === 'checkbox') return raw === true ? true : undefined;
  const text = typeof raw === 'string' ? raw.trim() : '';
  switch (field.type) {
    case 'lines':
    case 'money-lines': {
      const lines = linesOf(text);
      if (lines.length === 0) return field.keepEmpty ? [] : undefined;
      if (field.type === 'lines') {
        return field.itemKey ? lines.map((line) => ({ [field.itemKey!]: line })) : lines;
      }
      const parsed = lines.map(parseMoneyLine);
      if (parsed.some((p) => p === null)) errors[field.path] = 'moneyLine';
      return parsed.filter((p) => p !== null);
    }
    case 'number': {
      if (text === '') return undefined;
      const n = Number(text);
      if (!Number.isInteger(n)) errors[field.path] = 'wholeNumber';
      return n;
    }
    default:
      if (text === '') return field.keepEmpty ? '' : undefined;
      return text;
  }
}

export function buildInput(
  form: DocumentForm,
  values: FormValues,
): { input: Record<string, unknown>; errors: LocalErrors } {
  const input: Record<string, unknown> = {};
  const errors: LocalErrors = {};
  for (const field of fieldsOf(form)) {
    const value = valueOf(field, values[field.path], errors);
    if (value !== undefined) setPath(input, field.path, value);
  }
  return { input, errors };
}

export interface RenderOptions {
  redacted: boolean;
  password: string | null;
}

/**
 * The documents:render (and documents:check) request. Kinds the contract does not list yet are
 * sent as they are: main answers for them, so a kind added there needs no change here.
 */
export function renderRequest(
  kind: DocumentKind,
  caseId: string,
  input: Record<string, unknown>,
  options: RenderOptions,
): DocumentRenderInput {
  return {
    kind,
    caseId,
    input,
    ...(kind === 'report' ? { redacted: options.redacted } : {}),
    ...(options.password ? { password: options.password } : {}),
  } as DocumentRenderInput;
}

export interface FieldIssue {
  /** Path inside `input` ("finalPay.payOn"), or a top-level key ("password"). */
  path: string;
  message: string;
}

/** Main's issues come as { path, message } (the contract) or "path: message" (older builders). */
export function issuesOf(error: IpcError | null): FieldIssue[] {
  const raw = error?.code === 'InvalidInput' ? error.details?.['issues'] : undefined;
  if (!Array.isArray(raw)) return [];
  return raw
    .flatMap((issue: unknown): FieldIssue[] => {
      if (typeof issue === 'string') {
        const at = issue.indexOf(': ');
        return [
          at < 0
            ? { path: '', message: issue }
            : { path: issue.slice(0, at), message: issue.slice(at + 2) },
        ];
      }
      if (typeof issue === 'object' && issue !== null) {
        const { path, message } = issue as { path?: unknown; message?: unknown };
        if (typeof message === 'string') {
          return [{ path: typeof path === 'string' ? path : '', message }];
        }
      }
      return [];
    })
    .map((issue) => ({ ...issue, path: issue.path.replace(/^input(\.|$)/, '') }));
}

/** A field's own issue, or one inside it ("items.0.amountCents" belongs to "items"). */
const belongsTo = (issuePath: string, fieldPath: string) =>
  issuePath === fieldPath || issuePath.startsWith(`${fieldPath}.`);

export interface PlacedIssues {
  byField: Record<string, string>;
  /** Issues no field of the form can show (a top-level key, a kind the UI has no form for). */
  unplaced: FieldIssue[];
}

export function placeIssues(form: DocumentForm, issues: FieldIssue[]): PlacedIssues {
  const fields = fieldsOf(form);
  const byField: Record<string, string> = {};
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fields.find((candidate) => belongsTo(issue.path, candidate.path));
    if (!field) unplaced.push(issue);
    else byField[field.path] ??= issue.message;
  }
  return { byField, unplaced };
}

/**
 * zod's default messages name types ("expected string, received undefined"); say what to do
 * instead for the common ones, and keep main's own words (already plain) for the rest.
 */
export function plainIssueKey(message: string): string | null {
  if (/received undefined/.test(message)) return 'required';
  if (/Invalid ISO date/i.test(message)) return 'date';
  if (/expected array to have >=1/.test(message)) return 'atLeastOne';
  if (/expected string to have >=1/.test(message)) return 'required';
  return null;
}
