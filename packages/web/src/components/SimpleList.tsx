import { Empty } from 'antd';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

/**
 * A plain list with dividers (antd's List is deprecated in 6.6 and Listy is a virtual list — more than
 * a dozen items on a card need). Items are <li>s; the empty state is antd's Empty in plain words.
 */
export function SimpleList<T>({
  items,
  keyOf,
  render,
  empty,
  itemProps,
  ...rest
}: {
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  render: (item: T, index: number) => ReactNode;
  empty: string;
  itemProps?: (item: T) => HTMLAttributes<HTMLLIElement> & Record<`data-${string}`, string>;
} & HTMLAttributes<HTMLUListElement> &
  Record<`data-${string}`, string>) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  const li: CSSProperties = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' };
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} {...rest}>
      {items.map((item, i) => (
        <li key={keyOf(item, i)} style={li} {...itemProps?.(item)}>
          {render(item, i)}
        </li>
      ))}
    </ul>
  );
}
