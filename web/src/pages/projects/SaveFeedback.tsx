/**
 * What a save came to, in a form: the API's refusal (403 names what the account may not do)
 * or errors belonging to no field, in the API's own words.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { projectsNs } from './messages.ts';

export function SaveError({ error, rest }: { error: unknown; rest: string[] }) {
  const { t } = useTranslation(projectsNs);
  const { text } = useLang();
  if (!error) return null;
  const refused = error instanceof ApiError && (error.status === 403 || error.status === 401);
  const description = [errorText(error, text), ...rest].join(' · ');
  return (
    <Alert
      type="error"
      showIcon
      title={refused ? t('update.refused') : errorText(error, text)}
      description={refused || rest.length > 0 ? description : undefined}
      style={{ marginBottom: 12 }}
      data-testid="save-error"
    />
  );
}
