/**
 * "Kopieer link": the question's deep link (a Teams deep link inside Teams, from the shell). The
 * browser Clipboard API can be blocked in a Teams iframe and teams-js deprecated its clipboard
 * capability (v2.54.0), so when copying fails the link is shown, selected, to copy by hand.
 */
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/index.ts';
import { useCopyLinkStyles } from './CopyLink.styles.ts';

export interface CopyLinkProps {
  readonly link: string;
  /** The question's short label, so the button's name says which link it copies. */
  readonly vraag: string;
}

async function copyText(text: string): Promise<void> {
  // navigator.clipboard is absent outside secure contexts.
  if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
  await navigator.clipboard.writeText(text);
}

export function CopyLink({ link, vraag }: CopyLinkProps) {
  const t = useT();
  const styles = useCopyLinkStyles();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state !== 'failed') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  return (
    <div className={styles.root}>
      <Button
        appearance="subtle"
        size="small"
        icon={<LinkRegular />}
        aria-label={t('werkbladen.copyLink.name', { vraag })}
        onClick={() => {
          copyText(link).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {t('werkbladen.copyLink.button')}
      </Button>
      <div role="status" aria-live="polite">
        {state === 'copied' && <Text size={200}>{t('werkbladen.copyLink.copied', { vraag })}</Text>}
        {state === 'failed' && <Text size={200}>{t('werkbladen.copyLink.failed')}</Text>}
      </div>
      {state === 'failed' && (
        <Field label={t('werkbladen.copyLink.field', { vraag })} className={styles.field}>
          <Input
            ref={(el) => {
              field.current = el;
            }}
            readOnly
            value={link}
          />
        </Field>
      )}
    </div>
  );
}
