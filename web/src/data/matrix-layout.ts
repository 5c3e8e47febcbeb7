/**
 * Sizes of a square matrix chart with row labels on the left and column labels standing upright above: slanted
 * labels (say 60°) overlap their neighbours once cells are narrower than font / sin 60°, upright ones never do.
 */
export interface MatrixLayout {
  cell: number;
  fontSize: number;
  /** Where the first cell starts: room for the row labels (left) and the slanted column labels (top). */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface MatrixLayoutInput {
  count: number;
  /** Width of the longest label at `referenceFont` px. */
  labelWidth: number;
  referenceFont?: number;
  /** The space the chart should fill; it grows past it (and scrolls) rather than shrink cells below `minCell`. */
  width: number;
  height: number;
  minCell?: number;
  maxCell?: number;
}

const GAP = 6;

/** Labels follow the cell size between 11 and 13 px, so rows never overlap and text stays readable. */
export const matrixFont = (cell: number): number => Math.max(11, Math.min(13, Math.floor(cell * 0.6)));

/**
 * Cell size from the space available: the largest cell (within min/max) at which the matrix and its labels fit
 * both ways. Labels are measured once at a reference size and scaled with the font the cell size allows.
 */
export function matrixLayout(input: MatrixLayoutInput): MatrixLayout {
  const { count, labelWidth, width, height } = input;
  const reference = input.referenceFont ?? 12;
  const minCell = input.minCell ?? 12;
  const maxCell = input.maxCell ?? 32;
  const n = Math.max(1, count);
  const place = (fontSize: number) => {
    const label = (labelWidth * fontSize) / reference + GAP;
    const left = Math.ceil(label);
    const top = Math.ceil(label + fontSize);
    // The last upright label is centred on its column, so half its line height sticks out to the right.
    const right = Math.ceil(fontSize / 2);
    const cell = Math.floor(Math.min((width - left - right) / n, (height - top) / n));
    return { cell: Math.max(minCell, Math.min(maxCell, cell)), left, top, right };
  };
  // Lay out with the largest font first, then again with the font the resulting cell allows.
  const first = place(13);
  const fontSize = matrixFont(first.cell);
  const { cell, left, top, right } = place(fontSize);
  return { cell, fontSize, left, top, width: left + cell * n + right, height: top + cell * n + GAP };
}
