/** Bokmål texts of statistics and the knowledge pages. */
export const knowledgeNb = {
  'entity.indicator': 'indikatoren',
  'entity.statisticsImport': 'importen',
  'entity.indicatorReference': 'koblingen til indikatoren',
  'audit.action.knowledge.importStatistics': 'Statistikk importert',
  'audit.action.knowledge.recordPopulation': 'Folketall registrert',
  'audit.action.knowledge.referenceIndicator': 'Indikator koblet til handlingsprogrammet',
  'audit.action.knowledge.unreferenceIndicator': 'Indikator koblet fra handlingsprogrammet',
  'knowledge.file.refused': 'Filen ble ikke importert. Ingenting er lagret.',
  'knowledge.file.notJson': 'Filen er ikke gyldig JSON: {reason}',
  'knowledge.file.notObject': 'Filen er ikke et JSON-stat-datasett (venter et objekt).',
  'knowledge.file.version': 'Filen er JSON-stat versjon {version}; bare versjon 2.0 kan leses.',
  'knowledge.file.notDataset':
    'Filen er JSON-stat av klassen «{class}». Last ned ett datasett (class «dataset») fra SSB.',
  'knowledge.file.badId': 'Feltet «id» må være en liste med navnene på dimensjonene.',
  'knowledge.file.badSize': 'Feltet «size» må være en liste med positive heltall.',
  'knowledge.file.sizeIdLength':
    '«size» har {size} tall, men «id» har {id} dimensjoner. De må være like mange.',
  'knowledge.file.noDimension': 'Filen mangler «dimension».',
  'knowledge.file.missingDimension':
    'Dimensjonen «{dimension}» står i «id», men er ikke beskrevet i «dimension».',
  'knowledge.file.noCategory': 'Dimensjonen «{dimension}» har ingen kategorier.',
  'knowledge.file.badIndex': 'Kategoriene i dimensjonen «{dimension}» har en ugyldig indeks.',
  'knowledge.file.categoryCount': 'Dimensjonen «{dimension}» har {count} kategorier, men «size» sier {size}.',
  'knowledge.file.tooMany': 'Filen har {count} verdier; høyst {max} kan importeres om gangen.',
  'knowledge.file.valueLength':
    'Filen har {values} verdier, men dimensjonene ({sizes}) gir {cells}. Filen er ufullstendig eller skadet.',
  'knowledge.file.valueType': 'Alle verdier må være tall eller tomme (null).',
  'knowledge.file.valuePosition': 'Verdien på plass {position} ligger utenfor datasettet ({cells} celler).',
  'knowledge.file.noValue': 'Filen mangler «value».',
  'knowledge.file.noTable': 'Fant ikke tabellnummeret (for eksempel «07459:» først i «label»).',
  'knowledge.file.noGeo': 'Fant ingen regiondimensjon (role.geo eller «Region»).',
  'knowledge.file.noTime': 'Fant ingen tidsdimensjon (role.time eller «Tid»).',
  'knowledge.file.notYears':
    'Tidsdimensjonen må være hele år, men har «{value}». Velg årstall i SSBs uttrekk.',
  'knowledge.file.noCodeColumn':
    'Fant ingen kolonne med regionkode (kommunenummer, fylkesnummer eller region).',
  'knowledge.file.noYearColumns': 'Fant ingen kolonner med årstall.',
  'knowledge.file.badCode': 'Linje {line}: «{value}» er ikke en regionkode.',
  'knowledge.file.badNumber': 'Linje {line}: «{value}» er ikke et tall.',
  'knowledge.file.noValues': 'Filen har ingen verdier.',
  'knowledge.memberLink': 'Befolkningsutviklingen i {name}',
} as const;
