import { describe, expect, it } from 'vitest';
import { readDeclarationXlsx } from './read';
import { PROJECT_DECLARATION, UNIT_DECLARATION } from './test-support';
import { writeDeclarationXlsx } from './write';

describe('申报表 .xlsx round trip', () => {
  it.each([
    ['项目支出 with every field', PROJECT_DECLARATION],
    ['部门整体 with its main tasks, in 元', UNIT_DECLARATION],
  ])('%s: write → read gives the same declaration', async (_, declaration) => {
    const bytes = await writeDeclarationXlsx(declaration);
    expect(await readDeclarationXlsx(bytes, 'd.xlsx')).toEqual(declaration);
  });
});
