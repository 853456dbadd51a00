import { z } from 'zod';

// Default vocabularies (domain.md §2, §3.2). Labels live in the renderer's i18n catalogue; these
// are stable keys stored in case documents, so renaming one is a data migration.

export const caseTypes = [
  'harassment',
  'sexual-harassment',
  'discrimination',
  'retaliation',
  'misconduct',
  'policy-violation',
  'workplace-violence-safety',
  'fraud-ethics',
  'performance',
  'attendance',
  'grievance',
  'labour-dispute',
  'interpersonal-conflict-mediation',
  'accommodation-request',
  'eap-referral',
  'resignation-exit',
  'termination-rif',
  'other',
] as const;
export const caseTypeSchema = z.enum(caseTypes);
export type CaseType = z.infer<typeof caseTypeSchema>;

/** Case types whose allegations turn on a protected characteristic, so intake must name one. */
export const typesRequiringCharacteristic: ReadonlySet<CaseType> = new Set(['discrimination']);

/**
 * Union of the US federal and UK Equality Act 2010 lists (domain.md §3.2). Which ones apply is a
 * jurisdiction-pack question ⚖; this is only the vocabulary a case can store. Special-category
 * data: list views and exports keep it hidden unless the user asks.
 */
export const protectedCharacteristics = [
  'age',
  'disability',
  'gender-reassignment',
  'gender-identity',
  'genetic-information',
  'marriage-civil-partnership',
  'national-origin',
  'pregnancy-maternity',
  'race',
  'colour',
  'religion-belief',
  'sex',
  'sexual-orientation',
  'other',
] as const;
export const protectedCharacteristicSchema = z.enum(protectedCharacteristics);
export type ProtectedCharacteristic = z.infer<typeof protectedCharacteristicSchema>;

export const protectedCharacteristicsSchema = z
  .array(protectedCharacteristicSchema)
  .max(protectedCharacteristics.length)
  .refine((list) => new Set(list).size === list.length, 'A characteristic is listed twice');

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const prioritySchema = z.enum(priorities);
export type Priority = z.infer<typeof prioritySchema>;

/** Triage risk rating (domain.md §2): red means safety or ongoing harm, act now. */
export const severitySchema = z.enum(['green', 'amber', 'red']);
export type Severity = z.infer<typeof severitySchema>;

export const intakeChannelSchema = z.enum([
  'in-person',
  'email',
  'phone',
  'manager-referral',
  'hotline',
  'anonymous-report',
  'self-report',
  'hr-observation',
  'other',
]);
export type IntakeChannel = z.infer<typeof intakeChannelSchema>;
