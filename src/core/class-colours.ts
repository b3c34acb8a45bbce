// Tile-map colours from the Okabe–Ito palette (Okabe & Ito 2008), which stays
// distinguishable with the common colour-vision deficiencies. Orange, bluish green and
// blue differ in lightness too, so they also survive greyscale printing.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

const BY_LABEL: Record<string, string> = {
  adenocarcinoma: OKABE_ITO.orange,
  benign: OKABE_ITO.bluishGreen,
  squamous_cell_carcinoma: OKABE_ITO.blue,
};
const SPARE = [OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, OKABE_ITO.vermillion, OKABE_ITO.yellow];

export function classColour(label: string, index: number): string {
  return BY_LABEL[label] ?? SPARE[index % SPARE.length];
}
