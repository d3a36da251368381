import { describe, expect, it, vi } from 'vitest';
import { sendRequest } from '../../../messaging/client';

const OK = { ok: true, value: { entryId: '11111111-1111-4111-8111-111111111111' } };
const noDelay = async () => undefined;
const closed = () => Promise.reject(new Error('The message channel closed before a response was received.'));

describe('sendRequest', () => {
  it('sends a write again with the same id when the channel closed before the answer', async () => {
    const send = vi.fn().mockImplementationOnce(closed).mockResolvedValueOnce(OK);
    const reply = await sendRequest({ type: 'note/create', text: 'A thought', aboutPage: false }, send, noDelay);
    expect(reply).toEqual(OK);
    expect(send).toHaveBeenCalledTimes(2);
    const [[first], [second]] = send.mock.calls as [[{ requestId: string }], [{ requestId: string }]];
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.requestId).toBe(first.requestId);
  });

  it('gives each action its own id', async () => {
    const send = vi.fn().mockResolvedValue(OK);
    await sendRequest({ type: 'note/create', text: 'One', aboutPage: false }, send, noDelay);
    await sendRequest({ type: 'note/create', text: 'Two', aboutPage: false }, send, noDelay);
    const ids = send.mock.calls.map(([message]) => (message as { requestId: string }).requestId);
    expect(new Set(ids).size).toBe(2);
  });

  it('sends reads without an id', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true, value: {} });
    await sendRequest({ type: 'page/status' }, send, noDelay);
    expect(send).toHaveBeenCalledWith({ type: 'page/status' });
  });

  it('answers with an error after the retries, never throwing', async () => {
    const send = vi.fn().mockImplementation(closed);
    const reply = await sendRequest({ type: 'sprint/stop' }, send, noDelay);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(send).toHaveBeenCalledTimes(3);
  });
});
