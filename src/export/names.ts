// Names the exports derive from the model's type names: labels for node types (Neo4j, brat) and
// upper-case relationship types (Neo4j's convention).
export function typeLabel(type: string): string {
  return type
    .split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export function relationshipType(type: string): string {
  return type.toUpperCase();
}

/** The label every node carries besides its type's (Neo4j), so one constraint covers all ids. */
export const NODE_LABEL = 'StoryNode';
