/** Measure statistics are counted from the case-measure index (case-index.ts); only categories are read here. */
export const categories = `MATCH (k:MeasureCategory)
RETURN k {.id, .name, .nameEn, .description, measureCount: COUNT { (k)<-[:IN_CATEGORY]-() }} AS category
ORDER BY k.id`;
