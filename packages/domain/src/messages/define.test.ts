import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { defineMessages, localizedMessage } from './define';
import { en } from './en';
import { zh } from './zh';

const m = defineMessages(
  {
    'file.unreadable': (p: { file: string; detail: string }) => `无法读取文件「${p.file}」：${p.detail}`,
    'file.empty': () => '文件是空的',
    'rows.count': (p: { count: number }) => `共 ${p.count} 行`,
  },
  {
    'file.unreadable': (p) => `cannot read file "${p.file}": ${p.detail}`,
    'file.empty': () => 'the file is empty',
    'rows.count': (p) => `${p.count} rows`,
  },
);

describe('defineMessages', () => {
  it('renders a key with its parameters in both languages', () => {
    expect(m('rows.count', { count: 3 })).toEqual({
      key: 'rows.count',
      params: { count: 3 },
      text: { zh: '共 3 行', en: '3 rows' },
    });
  });

  it('renders a nested message in the same language and keeps only its key as the parameter', () => {
    const message = m('file.unreadable', { file: 'a.json', detail: m('file.empty') });
    expect(message.text).toEqual({
      zh: '无法读取文件「a.json」：文件是空的',
      en: 'cannot read file "a.json": the file is empty',
    });
    expect(message.params).toEqual({ file: 'a.json', detail: 'file.empty' });
  });

  it('takes a text written in both languages elsewhere as a parameter', () => {
    const message = m('file.unreadable', { file: 'a.json', detail: { zh: '坏了', en: 'broken' } });
    expect(message.text.en).toBe('cannot read file "a.json": broken');
  });

  it('makes messages that survive JSON unchanged', () => {
    const message = m('file.unreadable', { file: 'a.json', detail: m('file.empty') });
    expect(JSON.parse(JSON.stringify(message))).toEqual(message);
  });
});

describe('JixiaoError', () => {
  it('keeps key and parameters, renders either language, and logs the Chinese', () => {
    const error = new JixiaoError('UNREADABLE_FILE', m('file.unreadable', { file: 'a.json', detail: 'x' }), [
      { message: m('file.empty'), location: { file: 'a.json', row: 2, label: { zh: '分值', en: 'weight' } } },
      { message: localizedMessage({ zh: '另一处', en: 'elsewhere' }) },
    ]);
    expect(error.key).toBe('file.unreadable');
    expect(error.params).toEqual({ file: 'a.json', detail: 'x' });
    expect(error.message).toBe('无法读取文件「a.json」：x');
    expect(error.describe('en')).toBe(
      [
        'cannot read file "a.json": x',
        '  - file "a.json", row 2, weight: the file is empty',
        '  - elsewhere',
      ].join('\n'),
    );
    expect(error.describe('zh')).toBe(
      ['无法读取文件「a.json」：x', '  - 文件「a.json」，第 2 行，分值：文件是空的', '  - 另一处'].join('\n'),
    );
  });
});

describe('the domain message tables', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
});
