import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { placeErrors } from './form-errors';

/**
 * A dialog form's save: validates, runs it, and on failure marks the fields the server named (its sentences
 * under them) and keeps the rest for the dialog's alert. `fields` are the top-level names the form shows.
 * A failed validation is the form's own marking, never an unhandled rejection.
 */
export function useFormSave<V>(form: FormInstance<V>, fields: readonly string[]) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const save = async (run: (values: V) => Promise<void>) => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setUnplaced([]);
    try {
      await run(values);
    } catch (e) {
      const placed = placeErrors(t, e, (name) => fields.includes(String(name[0])));
      // The server names any path (list rows included); the untyped view of the form takes every path.
      const anyPath: FormInstance = form;
      anyPath.setFields(placed.fields);
      setUnplaced(placed.unplaced);
    } finally {
      setBusy(false);
    }
  };
  return { busy, unplaced, save };
}
