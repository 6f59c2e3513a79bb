/** The global the bench sets (in an init script) to the paragraphs the slate floor shows. */
export const SLATE_FLOOR_PARAGRAPHS = 'galleyBenchSlateFloorParagraphs';
