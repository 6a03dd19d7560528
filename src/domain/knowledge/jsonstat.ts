import JSONstat from 'jsonstat-toolkit';
import { MAX_VALUES, type StatisticsFile, StatisticsFileError, YEAR } from './statistics-file';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The category ids of a dimension in their index order (JSON-stat allows an array or an id →
 * position map). Positions must be 0…size−1, each once, and ids distinct: a gap or a 1-based index
 * would shift every value onto the wrong region or year.
 */
function categoryIds(dimension: Json, name: string, size: number): string[] {
  const category = dimension.category;
  if (!isObject(category)) throw new StatisticsFileError('knowledge.file.noCategory', { dimension: name });
  const index = category.index;
  let ids: string[];
  if (Array.isArray(index)) ids = index.map(String);
  else if (isObject(index)) {
    ids = [];
    for (const [id, position] of Object.entries(index)) {
      if (
        !Number.isInteger(position) ||
        (position as number) < 0 ||
        (position as number) >= size ||
        ids[position as number] !== undefined
      )
        throw new StatisticsFileError('knowledge.file.badIndex', { dimension: name });
      ids[position as number] = id;
    }
  } else if (index === undefined && isObject(category.label)) {
    // A dimension of one category may omit the index and give only its label.
    ids = Object.keys(category.label);
  } else throw new StatisticsFileError('knowledge.file.noCategory', { dimension: name });
  if (ids.length !== size || ids.some((id) => id === undefined))
    throw new StatisticsFileError('knowledge.file.categoryCount', {
      dimension: name,
      count: ids.filter((id) => id !== undefined).length,
      size,
    });
  if (new Set(ids).size !== ids.length)
    throw new StatisticsFileError('knowledge.file.badIndex', { dimension: name });
  return ids;
}

/** The first entry of a `role` list, if it is a list of dimension names. */
function roleOf(role: unknown, key: 'geo' | 'time'): string | undefined {
  const list = isObject(role) ? role[key] : undefined;
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || !list.every((d) => typeof d === 'string'))
    throw new StatisticsFileError('knowledge.file.badRole', { role: key });
  return list[0];
}

/**
 * Checks the structure jsonstat-toolkit takes on trust (it reads a short `value` array without a
 * word): one dataset, `id` and `size` of equal length, every dimension's categories as many as
 * its size, and as many values as the sizes multiply to.
 */
function checkStructure(doc: unknown): Json {
  if (!isObject(doc)) throw new StatisticsFileError('knowledge.file.notObject');
  if (doc.version !== undefined && doc.version !== '2.0')
    throw new StatisticsFileError('knowledge.file.version', { version: String(doc.version) });
  if (doc.class !== 'dataset')
    throw new StatisticsFileError('knowledge.file.notDataset', { class: String(doc.class) });
  const { id, size, dimension, value } = doc;
  if (!Array.isArray(id) || !id.every((d) => typeof d === 'string') || id.length === 0)
    throw new StatisticsFileError('knowledge.file.badId');
  if (!Array.isArray(size) || !size.every((n) => Number.isInteger(n) && n > 0))
    throw new StatisticsFileError('knowledge.file.badSize');
  if (size.length !== id.length)
    throw new StatisticsFileError('knowledge.file.sizeIdLength', { size: size.length, id: id.length });
  if (!isObject(dimension)) throw new StatisticsFileError('knowledge.file.noDimension');
  const cells = (size as number[]).reduce((a, b) => a * b, 1);
  if (cells > MAX_VALUES)
    throw new StatisticsFileError('knowledge.file.tooMany', { count: cells, max: MAX_VALUES });
  if (new Set(id).size !== id.length) throw new StatisticsFileError('knowledge.file.badId');
  id.forEach((name, i) => {
    const d = dimension[name];
    if (!isObject(d)) throw new StatisticsFileError('knowledge.file.missingDimension', { dimension: name });
    categoryIds(d, name, size[i] as number);
  });
  if (Array.isArray(value)) {
    if (value.length !== cells)
      throw new StatisticsFileError('knowledge.file.valueLength', {
        values: value.length,
        cells,
        sizes: (size as number[]).join(' × '),
      });
    if (!value.every((v) => v === null || (typeof v === 'number' && Number.isFinite(v))))
      throw new StatisticsFileError('knowledge.file.valueType');
  } else if (isObject(value)) {
    for (const [position, v] of Object.entries(value)) {
      const n = Number(position);
      if (!Number.isInteger(n) || n < 0 || n >= cells)
        throw new StatisticsFileError('knowledge.file.valuePosition', { position, cells });
      if (v !== null && !(typeof v === 'number' && Number.isFinite(v)))
        throw new StatisticsFileError('knowledge.file.valueType');
    }
  } else throw new StatisticsFileError('knowledge.file.noValue');
  return doc;
}

/** The table number: Statistics Norway's `extension.px.tableid`, or the label's leading "07459:". */
function tableCodeOf(doc: Json, label: string): string {
  const px = isObject(doc.extension) && isObject(doc.extension.px) ? doc.extension.px : null;
  if (px && typeof px.tableid === 'string' && px.tableid.trim()) return px.tableid.trim();
  const match = label.match(/^\s*(\w+)\s*:/);
  if (match?.[1]) return match[1];
  throw new StatisticsFileError('knowledge.file.noTable');
}

/**
 * Reads a JSON-stat 2.0 dataset as Statistics Norway's API returns it. The geographic and time
 * dimensions come from `role` (or are named Region and Tid); every combination of the other
 * dimensions' categories is an indicator (`07459:Personer1`). Missing values (null, SSB's "..")
 * are left out. Anything malformed is a StatisticsFileError saying what is wrong.
 */
export function parseJsonStat(text: string): StatisticsFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new StatisticsFileError('knowledge.file.notJson', {
      reason: error instanceof Error ? error.message.slice(0, 200) : '',
    });
  }
  const raw = checkStructure(doc);
  const ds = JSONstat(raw);
  const ids = ds.id;
  const geo = roleOf(raw.role, 'geo') ?? ids.find((d) => d === 'Region');
  const time = roleOf(raw.role, 'time') ?? ids.find((d) => d === 'Tid');
  if (!geo || !ids.includes(geo)) throw new StatisticsFileError('knowledge.file.noGeo');
  if (!time || !ids.includes(time) || time === geo) throw new StatisticsFileError('knowledge.file.noTime');
  const timeDimension = ds.Dimension(time)!;
  const badYear = timeDimension.id.find((y) => !YEAR.test(y));
  if (badYear) throw new StatisticsFileError('knowledge.file.notYears', { value: badYear });

  const tableLabel = (ds.label ?? '').trim();
  const tableCode = tableCodeOf(raw, tableLabel);
  const others = ids.filter((d) => d !== geo && d !== time);
  const geoDimension = ds.Dimension(geo)!;
  const indicators = new Map<string, StatisticsFile['indicators'][number]>();
  const values: StatisticsFile['values'] = [];
  for (const row of ds.Transform({ type: 'arrobj', content: 'id' })) {
    const value = row.value;
    if (typeof value !== 'number') continue;
    const categories = others.map((d) => String(row[d]));
    const key = [tableCode, ...categories].join(':');
    if (!indicators.has(key)) {
      const labels = others.map((d, i) => ds.Dimension(d)?.Category(categories[i]!)?.label ?? categories[i]!);
      const unit = others
        .map((d, i) => ds.Dimension(d)?.Category(categories[i]!)?.unit)
        .find((u) => u?.base !== undefined);
      indicators.set(key, {
        key,
        label: labels.join(', ') || tableLabel,
        unit: unit?.base ?? '',
        decimals: unit?.decimals ?? 0,
      });
    }
    const regionCode = String(row[geo]);
    values.push({
      indicatorKey: key,
      regionCode,
      regionLabel: geoDimension.Category(regionCode)?.label ?? regionCode,
      year: Number(row[time]),
      value,
    });
  }
  return {
    source: (ds.source ?? '').trim() || 'Ukjent kilde',
    tableCode,
    tableLabel,
    published: ds.updated ?? null,
    indicators: [...indicators.values()],
    values,
  };
}
