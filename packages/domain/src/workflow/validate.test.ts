import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from './definition';
import { workflowProblems } from './validate';

/** A second workflow on the same module, shaped like a later form: declared, reviewed, published. */
const DECLARATION: WorkflowDefinition<
  'draft' | 'declared' | 'published',
  'declare' | 'publish',
  'unit' | 'bureau'
> = {
  id: 'declaration',
  statuses: ['draft', 'declared', 'published'],
  initial: 'draft',
  editable: ['draft'],
  transitions: {
    declare: { from: ['draft'], to: 'declared', roles: ['unit'], requires: ['noErrors'] },
    publish: { from: ['declared'], to: 'published', roles: ['bureau'], requires: [] },
  },
};

describe('workflowProblems', () => {
  it('finds nothing wrong in a sound definition', () => {
    expect(workflowProblems(DECLARATION)).toEqual([]);
  });

  const broken: [string, WorkflowDefinition<string, string, string>, string[]][] = [
    [
      'a status no transition reaches',
      { ...DECLARATION, statuses: [...DECLARATION.statuses, 'archived'] },
      ['archived: no transition reaches it'],
    ],
    [
      'a transition to an undeclared status',
      {
        ...DECLARATION,
        transitions: {
          ...DECLARATION.transitions,
          publish: { ...DECLARATION.transitions.publish, to: 'gone' },
        },
      },
      ['publish.to: unknown status gone', 'published: no transition reaches it'],
    ],
    [
      'a transition nobody may take',
      {
        ...DECLARATION,
        transitions: {
          ...DECLARATION.transitions,
          publish: { ...DECLARATION.transitions.publish, roles: [] },
        },
      },
      ['publish: no role may take it'],
    ],
    [
      'narrower roles for a status the transition does not leave',
      {
        ...DECLARATION,
        transitions: {
          ...DECLARATION.transitions,
          publish: { ...DECLARATION.transitions.publish, rolesFrom: { draft: ['bureau'] } },
        },
      },
      ['publish.rolesFrom: draft is not left'],
    ],
    [
      'an editable status nothing leaves',
      { ...DECLARATION, editable: ['draft', 'published'] },
      ['published: editable but final'],
    ],
  ];
  it.each(broken)('reports %s', (_, workflow, problems) => {
    expect(workflowProblems(workflow)).toEqual(problems);
  });
});
