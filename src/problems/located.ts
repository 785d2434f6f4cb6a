/** A position in a file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A validated data entry that remembers where it came from, so checks that run after parsing
 * (unknown ids, missing cells) can point at the exact YAML node.
 */
export interface Located<T> {
  value: T;
  /** Project-relative path of the YAML file. */
  file: string;
  /** Position of the node at `path` inside this entry (the entry itself for `[]`); with `keyOf`, of the key. */
  at: (path?: readonly (string | number)[], keyOf?: boolean) => Position;
}
