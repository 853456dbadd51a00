import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface CaseDialogProps {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  size?: 'medium' | 'wide';
  /** Escape and clicks outside close it unless a form is busy saving. */
  isDismissable?: boolean;
}

/**
 * A modal dialog (react-aria: focus moves in on open, is trapped while open, and returns to the
 * control that opened it on close; Escape closes).
 */
export function CaseDialog({
  title,
  isOpen,
  onClose,
  children,
  size = 'medium',
  isDismissable = true,
}: CaseDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      className="cw-dialog-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={!isDismissable}
    >
      <Modal className={`cw-dialog cw-dialog--${size}`}>
        <Dialog className="cw-dialog__inner">
          <div className="cw-dialog__header">
            <Heading slot="title" className="cw-dialog__title">
              {title}
            </Heading>
            <Button
              className="cw-icon-button"
              aria-label={t('cases.common.close')}
              onPress={onClose}
            >
              <X size={16} aria-hidden="true" />
            </Button>
          </div>
          <div className="cw-dialog__body">{children}</div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
