import type { Api } from "../api/client.ts";
import { describeError } from "../api/errors.ts";
import type { Extraction } from "../api/types.ts";
import { checkText, decodeTextFile, maxTextLength, type TextProblem } from "../data/text-file.ts";
import type { Translate } from "../i18n.ts";
import { h } from "../ui/dom.ts";
import type { Session } from "./import-state.ts";

/** UTF-8 needs at most 4 bytes a character: a file above this cannot fit the limit, so it is not even read. */
const maxFileBytes = maxTextLength * 4;

interface InputOptions {
  t: Translate;
  session: Session;
  api: Api;
  /** False once the page is gone, so a late answer changes nothing. */
  alive(): boolean;
  extracted(text: string, extraction: Extraction): void;
}

/**
 * The text box, the file picker and Extract. Bad input (blank, binary, too long, not UTF-8) is refused here with a
 * message and leaves the current draft alone; the server checks the same again.
 */
export function renderInput({ t, session, api, alive, extracted }: InputOptions): HTMLElement {
  const textarea = h(
    "textarea",
    {
      class: "import-textarea",
      testid: "import-text",
      rows: session.extraction ? 3 : 10,
      placeholder: t("importIntro"),
      "aria-label": t("importText"),
    },
    session.text,
  );
  const file = h("input", {
    type: "file",
    accept: ".txt,.md,text/plain",
    testid: "import-file",
    "aria-label": t("importFile"),
  });
  const extractButton = h("button", { type: "button", class: "primary", testid: "import-extract" }, t("extract"));
  const inputError = h("div", {
    class: "import-error",
    testid: "import-error",
    "data-scope": "input",
    role: "alert",
    hidden: true,
  });
  const stale = h("span", { class: "warning", testid: "import-stale", hidden: true }, t("textStale"));
  const showInputError = (lines: string[]) => {
    inputError.replaceChildren(...lines.map((line) => h("div", {}, line)));
    inputError.hidden = false;
  };
  const textProblem = (problem: TextProblem) => showInputError([t(`textProblem.${problem}`)]);
  const syncStale = () => {
    stale.hidden = !session.extraction || session.text === session.extractedText;
  };

  const extract = async () => {
    inputError.hidden = true;
    const text = textarea.value;
    const problem = checkText(text);
    if (problem) return textProblem(problem);
    extractButton.disabled = true;
    extractButton.textContent = t("extracting");
    try {
      const extraction = await api.extract(text);
      if (alive()) extracted(text, extraction);
    } catch (error) {
      if (!alive()) return;
      showInputError([t("extractFailed"), ...describeError(error)]);
      extractButton.disabled = false;
      extractButton.textContent = t("extract");
    }
  };

  const upload = async () => {
    inputError.hidden = true;
    const picked = file.files?.[0];
    file.value = "";
    if (!picked) return;
    if (picked.size > maxFileBytes) return textProblem("tooLong");
    const decoded = decodeTextFile(new Uint8Array(await picked.arrayBuffer()));
    if (!alive()) return;
    if (!decoded.ok) return textProblem(decoded.problem);
    textarea.value = decoded.text;
    session.text = decoded.text;
    await extract();
  };

  textarea.addEventListener("input", () => {
    session.text = textarea.value;
    syncStale();
  });
  extractButton.addEventListener("click", () => void extract());
  file.addEventListener("change", () => void upload());
  syncStale();

  return h(
    "div",
    { class: "controls import-input" },
    textarea,
    h(
      "div",
      { class: "import-actions" },
      extractButton,
      h("label", { class: "file-label" }, `${t("importFile")} `, file),
      stale,
      inputError,
    ),
  );
}
