import type { z } from 'zod';
import {
  typesRequiringCharacteristic,
  type CaseType,
  type IntakeChannel,
  type Priority,
  type ProtectedCharacteristic,
  type Severity,
} from '@shared/domain/case-types';
import { calendarDateSchema, type CalendarDate } from '@shared/domain/dates';
import { SHORT_TEXT_MAX } from '@shared/domain/ids';
import { caseCreateInputSchema } from '@shared/ipc/case-contract';

// The intake form's rules, apart from the form so each message can be tested. The schema in the
// contract is the final word (main parses again); these checks exist to say *which* field is wrong.

export interface IntakeDraft {
  title: string;
  type: CaseType | null;
  protectedCharacteristics: ProtectedCharacteristic[];
  priority: Priority;
  severity: Severity;
  channel: IntakeChannel | null;
  receivedOn: string;
  reporter: { id: string; name: string } | null;
  reporterIsComplainant: boolean;
  account: string;
  desiredOutcome: string;
  immediateRisk: boolean;
  restricted: boolean;
}

export function emptyIntake(today: CalendarDate): IntakeDraft {
  return {
    title: '',
    type: null,
    protectedCharacteristics: [],
    priority: 'normal',
    severity: 'green',
    channel: null,
    receivedOn: today,
    reporter: null,
    reporterIsComplainant: true,
    account: '',
    desiredOutcome: '',
    immediateRisk: false,
    restricted: false,
  };
}

export type IntakeField =
  'title' | 'type' | 'protectedCharacteristics' | 'channel' | 'receivedOn' | 'form';
export type IntakeErrorCode =
  | 'titleRequired'
  | 'titleTooLong'
  | 'typeRequired'
  | 'characteristicRequired'
  | 'channelRequired'
  | 'dateInvalid'
  | 'dateInFuture'
  | 'checkFields';
export type IntakeErrors = Partial<Record<IntakeField, IntakeErrorCode>>;

export type CaseCreateInput = z.input<typeof caseCreateInputSchema>;

/** Types whose intake asks for protected characteristics (required only where the schema says). */
export function asksForCharacteristics(type: CaseType | null): boolean {
  return type === 'discrimination' || type === 'harassment' || type === 'sexual-harassment';
}

export function validateIntake(
  draft: IntakeDraft,
  today: CalendarDate,
): { ok: true; input: CaseCreateInput } | { ok: false; errors: IntakeErrors } {
  const errors: IntakeErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'titleRequired';
  else if (title.length > SHORT_TEXT_MAX) errors.title = 'titleTooLong';
  if (!draft.type) errors.type = 'typeRequired';
  else if (
    typesRequiringCharacteristic.has(draft.type) &&
    draft.protectedCharacteristics.length === 0
  )
    errors.protectedCharacteristics = 'characteristicRequired';
  if (!draft.channel) errors.channel = 'channelRequired';
  if (!calendarDateSchema.safeParse(draft.receivedOn).success) errors.receivedOn = 'dateInvalid';
  else if (draft.receivedOn > today) errors.receivedOn = 'dateInFuture';
  if (Object.keys(errors).length > 0 || !draft.type || !draft.channel) return { ok: false, errors };

  const input: CaseCreateInput = {
    title,
    type: draft.type,
    protectedCharacteristics: asksForCharacteristics(draft.type)
      ? draft.protectedCharacteristics
      : [],
    priority: draft.priority,
    severity: draft.severity,
    restricted: draft.restricted,
    intake: {
      receivedOn: draft.receivedOn,
      channel: draft.channel,
      reportedBy: draft.reporter?.id ?? null,
      account: draft.account,
      desiredOutcome: draft.desiredOutcome,
      acknowledgedOn: null,
      immediateRisk: draft.immediateRisk,
    },
    parties:
      draft.reporter && draft.reporterIsComplainant
        ? [{ personId: draft.reporter.id, role: 'complainant' }]
        : [],
  };
  // Anything the field checks above missed (lengths of long text, say) is still caught here.
  const parsed = caseCreateInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: { form: 'checkFields' } };
  }
  return { ok: true, input };
}
