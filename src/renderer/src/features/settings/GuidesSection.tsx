import { ListChecks, Pencil, Plus, RotateCcw, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { GuideListing } from '@shared/domain/interview-guides';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { GuideEditor } from '@renderer/features/interviews/GuideEditor';
import { VaultErrorMessage } from '@renderer/features/vault/VaultErrorMessage';
import { SettingsSection } from './SettingsSection';

/** Settings → Question guides: the built-ins (editable, resettable) and the user's own. */
export function GuidesSection() {
  const { t } = useTranslation();
  const api = useApi();
  const [guides, setGuides] = useState<GuideListing[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [editing, setEditing] = useState<GuideListing | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<IpcError | null>(null);

  const load = useCallback(async () => {
    const result = await api['guides:list']();
    if (result.ok) setGuides(result.value.guides);
    else setLoadFailed(true);
  }, [api]);

  useEffect(() => {
    let stale = false;
    void api['guides:list']().then((result) => {
      if (stale) return;
      if (result.ok) setGuides(result.value.guides);
      else setLoadFailed(true);
    });
    return () => {
      stale = true;
    };
  }, [api]);

  const remove = async (guide: GuideListing) => {
    setError(null);
    const result = await api['guides:delete']({ id: guide.id });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setGuides(result.value.guides);
    setNotice(
      t(guide.builtIn ? 'settings.guides.wasReset' : 'settings.guides.deleted', {
        name: guide.name,
      }),
    );
  };

  return (
    <SettingsSection
      icon={ListChecks}
      title={t('settings.guides.title')}
      description={t('settings.guides.description')}
    >
      {loadFailed ? (
        <p className="field-description">{t('settings.guides.loadFailed')}</p>
      ) : (
        <>
          <div className="guides__top">
            <p className="guides__notice" role="status">
              {notice}
            </p>
            <Button className="button button--secondary" onPress={() => setEditing('new')}>
              <Plus size={15} aria-hidden="true" />
              {t('settings.guides.new')}
            </Button>
          </div>
          {error && <VaultErrorMessage error={error} />}
          <ul className="guides" aria-label={t('settings.guides.listLabel')}>
            {(guides ?? []).map((g) => (
              <li key={g.id} className="guides__row">
                <div className="guides__main">
                  <p className="guides__name">{g.name}</p>
                  <p className="guides__meta">
                    {t(`settings.guides.role.${g.role}`)} ·{' '}
                    {g.caseTypes.length === 0
                      ? t('settings.guides.allTypes')
                      : g.caseTypes.map((c) => t(`cases.type.${c}`)).join(', ')}{' '}
                    · {t('settings.guides.questions', { count: g.questions.length })}
                  </p>
                </div>
                <span className={`pill ${g.builtIn ? 'pill--neutral' : 'pill--good'}`}>
                  {t(
                    g.builtIn
                      ? g.edited
                        ? 'settings.guides.editedBuiltIn'
                        : 'settings.guides.builtIn'
                      : 'settings.guides.own',
                  )}
                </span>
                <div className="guides__actions">
                  <Button
                    className="button button--quiet"
                    aria-label={t('settings.guides.edit', { name: g.name })}
                    onPress={() => setEditing(g)}
                  >
                    <Pencil size={14} aria-hidden="true" />
                    {t('settings.guides.editShort')}
                  </Button>
                  {g.builtIn && g.edited && (
                    <Button
                      className="button button--quiet"
                      aria-label={t('settings.guides.reset', { name: g.name })}
                      onPress={() => void remove(g)}
                    >
                      <RotateCcw size={14} aria-hidden="true" />
                      {t('settings.guides.resetShort')}
                    </Button>
                  )}
                  {!g.builtIn && (
                    <Button
                      className="cw-icon-button"
                      aria-label={t('settings.guides.delete', { name: g.name })}
                      onPress={() => void remove(g)}
                    >
                      <Trash2 size={14} aria-hidden="true" />
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <GuideEditor
        guide={editing === 'new' ? null : editing}
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setNotice(t('settings.guides.saved', { name: saved.name }));
          void load();
        }}
      />
    </SettingsSection>
  );
}
