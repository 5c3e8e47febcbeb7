import type { Driver } from "neo4j-driver";
import { measureCategories, measureNodes } from "../graph-schema/index.ts";
import { bumpGraphVersion, mergeTaxonomyCategory, mergeTaxonomyMeasure } from "./cypher.ts";
import { toNeo4jProps } from "./props.ts";

/** Writes the measure taxonomy (categories, measures, IN_CATEGORY) in one transaction; idempotent. */
export async function loadTaxonomy(driver: Driver, database?: string): Promise<number> {
  const categories = measureCategories.map((category) => ({
    id: category.id,
    props: toNeo4jProps({ ...category }, ["label"]),
  }));
  const measures = measureNodes().map((measure) => ({
    id: measure.id,
    category: measure.category,
    evidence: `taxonomy places ${measure.name} in ${measure.category}`,
    props: toNeo4jProps(measure, ["label"]),
  }));
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(mergeTaxonomyCategory, { rows: categories });
      await tx.run(mergeTaxonomyMeasure, { rows: measures });
      await tx.run(bumpGraphVersion);
    });
  } finally {
    await session.close();
  }
  return categories.length + measures.length * 2;
}
