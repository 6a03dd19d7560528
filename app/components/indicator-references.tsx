import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import type { referencedIndicators } from '../../src/domain/knowledge/queries';
import type { FormFailure } from '../lib/form-failure';
import { useFormat, useT } from '../lib/i18n';
import { CsrfField, SelectField } from './form';

type Reference = Awaited<ReturnType<typeof referencedIndicators>>[number];

/**
 * The indicators a focus area or an activity follows, with the region's latest value, and (for
 * editors) plain forms to link and unlink them; posts `intent` reference / unreference.
 */
export function IndicatorReferences({
  references,
  choices,
  manage,
  empty,
  failure,
}: {
  references: Reference[];
  choices: { value: string; label: string }[];
  manage: boolean;
  empty: string;
  failure?: FormFailure | undefined;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="indikatorer" className="stack">
      <Heading level={2} data-size="sm" id="indikatorer">
        {t('knowledge.indicators')}
      </Heading>
      {references.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="plain-list">
          {references.map((r) => (
            <li key={r.id}>
              <Link to={`/app/kunnskap?indikator=${r.indicator.id}`} className="ds-link">
                {r.latest
                  ? t('knowledge.referenceLine', {
                      indicator: r.indicator.label,
                      value: format.number(r.latest.value),
                      year: r.latest.year,
                      growth: r.growth?.percent == null ? '–' : format.percent(r.growth.percent),
                      from: r.growth?.fromYear ?? r.latest.year,
                    })
                  : r.indicator.label}
              </Link>
              {manage ? (
                <Form method="post" className="inline-form">
                  <CsrfField />
                  <input type="hidden" name="intent" value="unreference" />
                  <input type="hidden" name="referenceId" value={r.id} />
                  <Button
                    type="submit"
                    variant="tertiary"
                    data-size="sm"
                    aria-label={`${t('knowledge.removeReference')}: ${r.indicator.label}`}
                  >
                    {t('knowledge.removeReference')}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {manage && choices.length ? (
        <Form method="post" className="stack panel" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="reference" />
          <SelectField
            name="indicatorId"
            label={t('knowledge.indicator')}
            failure={failure}
            options={[{ value: '', label: t('knowledge.chooseIndicator') }, ...choices]}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('knowledge.addReference')}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
