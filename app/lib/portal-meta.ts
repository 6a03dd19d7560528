import { type Translate, translator } from '../../src/kernel/i18n';
import type { RootData } from '../root';

type Match = { id: string; loaderData?: unknown } | undefined;

/** A portal page's <title>: the page, then the organisation, in the page's language. */
export function portalTitle(matches: readonly Match[], title: (t: Translate) => string) {
  const root = matches.find((m) => m?.id === 'root')?.loaderData as RootData | undefined;
  const t = translator(root?.locale ?? 'nb');
  return [{ title: `${title(t)} – ${root?.organisation.name ?? 'Samråd'}` }];
}
