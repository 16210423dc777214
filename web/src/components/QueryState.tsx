/**
 * Loading, error and empty states, one look for every page. An API error shows the API's
 * own bilingual message (it says what is wrong and where), with a retry.
 */
import { Alert, Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useLang } from '../i18n/use-lang.ts';

export function errorText(error: unknown, text: ReturnType<typeof useLang>['text']): string {
  if (error instanceof ApiError) return text(error.text);
  return error instanceof Error ? error.message : String(error);
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { text } = useLang();
  if (error instanceof ApiError && error.status === 403) {
    return <Result status="403" title="403" subTitle={text(error.text) || t('state.forbidden')} />;
  }
  if (error instanceof ApiError && error.status === 404) {
    return <Result status="404" title="404" subTitle={text(error.text) || t('state.notFound')} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('state.error')}
      description={errorText(error, text)}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('state.retry')}</Button> : undefined}
    />
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** Renders children with the data once it is there; a spinner before, the error if it failed. */
export function QueryState<T>({ query, children, empty }: { query: QueryLike<T>; children: (data: T) => ReactNode; empty?: (data: T) => boolean }) {
  const { t } = useTranslation();
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }} aria-busy="true">
        <Spin />
        <div style={{ marginTop: 8, color: '#8c8c8c' }}>{t('state.loading')}</div>
      </div>
    );
  }
  if (empty?.(query.data)) return <Empty description={t('state.empty')} />;
  return <>{children(query.data)}</>;
}
