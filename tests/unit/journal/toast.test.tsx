// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ToastControls, useToast } from '../../../components/hooks/use-toast';
import { Toast } from '../../../components/Toast';

vi.mock('../../../components/i18n', async () => ({ t: (await import('./support')).translate }));

let controls: ToastControls;
function Harness() {
  controls = useToast(8_000);
  return <Toast controls={controls} />;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Toast', () => {
  it('announces in a live region that exists before the message', () => {
    render(<Harness />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    act(() => controls.show({ text: 'Deleted “x”.', action: { label: 'Undo', run: () => {} } }));
    expect(region.textContent).toContain('Deleted “x”.');
  });

  it('hides itself after the timeout', () => {
    render(<Harness />);
    act(() => controls.show({ text: 'Hello' }));
    act(() => {
      vi.advanceTimersByTime(7_999);
    });
    expect(screen.getByRole('status').textContent).toContain('Hello');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('waits while focus is on it, and counts again once focus leaves', () => {
    const run = vi.fn();
    render(<Harness />);
    act(() => controls.show({ text: 'Deleted', action: { label: 'Undo', run } }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    fireEvent.focusIn(undo);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBe(undo);
    fireEvent.focusOut(undo);
    act(() => {
      vi.advanceTimersByTime(8_000);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });

  it('closes on Escape and on Dismiss', () => {
    render(<Harness />);
    act(() => controls.show({ text: 'One' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Dismiss' }), { key: 'Escape' });
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => controls.show({ text: 'Two' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
