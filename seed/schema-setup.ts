import type { Driver } from "neo4j-driver";
import { schemaStatements } from "../graph-schema/index.ts";

/** Creates constraints and indexes (all IF NOT EXISTS) and waits until they are online. */
export async function applyGraphSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of schemaStatements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
