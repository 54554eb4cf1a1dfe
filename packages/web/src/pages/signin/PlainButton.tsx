import { LoadingOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * antd's primary (block) and link buttons, drawn from the same theme tokens, for the sign-in page only:
 * antd's Button would bring its wave effect, motion and variant styles, about 10 kB on the wire, into the
 * first download. The colours are set as CSS variables so that global.css can change them on hover and
 * draw the focus ring, which inline styles cannot.
 */
export function PlainButton(props: {
  kind: 'primary' | 'link';
  type?: 'button' | 'submit';
  busy?: boolean;
  onClick?: () => void;
  children: ReactNode;
}) {
  const { token } = theme.useToken();
  const primary = props.kind === 'primary';
  const style = {
    '--jx-button-color': primary ? token.colorTextLightSolid : token.colorLink,
    '--jx-button-bg': primary ? token.colorPrimary : 'transparent',
    '--jx-button-hover-color': primary ? token.colorTextLightSolid : token.colorLinkHover,
    '--jx-button-hover-bg': primary ? token.colorPrimaryHover : 'transparent',
    '--jx-button-ring': token.colorPrimaryBorder,
    width: primary ? '100%' : undefined,
    height: primary ? token.controlHeight : token.controlHeightSM,
    padding: primary ? `0 ${token.paddingContentHorizontal}px` : `0 ${token.paddingXS}px`,
    borderRadius: primary ? token.borderRadius : token.borderRadiusSM,
    fontFamily: 'inherit',
    fontSize: token.fontSize,
    boxShadow: primary ? `0 2px 0 ${token.controlOutline}` : undefined,
  } satisfies CSSProperties & Record<`--${string}`, string | undefined>;
  return (
    <button
      type={props.type ?? 'button'}
      className="jx-button"
      style={style}
      disabled={props.busy}
      aria-busy={props.busy}
      onClick={props.onClick}
    >
      {props.busy && <LoadingOutlined spin style={{ marginInlineEnd: token.marginXS }} />}
      {props.children}
    </button>
  );
}
