// Who and where: recognition per document, merging per story.
export { mergeEntities } from './merge.js';
export { recogniseEntities } from './recognise.js';
