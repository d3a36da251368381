import { useState } from 'preact/hooks';

export interface ComboOption {
  value: string;
  label: string;
}

export interface ComboboxProps {
  id: string;
  value: string;
  onInput: (value: string) => void;
  /** Options for what is typed now; the list shows while there are any and the field has focus. */
  options: readonly ComboOption[];
  onPick: (option: ComboOption) => void;
  describedBy?: string;
  placeholder?: string;
  /** Enter with no option highlighted (e.g. submit the form); the list closes either way. */
  onEnter?: () => void;
}

/**
 * A text field with a list of completions (WAI-ARIA combobox, list autocomplete): arrows move
 * through the list, Enter picks, Escape closes; the label is the caller's `<label for={id}>`.
 */
export function Combobox({ id, value, onInput, options, onPick, describedBy, placeholder, onEnter }: ComboboxProps) {
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-options`;
  const isShown = isOpen && options.length > 0;

  const pick = (option: ComboOption) => {
    onPick(option);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = isShown ? options[active] : undefined;
      if (option) {
        event.preventDefault();
        pick(option);
      } else if (onEnter) {
        event.preventDefault();
        onEnter();
      }
    } else if (event.key === 'Escape' && isShown) {
      // Close the list only; a second Escape belongs to the page.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div class="combobox">
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={isShown}
        aria-controls={listId}
        aria-activedescendant={isShown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        value={value}
        onInput={(event) => {
          onInput(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" class="combobox-options" hidden={!isShown}>
        {options.map((option, index) => (
          <div
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            // Focus stays in the field (aria-activedescendant); -1 keeps options out of the Tab order.
            tabIndex={-1}
            aria-selected={index === active}
            class={index === active ? 'active' : undefined}
            // mousedown, not click: a click would blur the field and close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            {option.label}
          </div>
        ))}
      </div>
    </div>
  );
}
