import { describe, expect, it } from 'vitest';
import { projectPhrase } from './generated';

describe('projectPhrase', () => {
  it('quotes the project name and adds 项目 only when the name lacks it', () => {
    expect(projectPhrase('科普经费')).toBe('“科普经费”项目');
    expect(projectPhrase('全区科普经费项目')).toBe('“全区科普经费项目”');
  });
});
