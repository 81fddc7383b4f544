import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from '../../../test/act';
import { HoldButton } from './hold-button';

// React's act() outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
const onHold = vi.fn();
const onTap = vi.fn();
const onPress = vi.fn();

function render(disabled = false) {
  act(() =>
    root.render(
      <HoldButton
        holdMs={1500}
        onHold={onHold}
        onTap={onTap}
        onPress={onPress}
        label="Alerte"
        hint="Maintenez"
        disabled={disabled}
      >
        Alerte
      </HoldButton>,
    ),
  );
  return host.querySelector('button')!;
}
const fire = (el: Element, type: string, init: Record<string, unknown> = {}) =>
  act(() => {
    const event = type.startsWith('key')
      ? new KeyboardEvent(type, { bubbles: true, ...init })
      : new MouseEvent(type, { bubbles: true, button: 0, ...init });
    el.dispatchEvent(event);
  });
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  vi.useFakeTimers();
  onHold.mockReset();
  onTap.mockReset();
  onPress.mockReset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

describe('HoldButton: acts only when held (the alert button)', () => {
  it('fires once after the whole hold, and the click that ends it is not a tap', () => {
    const b = render();
    fire(b, 'pointerdown');
    expect(onPress).toHaveBeenCalledOnce();
    expect(b.dataset.holding).toBe('true');
    wait(1499);
    expect(onHold).not.toHaveBeenCalled();
    wait(1);
    expect(onHold).toHaveBeenCalledOnce();
    fire(b, 'pointerup');
    fire(b, 'click');
    expect(onTap).not.toHaveBeenCalled();
    expect(b.dataset.holding).toBeUndefined();
  });

  it('a short press is a tap: it says how it works and sends nothing', () => {
    const b = render();
    fire(b, 'pointerdown');
    wait(300);
    fire(b, 'pointerup');
    fire(b, 'click');
    wait(5000);
    expect(onHold).not.toHaveBeenCalled();
    expect(onTap).toHaveBeenCalledOnce();
  });

  it('letting go, or the pointer being taken away, cancels', () => {
    const b = render();
    fire(b, 'pointerdown');
    wait(1000);
    fire(b, 'pointercancel');
    wait(2000);
    expect(onHold).not.toHaveBeenCalled();
  });

  it('works with Space held on the keyboard; key repeats do not restart it', () => {
    const b = render();
    fire(b, 'keydown', { key: ' ' });
    wait(1000);
    fire(b, 'keydown', { key: ' ', repeat: true });
    wait(500);
    expect(onHold).toHaveBeenCalledOnce();
    fire(b, 'keyup', { key: ' ' });
  });

  it('does nothing while disabled (an alert already on its way)', () => {
    const b = render(true);
    fire(b, 'pointerdown');
    wait(2000);
    fire(b, 'click');
    expect(onHold).not.toHaveBeenCalled();
    expect(onTap).not.toHaveBeenCalled();
  });
});
