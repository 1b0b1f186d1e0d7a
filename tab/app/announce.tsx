/**
 * One polite live region for the whole tab: "Partner toegevoegd", "Status gewijzigd". Screen readers
 * read what is put in it; the text is cleared first so the same sentence twice is read twice.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useCommonStyles } from '../features/common/common.styles.ts';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

export function AnnouncerProvider({ children }: { readonly children: ReactNode }) {
  const styles = useCommonStyles();
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback<Announce>((next) => {
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 50);
  }, []);
  // A sentence still waiting when the tab goes has no one to be read to.
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** `announce('Partner toegevoegd')`: read out by screen readers, not shown. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
