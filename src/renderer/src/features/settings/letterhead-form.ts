import {
  clauseIds,
  type ClauseId,
  type OrganisationSettingsWire,
} from '@shared/domain/document-inputs';

/**
 * Settings → Documents as flat form values and back. Blank optional fields are left out rather
 * than sent empty: main's schema refuses an empty contact name, and "not set" is what blank means.
 */
export interface LetterheadDraft {
  name: string;
  addressLines: string;
  pageSize: 'A4' | 'LETTER';
  contactName: string;
  contactTitle: string;
  contactEmail: string;
  contactPhone: string;
  logoBase64: string | null;
  clauses: Partial<Record<ClauseId, string>>;
}

export const emptyLetterhead: LetterheadDraft = {
  name: '',
  addressLines: '',
  pageSize: 'LETTER',
  contactName: '',
  contactTitle: '',
  contactEmail: '',
  contactPhone: '',
  logoBase64: null,
  clauses: {},
};

export function draftOf(org: OrganisationSettingsWire | null): LetterheadDraft {
  if (!org) return emptyLetterhead;
  return {
    name: org.name,
    addressLines: (org.addressLines ?? []).join('\n'),
    pageSize: org.pageSize ?? 'LETTER',
    contactName: org.contact?.name ?? '',
    contactTitle: org.contact?.title ?? '',
    contactEmail: org.contact?.email ?? '',
    contactPhone: org.contact?.phone ?? '',
    logoBase64: org.logoBase64 ?? null,
    clauses: { ...org.clauses },
  };
}

const optional = <K extends string>(key: K, value: string) =>
  (value.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;

export function wireOf(draft: LetterheadDraft): OrganisationSettingsWire {
  const addressLines = draft.addressLines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const clauses = Object.fromEntries(
    clauseIds.flatMap((id) => {
      const text = draft.clauses[id]?.trim();
      return text ? [[id, text]] : [];
    }),
  ) as Partial<Record<ClauseId, string>>;
  const contact =
    draft.contactName.trim() || draft.contactTitle.trim() || draft.contactEmail.trim()
      ? {
          name: draft.contactName.trim(),
          ...optional('title', draft.contactTitle),
          ...optional('email', draft.contactEmail),
          ...optional('phone', draft.contactPhone),
        }
      : undefined;
  return {
    name: draft.name.trim(),
    pageSize: draft.pageSize,
    ...(addressLines.length ? { addressLines } : {}),
    ...(contact ? { contact } : {}),
    ...(Object.keys(clauses).length ? { clauses } : {}),
    ...(draft.logoBase64 ? { logoBase64: draft.logoBase64 } : {}),
  };
}

/** Where main's issue path ("organisation.contact.email") shows in the form. */
export function letterheadFieldOf(path: string): keyof LetterheadDraft | 'clause' | null {
  const p = path.replace(/^organisation\./, '');
  if (p === 'name') return 'name';
  if (p.startsWith('addressLines')) return 'addressLines';
  if (p.startsWith('contact.name') || p === 'contact') return 'contactName';
  if (p.startsWith('contact.title')) return 'contactTitle';
  if (p.startsWith('contact.email')) return 'contactEmail';
  if (p.startsWith('contact.phone')) return 'contactPhone';
  if (p.startsWith('logoBase64')) return 'logoBase64';
  if (p.startsWith('clauses')) return 'clause';
  return null;
}
