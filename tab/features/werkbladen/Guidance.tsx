/**
 * Guidance from the kwaliteitskompas (Voorbeeld, Tip, Advies, Let op!, Meer informatie) in a
 * collapsible block. Each kind has a written label and an icon, never colour alone; links open in
 * a new tab and say so.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import {
  ChatRegular,
  DocumentRegular,
  InfoRegular,
  LightbulbRegular,
  OpenRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { Bullet, Guidance as GuidanceData, GuidanceKind } from '../../../shared/content/schema.ts';
import { useGuidanceStyles } from './Guidance.styles.ts';
import { useT } from '../../app/index.ts';

const icons: Record<GuidanceKind, ReactElement> = {
  voorbeeld: <DocumentRegular aria-hidden />,
  tip: <LightbulbRegular aria-hidden />,
  advies: <ChatRegular aria-hidden />,
  letop: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

export function Bullets({
  bullets,
  className,
}: {
  readonly bullets: readonly Bullet[];
  readonly className?: string;
}) {
  if (bullets.length === 0) return null;
  return (
    <ul className={className}>
      {bullets.map((b, i) => (
        <li key={i}>
          {b.lead !== undefined && <Text weight="semibold">{b.lead} </Text>}
          <Text>{b.text}</Text>
        </li>
      ))}
    </ul>
  );
}

export interface GuidanceListProps {
  readonly id: string;
  readonly guidance: readonly GuidanceData[];
}

/** Every block starts open: the advice is there to be read while answering. */
export function GuidanceList({ id, guidance }: GuidanceListProps) {
  const t = useT();
  const styles = useGuidanceStyles();
  if (guidance.length === 0) return null;
  const values = guidance.map((_, i) => `${id}-${i}`);
  return (
    <Accordion multiple collapsible defaultOpenItems={values} className={styles.root}>
      {guidance.map((g, i) => (
        <AccordionItem
          key={`${id}-${i}`}
          value={`${id}-${i}`}
          className={mergeClasses(styles.item, g.kind === 'letop' && styles.letop)}
        >
          <AccordionHeader icon={icons[g.kind]} expandIconPosition="end">
            <span className={styles.label}>{t(`werkbladen.guidance.${g.kind}`)}</span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {g.text.map((p, pi) => (
              <p key={pi} className={styles.paragraph}>
                <Text>{p}</Text>
              </p>
            ))}
            <Bullets bullets={g.bullets} className={styles.bullets} />
            {g.links.length > 0 && (
              <ul className={styles.links}>
                {g.links.map((link, li) => (
                  <li key={li}>
                    {link.url === undefined ? (
                      <Text>{t('werkbladen.guidance.noUrl', { titel: link.title })}</Text>
                    ) : (
                      <Link href={link.url} target="_blank" rel="noopener noreferrer">
                        {link.title}{' '}
                        <span className={styles.visuallyHidden}>{t('werkbladen.guidance.newTab')}</span>
                        <OpenRegular aria-hidden className={styles.newTab} />
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
