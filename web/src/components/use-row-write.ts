/**
 * A write started from one row of a table (approve, submit, revoke, disable): the row's
 * button shows it is busy and the others wait, and a refusal appears as a message in the
 * API's words — the same in every table.
 */
import { App } from 'antd';
import { useState } from 'react';
import { useLang } from '../i18n/use-lang.ts';
import { errorText } from './QueryState.tsx';

/** Marks the row busy, runs the write, reports a failure, and frees the row whatever happens. */
export async function runRowWrite<K>(key: K, write: () => Promise<void>, setBusy: (key: K | null) => void, onError: (error: unknown) => void): Promise<void> {
  setBusy(key);
  try {
    await write();
  } catch (error) {
    onError(error);
  } finally {
    setBusy(null);
  }
}

/** `busy`: the key of the row being written (or another marker the table sets itself, such as a bulk action). */
export function useRowWrite<K>() {
  const { text } = useLang();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<K | null>(null);
  const run = (key: K, write: () => Promise<void>) => runRowWrite(key, write, setBusy, (error) => void message.error(errorText(error, text)));
  return { busy, setBusy, run };
}
