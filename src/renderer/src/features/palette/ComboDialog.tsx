import { Search } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './palette.css';

export interface ComboOption {
  id: string;
  label: string;
  /** Second line or right-hand text: a snippet, a shortcut, the matched field. */
  detail?: ReactNode;
  /** Text before the label (a case number, an icon). */
  prefix?: ReactNode;
  group: string;
  run: () => void;
}

interface ComboDialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  inputLabel: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly ComboOption[];
  /** Announced and shown under the list: "Searching…", "No cases match". */
  status?: string;
}

/**
 * A modal with a combobox over a listbox, for the palette and search. react-aria's Modal traps
 * focus, closes on Escape and gives focus back to where it was; the list is driven from the input
 * with aria-activedescendant, so focus never leaves the text box: ↑/↓ move, Enter runs.
 */
export function ComboDialog(props: ComboDialogProps) {
  const { isOpen, onClose, title } = props;
  return (
    <ModalOverlay
      className="combo-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      isDismissable
    >
      <Modal className="combo-modal">
        <Dialog className="combo-dialog" aria-label={title}>
          {/* Remounted on every opening, so the highlighted row starts at the top. */}
          {isOpen ? <ComboBody {...props} /> : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function ComboBody({
  onClose,
  title,
  inputLabel,
  placeholder,
  query,
  onQueryChange,
  options,
  status,
}: ComboDialogProps) {
  const listId = useId();
  const headingId = useId();
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  // The dialog focuses itself when it opens; the text box takes focus right after.
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const current = options.length === 0 ? -1 : Math.min(active, options.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  const run = (option: ComboOption | undefined) => {
    if (!option) return;
    onClose();
    option.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(current >= last ? 0 : current + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(current <= 0 ? last : current - 1);
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      setActive(last);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(options[current]);
    }
  };

  return (
    <>
      <Heading slot="title" className="visually-hidden" id={headingId}>
        {title}
      </Heading>
      <div className="combo-field">
        <Search className="combo-field__icon" size={16} aria-hidden="true" />
        <input
          className="combo-field__input"
          role="combobox"
          aria-label={inputLabel}
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          autoComplete="off"
          spellCheck={false}
          ref={inputRef}
          placeholder={placeholder}
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul className="combo-list" role="listbox" id={listId} aria-label={title}>
        {options.map((option, index) => {
          const heading = option.group !== options[index - 1]?.group ? option.group : null;
          return (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className={`combo-option${heading ? ' combo-option--first' : ''}`}
              data-group={heading ?? undefined}
              onMouseMove={() => setActive(index)}
              onClick={() => run(option)}
            >
              {option.prefix ? <span className="combo-option__prefix">{option.prefix}</span> : null}
              <span className="combo-option__text">
                <span className="combo-option__label">{option.label}</span>
                {option.detail ? (
                  <span className="combo-option__detail">{option.detail}</span>
                ) : null}
              </span>
              {heading ? (
                <span className="combo-option__group" aria-hidden="true">
                  {heading}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="combo-status" role="status">
        {status ?? ''}
      </p>
    </>
  );
}
