import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { AppLayout } from './AppLayout';
import { Themed } from './Themed';

/**
 * Everything around the signed-in pages, loaded lazily: antd's theme and locale, its App (message and
 * notification context, base styles) and the menu frame. The sign-in page does without all of them, so
 * its first download holds none.
 */
export function SignedInFrame({ children }: { children: ReactNode }) {
  return (
    <Themed>
      <AntApp>
        <AppLayout>{children}</AppLayout>
      </AntApp>
    </Themed>
  );
}
