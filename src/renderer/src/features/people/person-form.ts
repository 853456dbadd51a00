import { personInputSchema, type Person, type PersonInput } from '@shared/domain/person';

/** The editable fields as text boxes hold them; a blank box means "not recorded". */
export const textFields = [
  'name',
  'employeeId',
  'title',
  'department',
  'location',
  'hireDate',
  'dateOfBirth',
  'email',
  'phone',
] as const;
export type TextField = (typeof textFields)[number];

export interface PersonDraft {
  fields: Record<TextField, string>;
  /** Free-text manager; a linked manager record is kept as it is unless this is typed over. */
  managerText: string;
  external: boolean;
}

export function draftOf(person: Person): PersonDraft {
  const fields = Object.fromEntries(
    textFields.map((field) => [field, person[field] ?? '']),
  ) as Record<TextField, string>;
  return {
    fields,
    managerText: person.manager?.kind === 'text' ? person.manager.name : '',
    external: person.external ?? false,
  };
}

export type DraftResult =
  | { ok: true; input: PersonInput }
  | { ok: false; errors: Partial<Record<TextField | 'manager', string>> };

/** The `people:upsert` input for a draft, or the first problem per field (the shared schema's). */
export function inputOf(draft: PersonDraft, original: Person): DraftResult {
  const raw: Record<string, unknown> = {};
  for (const field of textFields) {
    const value = draft.fields[field].trim();
    if (value) raw[field] = value;
  }
  const manager = draft.managerText.trim();
  if (manager) raw.manager = { kind: 'text', name: manager };
  else if (original.manager?.kind === 'person') raw.manager = original.manager;
  if (draft.external) raw.external = true;

  const parsed = personInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<TextField | 'manager', string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as TextField | 'manager';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
