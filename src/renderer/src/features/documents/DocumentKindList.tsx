import { Check, CircleDashed, FilePen } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';
import type { DocumentKind } from '@shared/ipc/document-contract';
import { SectionCard } from '@renderer/features/cases/workspace/SectionCard';

type Item = OutputOf<'documents:available'>['items'][number];

interface DocumentKindListProps {
  items: Item[];
  selected: DocumentKind | null;
  onSelect: (kind: DocumentKind) => void;
}

type Readiness = 'ready' | 'draft' | 'blocked';

const readinessOf = (item: Item): Readiness =>
  !item.available ? 'blocked' : item.draft ? 'draft' : 'ready';

const ICONS = { ready: Check, draft: FilePen, blocked: CircleDashed } as const;

/**
 * Every kind main says this case can produce, whether it can be generated now and, in main's
 * words, what is still missing. Kinds are listed as main returns them, none special-cased.
 */
export function DocumentKindList({ items, selected, onSelect }: DocumentKindListProps) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('documents.list.title')} description={t('documents.list.description')}>
      <ul className="doc-kinds" aria-label={t('documents.list.label')}>
        {items.map((item) => {
          const readiness = readinessOf(item);
          const Icon = ICONS[readiness];
          const missingId = `doc-missing-${item.kind}`;
          return (
            <li
              key={item.kind}
              className={`doc-kind doc-kind--${readiness}${selected === item.kind ? ' doc-kind--selected' : ''}`}
            >
              <div className="doc-kind__head">
                <h4 className="doc-kind__title">{item.title}</h4>
                <span className={`doc-status doc-status--${readiness}`}>
                  <Icon size={13} aria-hidden="true" />
                  {t(`documents.list.status.${readiness}`)}
                </span>
                {item.available && (
                  <Button
                    className="button button--secondary doc-kind__open"
                    aria-label={t('documents.list.prepareKind', { title: item.title })}
                    aria-pressed={selected === item.kind}
                    onPress={() => onSelect(item.kind)}
                  >
                    {t('documents.list.prepare')}
                  </Button>
                )}
              </div>
              {item.missing.length > 0 && (
                <div className="doc-kind__missing">
                  <p id={missingId} className="doc-kind__missing-title">
                    {item.available ? t('documents.list.notFinal') : t('documents.list.missing')}
                  </p>
                  <ul aria-labelledby={missingId}>
                    {item.missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </SectionCard>
  );
}
