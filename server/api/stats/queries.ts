import { nodeLabels, relationshipTypeNames } from "../../../graph-schema/index.ts";
import { countByLabel, countByRelationshipType } from "../../../seed/index.ts";

export const labelCounts = countByLabel(nodeLabels);
export const relationshipCounts = countByRelationshipType(relationshipTypeNames);

export const caseCounts = `MATCH (c:Case)
RETURN count(c) AS total, count(CASE WHEN c.synthetic THEN 1 END) AS synthetic`;
