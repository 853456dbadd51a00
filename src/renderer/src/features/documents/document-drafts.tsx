import { createContext, useContext, useState, type ReactNode } from 'react';
import type { DocumentKind } from '@shared/ipc/document-contract';
import type { FormValues } from './document-forms';

/**
 * What the user typed into each kind's form, kept for as long as the case is open, so switching
 * to the Allegations tab and back doesn't empty a half-written report form. Renderer memory only;
 * gone when the workspace closes (another case, lock). Passwords are never kept here.
 */
class Drafts {
  readonly values = new Map<DocumentKind, FormValues>();
  private chosen: DocumentKind | null = null;

  get selected(): DocumentKind | null {
    return this.chosen;
  }

  select(kind: DocumentKind): void {
    this.chosen = kind;
  }
}

const DraftsContext = createContext<Drafts | null>(null);

export function DocumentDraftsProvider({ children }: { children: ReactNode }) {
  const [drafts] = useState(() => new Drafts());
  return <DraftsContext.Provider value={drafts}>{children}</DraftsContext.Provider>;
}

/** The kind's form values, starting from the kept draft (or the defaults). */
export function useDraftValues(kind: DocumentKind, defaults: FormValues) {
  const drafts = useContext(DraftsContext);
  const [values, setValues] = useState<FormValues>(() => drafts?.values.get(kind) ?? defaults);
  const update = (path: string, value: string | boolean) =>
    setValues((v) => {
      const next = { ...v, [path]: value };
      drafts?.values.set(kind, next);
      return next;
    });
  return [values, update] as const;
}

/** The kind the user last prepared in this case. */
export function useDraftSelection() {
  const drafts = useContext(DraftsContext);
  const [selected, setSelected] = useState<DocumentKind | null>(drafts?.selected ?? null);
  const select = (kind: DocumentKind) => {
    drafts?.select(kind);
    setSelected(kind);
  };
  return [selected, select] as const;
}
