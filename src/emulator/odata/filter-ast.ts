export type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'datetime'; value: string }
  | { type: 'null' };

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; path: string; value: Literal }
  | { kind: 'startswith'; path: string; value: string };

/** Every property path a filter names, e.g. `fields/Status`. */
export function pathsOf(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...pathsOf(node.left), ...pathsOf(node.right)];
    case 'not':
      return pathsOf(node.operand);
    case 'compare':
    case 'startswith':
      return [node.path];
  }
}
