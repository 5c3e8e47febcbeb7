import type { Api } from "../api/client.ts";
import type { CaseSummary } from "../api/types.ts";
import type { Store } from "../state/store.ts";
import { errorBox, tr } from "./view.ts";

/**
 * Reads the case list a view's case choice offers (newest first), once; a failure shows in the view's controls
 * with a retry.
 */
export function loadCaseList(
  api: Api,
  store: Store,
  controls: HTMLElement,
  onLoaded: (cases: CaseSummary[]) => void,
): void {
  const load = async () => {
    try {
      onLoaded((await api.cases({ limit: 1000, includeSynthetic: store.get().synthetic })).cases);
    } catch (error) {
      controls.append(errorBox(error, tr(store.get()), () => void load()));
    }
  };
  void load();
}
