import { useFormat, useT } from '../lib/i18n';

/** "1. januar 2020 – 31. desember 2023", or "fra 1. januar 2020" for an open period. */
export function Period({ from, to }: { from: string; to: string | null }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      {to
        ? t('common.periodClosed', { from: format.date(from), to: format.date(to) })
        : t('common.periodOpen', { from: format.date(from) })}
    </>
  );
}
