// The model's public surface.
export * from './factuality.js';
export * from './speech-acts.js';
export * from './voices.js';
export * from './node-types.js';
export * from './relation-types.js';
export * from './enums.js';
export * from './selector.js';
export * from './annotation-fields.js';
export * from './nodes.js';
export * from './relations.js';
export * from './story-files.js';
export * from './draft.js';
