/**
 * One polite live region for the pane: progress and outcomes ("Het sjabloon wordt ingevoegd…",
 * "Het document is gevuld"). The text is cleared first, so the same sentence twice is read twice.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { usePaneStyles } from './Pane.styles.ts';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

export function AnnouncerProvider({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  const styles = usePaneStyles();
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback<Announce>((next) => {
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 50);
  }, []);
  // A sentence still waiting when the pane goes has no one to be read to.
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-label={label} className={styles.visuallyHidden}>
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** `announce('Het document is gevuld')`: read out by screen readers, not shown. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
