import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../api/types';
import { organisationPaths, organisationTree, type TreeRow } from './organisation-tree';

const org = (
  id: string,
  kind: Organisation['kind'],
  name: string,
  parentId: string | null,
  regionCode: string | null,
) =>
  ({
    id,
    kind,
    name,
    parentId,
    regionCode,
    code: null,
    demo: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: null,
    version: 1,
  }) satisfies Organisation;

/** The tree as indented lines, so the expected shape reads at a glance. */
function outline(rows: TreeRow[], depth = 0): string[] {
  return rows.flatMap((r) => [
    `${'  '.repeat(depth)}${r.type === 'region' ? `区划 ${r.regionCode ?? '—'}` : r.organisation.name}`,
    ...outline(r.children ?? [], depth + 1),
  ]);
}

const ORGS = [
  org('u2', 'unit', '乙单位', 'd1', '500227'),
  org('b2', 'financeBureau', '西城区财政局', null, '110102'),
  org('d1', 'department', '璧山区科协', 'b1', '500227'),
  org('u1', 'unit', '甲单位', 'd1', '500227'),
  org('b1', 'financeBureau', '璧山区财政局', null, '500227'),
  org('b3', 'financeBureau', '未填区划财政局', null, null),
];

describe('organisationTree', () => {
  it('groups bureaus by region in code order (none last) and nests departments and units by name', () => {
    expect(outline(organisationTree(ORGS))).toEqual([
      '区划 110102',
      '  西城区财政局',
      '区划 500227',
      '  璧山区财政局',
      '    璧山区科协',
      '      甲单位',
      '      乙单位',
      '区划 —',
      '  未填区划财政局',
    ]);
  });

  it('draws no expander on a leaf', () => {
    const [, region] = organisationTree(ORGS);
    const bureau = region?.children?.[0];
    const unit = bureau?.children?.[0]?.children?.[0];
    expect(unit?.type === 'organisation' && unit.organisation.id).toBe('u1');
    expect(unit && 'children' in unit).toBe(false);
  });

  it('puts an organisation whose parent is out of sight at the top of its region', () => {
    const scoped = ORGS.filter((o) => o.id === 'd1' || o.id === 'u1');
    expect(outline(organisationTree(scoped))).toEqual(['区划 500227', '  璧山区科协', '    甲单位']);
  });
});

describe('organisationPaths', () => {
  it('names each organisation with its parents from the top down', () => {
    const paths = organisationPaths(ORGS);
    expect(paths.get('u1')).toBe('璧山区财政局 / 璧山区科协 / 甲单位');
    expect(paths.get('b2')).toBe('西城区财政局');
  });
});
