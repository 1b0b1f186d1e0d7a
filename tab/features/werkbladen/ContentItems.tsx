/**
 * The items of a sheet (or of a bouwsteen's intro and "vooraf") in content order: headings, text,
 * guidance and questions. Heading levels follow the outline, so a question after a content heading
 * sits one level below it.
 */
import { Text } from '@fluentui/react-components';
import type { TrajectView } from '../../../shared/application/index.ts';
import type { BouwsteenId, Edition, SheetItem } from '../../../shared/content/schema.ts';
import { Bullets, GuidanceList } from './Guidance.tsx';
import { QuestionBlock, type HeadingLevel } from './Question.tsx';
import { useWerkbladenStyles } from './Werkbladen.styles.ts';

function level(n: number): HeadingLevel {
  return Math.min(6, Math.max(2, n)) as HeadingLevel;
}

export interface ContentItemsProps {
  /** For unique ids of unnamed items. */
  readonly id: string;
  readonly items: readonly SheetItem[];
  /** The level of the heading these items stand under. */
  readonly parentLevel: number;
  readonly bouwsteen: BouwsteenId;
  readonly edition: Edition;
  readonly view: TrajectView;
}

export function ContentItems({ id, items, parentLevel, bouwsteen, edition, view }: ContentItemsProps) {
  const styles = useWerkbladenStyles();
  let underHeading = false;
  return (
    <>
      {items.map((item, i) => {
        switch (item.type) {
          case 'heading': {
            underHeading = true;
            const as = `h${level(parentLevel + 1)}` as const;
            return (
              <Text key={i} as={as} className={styles.heading4}>
                {item.text}
              </Text>
            );
          }
          case 'text':
            return (
              <div key={i} className={styles.section}>
                {item.text.map((p, pi) => (
                  <p key={pi} className={styles.paragraph}>
                    {p}
                  </p>
                ))}
                <Bullets bullets={item.bullets} className={styles.bullets} />
              </div>
            );
          case 'guidance':
            return <GuidanceList key={i} id={`${id}-advies-${i}`} guidance={[item.guidance]} />;
          case 'question':
            return (
              <QuestionBlock
                key={item.id}
                question={item}
                bouwsteen={bouwsteen}
                edition={edition}
                view={view}
                headingLevel={level(parentLevel + (underHeading ? 2 : 1))}
              />
            );
        }
      })}
    </>
  );
}
