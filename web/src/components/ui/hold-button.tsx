import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';
import classes from './hold-button.module.css';

/**
 * A button that acts only when held down for `holdMs` (pointer, touch, or Space/Enter held):
 * a pocket or a stray tap cannot trigger it. A fill grows while it is held; letting go early
 * cancels. A plain tap or click calls `onTap` (to say how it works) and nothing else.
 */
export function HoldButton({
  holdMs,
  onHold,
  onTap,
  onPress,
  children,
  label,
  hint,
  disabled = false,
  className,
}: {
  holdMs: number;
  onHold: () => void;
  onTap?: () => void;
  /** Called when a hold starts (to get ready: read the position…). */
  onPress?: () => void;
  children: ReactNode;
  /** The accessible name (says that it must be held). */
  label: string;
  /** Announced while held (« Maintenez… »). */
  hint: string;
  disabled?: boolean;
  className?: string;
}) {
  const [holding, setHolding] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fired = useRef(false);

  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setHolding(false);
  };
  const start = () => {
    if (disabled || timer.current) return;
    fired.current = false;
    setHolding(true);
    onPress?.();
    timer.current = setTimeout(() => {
      timer.current = null;
      fired.current = true;
      setHolding(false);
      onHold();
    }, holdMs);
  };
  useEffect(() => stop, []);

  return (
    <button
      type="button"
      className={`${classes.hold} ${className ?? ''}`}
      data-holding={holding || undefined}
      style={{ '--hold-ms': `${holdMs}ms` } as CSSProperties}
      aria-label={label}
      aria-disabled={disabled || undefined}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        start();
      }}
      onPointerUp={stop}
      onPointerCancel={stop}
      onLostPointerCapture={stop}
      onKeyDown={(e) => {
        if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) {
          e.preventDefault();
          start();
        }
      }}
      onKeyUp={(e) => {
        if (e.key === ' ' || e.key === 'Enter') stop();
      }}
      onBlur={stop}
      onContextMenu={(e) => e.preventDefault()}
      onClick={() => {
        // A hold that fired also ends in a click: only a short press is a « tap ».
        if (!fired.current && !disabled) onTap?.();
        fired.current = false;
      }}
    >
      <span className={classes.fill} aria-hidden="true" />
      <span className={classes.content}>{children}</span>
      <span className={classes.live} aria-live="assertive">
        {holding ? hint : ''}
      </span>
    </button>
  );
}
