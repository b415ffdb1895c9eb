import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

interface PopoverProps {
  label: ReactNode;
  title: string;
  testId: string;
  children: (close: () => void) => ReactNode;
  align?: 'start' | 'end';
}

/**
 * A button that opens a small panel below it (a menu, a help card). It closes on Escape, on a click outside,
 * and when an action inside asks; the focus goes back to the button.
 */
export function Popover({ label, title, testId, children, align = 'start' }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="popover" ref={ref}>
      <button
        ref={button}
        type="button"
        className="tool popover__button"
        aria-expanded={open}
        aria-controls={panelId}
        title={title}
        data-testid={testId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      {open && (
        <div id={panelId} className={`popover__panel popover__panel--${align}`} data-testid={`${testId}-panel`}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
