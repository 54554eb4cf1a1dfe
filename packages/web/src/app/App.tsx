import { RouterProvider } from 'react-router-dom';
import { SessionProvider } from '../auth/SessionProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { router } from './routes';

/** The root: language and session only. antd's theme and locale wrap the signed-in frame (Themed). */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  );
}
