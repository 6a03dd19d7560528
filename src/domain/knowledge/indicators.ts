/**
 * Statistics Norway's table 07459, "Personer": the population on 1 January, the basis of the fee
 * and of the knowledge pages. Imports of that table land on this indicator.
 */
export const POPULATION = {
  key: '07459:Personer1',
  source: 'Statistisk sentralbyrå',
  tableCode: '07459',
  tableLabel: '07459: Befolkning, etter region, statistikkvariabel og år',
  label: 'Personer',
  unit: 'personer',
  decimals: 0,
} as const;
