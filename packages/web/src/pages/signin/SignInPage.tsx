import { theme } from 'antd';
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { type FormEvent, lazy, type ReactNode, Suspense, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { maxLengthOf } from '../../api/limits';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { PlainButton } from './PlainButton';

// Only a failed sign-in shows it, so it loads with the first attempt (in time for the answer), not with the page.
const loadAlert = () => import('antd/es/alert');
const Alert = lazy(loadAlert);

/** A labelled field with its message below, in antd's form spacing and colours. */
function Field(props: { id: string; label: string; error: string | undefined; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div style={{ marginBottom: token.marginLG }}>
      <label htmlFor={props.id} style={{ display: 'block', paddingBottom: token.paddingXS }}>
        {props.label}
      </label>
      {props.children}
      {props.error && (
        <div id={`${props.id}-error`} role="alert" style={{ color: token.colorError, marginTop: 2 }}>
          {props.error}
        </div>
      )}
    </div>
  );
}

interface InputStateProps {
  id: string;
  status: 'error' | undefined;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** What an input says about its own check: red when failed, and which message below describes it. */
function checkedInput(id: string, error: string | undefined): InputStateProps {
  return {
    id,
    status: error ? 'error' : undefined,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
}

/**
 * The first page anyone downloads, so it is built from the few antd parts that are small: a plain form
 * with its two required checks instead of antd's Form (its validator, tooltip and grid), and a frame and
 * headings from theme tokens instead of Card and Typography (which bring Tabs, Dropdown, Menu, Tooltip and
 * Skeleton). The fields carry their labels and no decorative icons (each one more SVG in the first download), and
 * the buttons are PlainButton.
 */
export function SignInPage() {
  const { token } = theme.useToken();
  const { t, lang, setLang } = useI18n();
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (user) return <Navigate to={from} replace />;

  // Shown once a submit has been tried, then kept up to date while typing (as antd's Form does).
  const usernameError = checked && username.trim() === '' ? t('signIn.usernameRequired') : undefined;
  const passwordError = checked && password === '' ? t('signIn.passwordRequired') : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (username.trim() === '' || password === '') return;
    void loadAlert();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(t('signIn.failed', { message: errorText(t, e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(180deg, #e6f4ff 0%, #f5f5f5 60%)',
        fontFamily: token.fontFamily,
        fontSize: token.fontSize,
        color: token.colorText,
      }}
    >
      <section
        style={{
          width: 380,
          padding: token.paddingLG,
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <h1
          style={{
            margin: '0 0 4px',
            fontSize: token.fontSizeHeading3,
            fontWeight: 600,
            color: token.colorTextHeading,
          }}
        >
          {t('app.fullName')}
        </h1>
        <p style={{ margin: '0 0 16px', color: token.colorTextSecondary }}>{t('signIn.subtitle')}</p>
        {error && (
          <Suspense
            fallback={
              <div role="alert" style={{ color: token.colorError, marginBottom: 16 }}>
                {error}
              </div>
            }
          >
            <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />
          </Suspense>
        )}
        <form onSubmit={onSubmit} noValidate>
          <Field id="signin-username" label={t('signIn.username')} error={usernameError}>
            <Input
              {...checkedInput('signin-username', usernameError)}
              autoComplete="username"
              maxLength={maxLengthOf('POST /api/session', 'username')}
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              disabled={busy}
            />
          </Field>
          <Field id="signin-password" label={t('signIn.password')} error={passwordError}>
            <Password
              {...checkedInput('signin-password', passwordError)}
              autoComplete="current-password"
              maxLength={maxLengthOf('POST /api/session', 'password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              disabled={busy}
            />
          </Field>
          <PlainButton kind="primary" type="submit" busy={busy}>
            {t('signIn.submit')}
          </PlainButton>
        </form>
        <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
          <span style={{ color: token.colorTextSecondary }}>{t('signIn.hint')}</span>
          <PlainButton kind="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('nav.language')}
          </PlainButton>
        </div>
      </section>
    </main>
  );
}
