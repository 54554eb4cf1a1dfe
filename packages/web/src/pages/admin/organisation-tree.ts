import type { Organisation, OrganisationKind } from '../../api/types';

/** The kind a child has under each kind (财政局 → 主管部门 → 单位), as the server requires. */
export const CHILD_KIND: Record<OrganisationKind, OrganisationKind | null> = {
  financeBureau: 'department',
  department: 'unit',
  unit: null,
};

/** One row of the tree: a 财政区划 grouping its bureaus, or an organisation. */
export type TreeRow =
  | { key: string; type: 'region'; regionCode: string | null; children: TreeRow[] }
  | { key: string; type: 'organisation'; organisation: Organisation; children?: TreeRow[] };

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'zh-CN');

/**
 * 区划 → 财政局 → 主管部门 → 单位 from the flat list: bureaus grouped by their region code (regions in code
 * order, those without one last), each level by name. An organisation whose parent the list lacks (outside
 * the reader's scope) stands at the top of its region. Leaves have no `children`, so no expander is drawn.
 */
export function organisationTree(orgs: readonly Organisation[]): TreeRow[] {
  const ids = new Set(orgs.map((o) => o.id));
  const childrenOf = new Map<string | null, Organisation[]>();
  for (const o of orgs) {
    const parent = o.parentId !== null && ids.has(o.parentId) ? o.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), o]);
  }
  const rowOf = (o: Organisation): TreeRow => {
    const children = (childrenOf.get(o.id) ?? []).sort(byName).map(rowOf);
    return {
      key: o.id,
      type: 'organisation',
      organisation: o,
      ...(children.length > 0 ? { children } : {}),
    };
  };
  const regions = new Map<string | null, Organisation[]>();
  for (const top of childrenOf.get(null) ?? [])
    regions.set(top.regionCode, [...(regions.get(top.regionCode) ?? []), top]);
  return [...regions.keys()]
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map((regionCode) => ({
      key: `region:${regionCode ?? ''}`,
      type: 'region',
      regionCode,
      children: (regions.get(regionCode) ?? []).sort(byName).map(rowOf),
    }));
}

/** Each organisation's names from the top down ("甲区财政局 / 甲区科协 / 甲区科协本级"), to tell namesakes apart. */
export function organisationPaths(orgs: readonly Organisation[]): Map<string, string> {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const paths = new Map<string, string>();
  const pathOf = (o: Organisation): string => {
    const known = paths.get(o.id);
    if (known !== undefined) return known;
    const parent = o.parentId === null ? undefined : byId.get(o.parentId);
    const path = parent ? `${pathOf(parent)} / ${o.name}` : o.name;
    paths.set(o.id, path);
    return path;
  };
  for (const o of orgs) pathOf(o);
  return paths;
}
