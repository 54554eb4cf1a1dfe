import {
  type IndicatorLibraryEntry,
  isLibraryCategory,
  LIBRARY_CATEGORIES,
  LIBRARY_CATEGORY_KEYS,
  type LibraryCategory,
} from '@jixiao/domain';
import { Alert, Input, Select, Space, Tag, Typography } from 'antd';
import { type KeyboardEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { entryOf, targetHint } from './entry-text';
import { libraryApi } from './library-api';
import '../../i18n/areas/admin';

export interface IndicatorPickerProps {
  /** The project's 项目类别 (a library category key): its entries first, with the 通用 ones. */
  category?: string;
  onPick(entry: IndicatorLibraryEntry): void;
}

/** How many results are shown at once: enough to choose from, few enough to read. */
const SHOWN = 50;

/**
 * Choose an indicator from the library: a search box, a category filter and the results, each with its
 * 一级/二级 path, name, comparator and unit, and the guidance on writing its value. Keyboard: type, move
 * with ↑/↓, take with Enter (or click). Retired entries are not offered.
 */
export function IndicatorPicker({ category, onPick }: IndicatorPickerProps) {
  const { t, lang } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<LibraryCategory | 'all' | undefined>();
  const [active, setActive] = useState(0);
  const fromProject = category && isLibraryCategory(category) ? category : undefined;
  const shownCategory = chosen === 'all' ? undefined : (chosen ?? fromProject);
  const state = useAsync(
    (signal) => libraryApi.search({ query, ...(shownCategory ? { category: shownCategory } : {}) }, signal),
    JSON.stringify([query, shownCategory]),
  );
  const items = (state.data ?? []).slice(0, SHOWN);
  const current = Math.min(active, Math.max(items.length - 1, 0));

  function take(index: number) {
    const item = items[index];
    if (item) onPick(entryOf(item));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(current + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(current - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      take(current);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="indicator-picker">
      <Space.Compact style={{ width: '100%' }}>
        <Select<LibraryCategory | 'all'>
          aria-label={t('library.picker.category')}
          style={{ minWidth: 150 }}
          value={shownCategory ?? 'all'}
          onChange={(value) => {
            setChosen(value);
            setActive(0);
          }}
          options={[
            { value: 'all', label: t('library.picker.allCategories') },
            ...LIBRARY_CATEGORY_KEYS.map((key) => ({ value: key, label: LIBRARY_CATEGORIES[key][lang] })),
          ]}
        />
        <Input
          allowClear
          autoFocus
          role="combobox"
          aria-expanded
          aria-controls={listId}
          aria-activedescendant={items.length > 0 ? optionId(current) : undefined}
          aria-label={t('library.picker.search')}
          placeholder={t('library.picker.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </Space.Compact>
      {state.status === 'error' && (
        <Alert
          type="error"
          showIcon
          title={t('library.picker.loadFailed', { message: errorText(t, state.error) })}
        />
      )}
      <Typography.Text type="secondary" aria-live="polite">
        {state.status === 'loading'
          ? t('library.picker.searching')
          : t('library.picker.count', { count: items.length })}
      </Typography.Text>
      <div
        id={listId}
        role="listbox"
        aria-label={t('library.picker.results')}
        style={{ maxHeight: 360, overflowY: 'auto', border: '1px solid #f0f0f0', borderRadius: 6 }}
      >
        {items.length === 0 && state.status !== 'loading' && (
          <Typography.Paragraph type="secondary" style={{ padding: 12, margin: 0 }}>
            {t('library.picker.empty')}
          </Typography.Paragraph>
        )}
        {items.map((item, i) => (
          <div
            key={item.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            tabIndex={-1}
            data-testid="library-option"
            onMouseEnter={() => setActive(i)}
            onClick={() => take(i)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') take(i);
            }}
            style={{
              padding: '8px 12px',
              cursor: 'pointer',
              background: i === current ? '#e6f4ff' : undefined,
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <Space size={4} wrap>
              <Tag>{item.level1}</Tag>
              <Tag>{item.level2}</Tag>
              <Typography.Text strong>{item.name}</Typography.Text>
              <Tag color="blue">{targetHint(item, t('library.qualitative'))}</Tag>
            </Space>
            <div>
              <Typography.Text type="secondary">{item.guidance}</Typography.Text>
            </div>
          </div>
        ))}
      </div>
    </Space>
  );
}
