/** A tiny element builder: attributes, `on*` listeners and children in one call. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "testid") {
      node.dataset.testid = String(value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "object" ? child : String(child));
  }
  return node;
}

/** A <select> over [value, label] options with one selected value ("" for none). */
export function selectBox(
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
  attrs: Attrs = {},
): HTMLSelectElement {
  const select = h(
    "select",
    attrs,
    options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)),
  );
  select.addEventListener("change", () => onChange(select.value));
  return select;
}

/** Status line used by every view while loading or after a failure. */
export function statusBox(text: string, kind: "loading" | "error" | "empty" = "loading"): HTMLElement {
  return h(
    "div",
    { class: `status status-${kind}`, role: kind === "error" ? "alert" : "status", testid: `status-${kind}` },
    text,
  );
}
