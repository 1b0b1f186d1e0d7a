/**
 * The 0-A overview of partners: the partner records by domain × level, with the seed's organisations
 * as suggestions. Partners are added and edited on the Partners screen.
 */
import { Link, Text } from '@fluentui/react-components';

import type { TrajectView } from '../../../../shared/application/index.ts';
import { routeHref, useT } from '../../../app/index.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { LinkArrow } from '../LinkArrow.tsx';
import { joinIsolated } from '../../../../shared/i18n/bidi.ts';

export interface PartnerOverviewProps {
  readonly id: string;
  readonly input: InputOf<'partnerOverview'>;
  readonly view: Pick<TrajectView, 'partners'>;
  readonly labelId: string;
  readonly describedBy?: string | undefined;
}

export function PartnerOverview({ id, input, view, labelId, describedBy }: PartnerOverviewProps) {
  const t = useT();
  const styles = useEditorStyles();
  const placed = (domain: string, level: string) =>
    view.partners.filter((p) => p.domein === domain && p.niveau === level);
  const unplaced = view.partners.filter(
    (p) => !input.domains.some((d) => d.id === p.domein) || !input.levels.some((l) => l.id === p.niveau),
  );
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      <Text>{t('werkbladen.partners.count', { count: view.partners.length - unplaced.length })}</Text>
      {/* Text only: the box itself takes focus so a narrow screen can scroll it by keyboard. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={labelId}>
        <table className={styles.table} aria-labelledby={labelId}>
          <thead>
            <tr>
              <td />
              {input.levels.map((l) => (
                <th key={l.id} scope="col">
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {input.domains.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.label}</th>
                {input.levels.map((l) => {
                  const partners = placed(d.id, l.id);
                  const suggestions = input.suggestions.find((s) => s.domain === d.id && s.level === l.id);
                  return (
                    <td key={l.id}>
                      {partners.length > 0 && (
                        <ul className={styles.chips}>
                          {partners.map((p) => (
                            <li key={p.id}>
                              <Text weight="semibold">{p.organisatie}</Text>
                            </li>
                          ))}
                        </ul>
                      )}
                      {suggestions !== undefined && (
                        <Text size={200} className={styles.muted}>
                          {t('werkbladen.partners.suggestions', {
                            organisaties: suggestions.organisations.join(', '),
                          })}
                        </Text>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unplaced.length > 0 && (
        <Text>
          {t('werkbladen.partners.unplaced', { namen: joinIsolated(unplaced.map((p) => p.organisatie)) })}
        </Text>
      )}
      <Link id={id} href={routeHref({ screen: 'partners' })}>
        {t('werkbladen.partners.link')}
        <LinkArrow />
      </Link>
    </div>
  );
}
