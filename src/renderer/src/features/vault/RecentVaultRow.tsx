import { Archive, X } from 'lucide-react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RecentVaultSummary } from '@shared/domain/vault';
import { usePreferences } from '@renderer/app/app-data-context';

interface RecentVaultRowProps {
  vault: RecentVaultSummary;
  isDisabled: boolean;
  onOpen: () => void;
  onForget: () => Promise<void>;
}

function formatOpened(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** One recent vault: name, folder, when it was last opened; Open, and Remove with a confirmation. */
export function RecentVaultRow({ vault, isDisabled, onOpen, onForget }: RecentVaultRowProps) {
  const { t } = useTranslation();
  const { preferences } = usePreferences();
  return (
    <li className="recent-vault">
      <span className="recent-vault__icon" aria-hidden="true">
        <Archive size={18} strokeWidth={1.85} />
      </span>
      <div className="recent-vault__text">
        <p className="recent-vault__name">{vault.name}</p>
        <p className="recent-vault__path">{vault.path}</p>
        <p className="recent-vault__opened">
          {t('vault.picker.lastOpened', {
            when: formatOpened(vault.lastOpenedAt, preferences.locale),
          })}
        </p>
      </div>
      <Button
        className="button button--secondary"
        onPress={onOpen}
        isDisabled={isDisabled}
        aria-label={t('vault.picker.openNamed', { name: vault.name })}
      >
        {t('vault.picker.open')}
      </Button>
      <DialogTrigger>
        <Button
          className="icon-button"
          isDisabled={isDisabled}
          aria-label={t('vault.picker.removeNamed', { name: vault.name })}
        >
          <X size={16} aria-hidden="true" />
        </Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog" role="alertdialog">
              {({ close }) => (
                <>
                  <Heading slot="title" className="dialog__title">
                    {t('vault.picker.removeTitle', { name: vault.name })}
                  </Heading>
                  <p className="dialog__body">{t('vault.picker.removeBody')}</p>
                  <div className="dialog__actions">
                    <Button className="button button--secondary" onPress={close} autoFocus>
                      {t('vault.picker.removeCancel')}
                    </Button>
                    <Button
                      className="button button--primary"
                      onPress={() => {
                        close();
                        void onForget();
                      }}
                    >
                      {t('vault.picker.removeConfirm')}
                    </Button>
                  </div>
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </li>
  );
}
