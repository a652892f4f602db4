/**
 * Confidence cut-offs the rules apply to extracted values.
 *
 * MIN_FIELD_CONFIDENCE mirrors the document extractor's own cut-off (0.6); rules may not import
 * the extractor, so the figure is kept here and must be changed together with it. A field read
 * below it is not trusted by any rule: the rule raises EXTRACTION_UNCERTAIN instead of deciding.
 */
export const MIN_FIELD_CONFIDENCE = 0.6;

/**
 * Below this the detected document kind is not trusted over the declared one: a disagreement
 * becomes a `review` KIND_MISMATCH instead of a `reject`, and rules use the declared kind.
 */
export const MIN_KIND_CONFIDENCE = 0.8;
