/** An indicator as it leaves the system: what it measures and where it comes from. */
export function presentIndicator(i: {
  id: string;
  key: string;
  label: string;
  source: string;
  tableCode: string;
  tableLabel: string;
  unit: string;
  decimals: number;
  values?: number;
  fromYear?: number | null;
  toYear?: number | null;
}) {
  return {
    id: i.id,
    key: i.key,
    label: i.label,
    source: i.source,
    tableCode: i.tableCode,
    tableLabel: i.tableLabel,
    unit: i.unit,
    decimals: i.decimals,
    ...(i.values === undefined
      ? {}
      : { values: i.values, fromYear: i.fromYear ?? null, toYear: i.toYear ?? null }),
  };
}
