/**
 * The frame of a project's update dialogs (a year's progress, a milestone): one PUT whose
 * answer says which fields changed ("已保存：阶段、备注"), the API's field errors under their
 * fields and everything else above the form (SaveError), and the dialog's buttons.
 */
import { App, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiSend } from '../../api/client.ts';
import { formErrorsOf } from '../../api/form-errors.ts';
import type { ProjectDetail } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { FIELD_LABEL_KEYS } from './field-labels.ts';
import { projectsNs } from './messages.ts';
import { SaveError } from './SaveFeedback.tsx';
import { useAfterProjectWrite, type WriteResult } from './use-project.ts';

export interface ProjectForm<Values> {
  form: FormInstance<Values>;
  busy: boolean;
  error: unknown;
  rest: string[];
  /** Forgets the last attempt's errors, for a dialog that opens afresh. */
  clearErrors: () => void;
  /** Sends the body (built inside, so a slip in building it shows like the API's refusal) and closes the dialog once saved. */
  put: (path: string, bodyOf: () => unknown) => Promise<void>;
}

/** `fields`: the form's fields, where the API's details about them go. */
export function useProjectForm<Values>(project: ProjectDetail, fields: readonly string[], onClose: () => void): ProjectForm<Values> {
  const { t } = useTranslation([projectsNs, 'common']);
  const { lang, text } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<string[]>([]);
  const after = useAfterProjectWrite(project.id);

  const clearErrors = () => {
    setError(null);
    setRest([]);
  };

  async function put(path: string, bodyOf: () => unknown) {
    setBusy(true);
    clearErrors();
    try {
      const result = await apiSend<WriteResult>('PUT', path, bodyOf());
      after(result);
      const changed = result.changed.map((f) => t(FIELD_LABEL_KEYS[f] ?? f)).join(lang === 'zh' ? '、' : ', ');
      void message.success(result.changed.length > 0 ? t('update.saved', { fields: changed }) : t('update.unchanged'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        const mapped = formErrorsOf(e, fields, text);
        form.setFields(mapped.fields as Parameters<FormInstance<Values>['setFields']>[0]);
        setRest(mapped.rest);
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return { form, busy, error, rest, clearErrors, put };
}

interface ModalProps<Values> {
  state: ProjectForm<Values>;
  open: boolean;
  title: string;
  onClose: () => void;
  width?: number;
  /** The save button's test id. */
  saveTestId: string;
  children: ReactNode;
}

export function ProjectFormModal<Values>({ state, open, title, onClose, width, saveTestId, children }: ModalProps<Values>) {
  const { t } = useTranslation([projectsNs, 'common']);
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      onOk={() => state.form.submit()}
      onCancel={onClose}
      confirmLoading={state.busy}
      destroyOnHidden
      forceRender
      width={width}
      okButtonProps={{ 'data-testid': saveTestId } as ButtonProps}
    >
      <SaveError error={state.error} rest={state.rest} />
      {children}
    </Modal>
  );
}
