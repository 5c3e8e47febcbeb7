import { statusBox } from "../ui/dom.ts";
import { errorBox, type MountView, tr, type ViewHandle } from "./view.ts";

/**
 * The import view is loaded on first use: it carries the measure taxonomy and the case-file schema (zod) to check a
 * case file exactly as the server will, which the explorer's other views never need.
 */
export const mountImport: MountView = (container, store, api) => {
  let inner: ViewHandle | null = null;
  let destroyed = false;
  const start = () => {
    container.replaceChildren(statusBox(tr(store.get())("loading")));
    import("./import-page.ts")
      .then(({ mountImportPage }) => {
        if (!destroyed) inner = mountImportPage(container, store, api);
      })
      .catch((error: unknown) => {
        if (!destroyed) container.replaceChildren(errorBox(error, tr(store.get()), start));
      });
  };
  start();
  return {
    svg: () => null,
    table: () => null,
    destroy: () => {
      destroyed = true;
      inner?.destroy();
    },
  };
};
