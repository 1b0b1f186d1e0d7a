/**
 * The meeting as an .ics file for people outside the tenant: a Blob behind an ordinary link the
 * person clicks, never a scripted click (new Teams was reported to block repeated scripted blob
 * downloads, msteams-docs#10334). The text goes in as a Blob, never as markup.
 */
import { Link, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { reflectieIcs, type TrajectView } from '../../../shared/application/index.ts';
import type { Overleg } from '../../../shared/domain/model.ts';
import { dateOf } from '../../../shared/domain/reflectie/zoned.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { useT } from '../../app/index.ts';
import type { ReflectieServices } from './services.tsx';

export interface IcsLinkProps {
  readonly overleg: Overleg;
  readonly view: TrajectView;
  readonly services: ReflectieServices;
}

export function icsFileName(overleg: Pick<Overleg, 'bouwstenen' | 'start'>): string {
  return `reflectie-bouwsteen-${overleg.bouwstenen.join('-').toLowerCase()}-${dateOf(overleg.start)}.ics`;
}

export function IcsLink({ overleg, view, services }: IcsLinkProps) {
  const t = useT();
  const common = useCommonStyles();
  const { ctx, locale, linkFor } = services;
  const link = linkFor(overleg.bouwstenen[0]);
  const text = useMemo(
    () => reflectieIcs(ctx, { traject: view.traject, records: view, overleg, link, locale }),
    [ctx, view, overleg, link, locale],
  );
  const [href, setHref] = useState<string | undefined>(undefined);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);
  if (href === undefined) return null;
  return (
    <p className={common.muted}>
      <Link href={href} download={icsFileName(overleg)}>
        {t('reflecties.ics')}
      </Link>{' '}
      <Text size={200}>{t('reflecties.ics.uitleg')}</Text>
    </p>
  );
}
