// The files of a story folder, without the schemas: the cached loader names them without
// loading zod.
export const STORY_FILES = { text: 'article.txt', meta: 'story.json', annotations: 'annotations.json' } as const;
