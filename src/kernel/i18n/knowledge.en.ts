import type { knowledgeNb } from './knowledge.nb';

/** English texts of statistics and the knowledge pages. */
export const knowledgeEn: Record<keyof typeof knowledgeNb, string> = {
  'entity.indicator': 'the indicator',
  'entity.statisticsImport': 'the import',
  'entity.indicatorReference': 'the link to the indicator',
  'audit.action.knowledge.importStatistics': 'Statistics imported',
  'audit.action.knowledge.recordPopulation': 'Population recorded',
  'audit.action.knowledge.referenceIndicator': 'Indicator linked to the programme',
  'audit.action.knowledge.unreferenceIndicator': 'Indicator unlinked from the programme',
  'knowledge.file.refused': 'The file was not imported. Nothing has been saved.',
  'knowledge.file.notJson': 'The file is not valid JSON: {reason}',
  'knowledge.file.notObject': 'The file is not a JSON-stat dataset (an object was expected).',
  'knowledge.file.version': 'The file is JSON-stat version {version}; only version 2.0 can be read.',
  'knowledge.file.notDataset':
    'The file is JSON-stat of class "{class}". Download one dataset (class "dataset") from Statistics Norway.',
  'knowledge.file.badId': 'The field "id" must be a list of the dimension names.',
  'knowledge.file.badSize': 'The field "size" must be a list of positive integers.',
  'knowledge.file.sizeIdLength': '"size" has {size} numbers but "id" has {id} dimensions. They must match.',
  'knowledge.file.noDimension': 'The file has no "dimension".',
  'knowledge.file.missingDimension':
    'The dimension "{dimension}" is listed in "id" but not described in "dimension".',
  'knowledge.file.noCategory': 'The dimension "{dimension}" has no categories.',
  'knowledge.file.badIndex': 'The categories of the dimension "{dimension}" have an invalid index.',
  'knowledge.file.categoryCount':
    'The dimension "{dimension}" has {count} categories but "size" says {size}.',
  'knowledge.file.tooMany': 'The file has {count} values; at most {max} can be imported at a time.',
  'knowledge.file.valueLength':
    'The file has {values} values, but the dimensions ({sizes}) make {cells}. The file is incomplete or damaged.',
  'knowledge.file.valueType': 'Every value must be a number or empty (null).',
  'knowledge.file.valuePosition':
    'The value at position {position} lies outside the dataset ({cells} cells).',
  'knowledge.file.noValue': 'The file has no "value".',
  'knowledge.file.noTable': 'The table number was not found (e.g. "07459:" at the start of "label").',
  'knowledge.file.noGeo': 'No region dimension was found (role.geo or "Region").',
  'knowledge.file.noTime': 'No time dimension was found (role.time or "Tid").',
  'knowledge.file.notYears':
    'The time dimension must be whole years but has "{value}". Choose years in the extract.',
  'knowledge.file.noCodeColumn':
    'No column with a region code was found (kommunenummer, fylkesnummer or region).',
  'knowledge.file.noYearColumns': 'No columns with years were found.',
  'knowledge.file.badCode': 'Line {line}: "{value}" is not a region code.',
  'knowledge.file.badNumber': 'Line {line}: "{value}" is not a number.',
  'knowledge.file.noValues': 'The file has no values.',
  'knowledge.memberLink': 'Population development in {name}',
  'knowledge.title': 'Knowledge of the region',
  'knowledge.lead':
    'Population and other statistics for the members, the sub-regions and the whole region, from Statistics Norway.',
  'knowledge.empty': 'No statistics have been imported yet.',
  'knowledge.importLink': 'Import statistics',
  'knowledge.indicator': 'Indicator',
  'knowledge.area': 'Area',
  'knowledge.wholeRegion': 'the whole region',
  'knowledge.membersOn': 'Members as of',
  'knowledge.areaTitle': '{indicator} in {place}',
  'knowledge.areaNote':
    'The sum of {count} members as of {date}, on their borders; the county municipalities are not counted when their municipalities are.',
  'knowledge.missing': 'No figures: {names}.',
  'knowledge.noAreaValues': 'No year has figures for every member of the area.',
  'knowledge.noValues': 'There are no figures for {name} in this indicator.',
  'knowledge.growth': 'From {from} to {to}: {change} ({percent}).',
  'knowledge.chartDescription':
    'Line chart from {from} ({first}) to {to} ({last}). The figures are in the table below.',
  'knowledge.ranking': 'The members ranked by the latest year',
  'knowledge.imports': 'Latest imports',
  'knowledge.importLine':
    '{file} (table {table}): {count} values, {skipped} regions that are not members, {date}',
  'knowledge.memberTitle': '{name}: {indicator}',
  'knowledge.source': 'Source: {source}, {table}.',
  'knowledge.toMember': "To {name}'s member page",
  'knowledge.derivedNote': '* The sum of the municipalities that later merged.',
  'knowledge.column.year': 'Year',
  'knowledge.column.change': 'Change',
  'knowledge.column.changePercent': 'Change (%)',
  'knowledge.column.rank': 'Rank',
  'knowledge.column.growth': 'Growth over the period',
  'knowledge.column.growthPercent': 'Growth (%)',
  'knowledge.column.code': 'Region code',
  'knowledge.column.region': 'Region in the file',
  'knowledge.column.landsOn': 'Stored on member',
  'knowledge.column.years': 'Years',
  'knowledge.column.values': 'Values',
  'knowledge.importTitle': 'Import statistics',
  'knowledge.importLead':
    "Upload a JSON-stat file (version 2.0) from Statistics Norway's StatBank, e.g. table 07459. You see where the figures land before anything is saved.",
  'knowledge.importFile': 'JSON-stat file',
  'knowledge.previewSummary':
    '{table} ({source}): {values} values are stored on members; {skipped} regions are not members and are skipped.',
  'knowledge.previewIndicators': 'Indicators: {indicators}.',
  'knowledge.notMember': 'Not a member (skipped)',
  'knowledge.importConfirm': 'Import {count} values',
  'knowledge.imported': '{count} values from {file} have been imported.',
};
