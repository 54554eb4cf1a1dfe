import { ApiError, CLIENT_ERROR } from '../api/client';
import type { T } from '../i18n/I18nProvider';

/** One plain-language sentence for any failure: the server's Chinese message when it sent one. */
export function errorText(t: T, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === CLIENT_ERROR.network) return t('error.network');
    if (err.code === CLIENT_ERROR.badResponse) return t('error.badResponse');
    if (err.message) return err.message;
    if (err.status === 401) return t('error.sessionExpired');
    if (err.status === 403) return t('error.forbidden');
    if (err.status === 404) return t('error.notFound');
  }
  return t('error.unknown');
}

/**
 * The draft path a server validation issue names: "evaluation.indicators.3.name" → "indicators[3].name",
 * so it can be shown beside the field like the browser's own checks.
 */
export function issuePathToDraftPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const segs = path.replace(/^(body\.)?(evaluation\.)/, '').split('.');
  let out = '';
  for (const seg of segs) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
