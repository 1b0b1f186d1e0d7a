/// <reference types="vite/client" />
/**
 * The screens behind the navigation, each loaded when first opened (`React.lazy`), so the first
 * download stays small. A screen whose owner has not delivered `features/<screen>/index.tsx` yet
 * shows a placeholder: `import.meta.glob` only lists the modules that exist.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useCommonStyles } from '../features/common/common.styles.ts';
import { useT } from './i18n.ts';
import type { Screen } from './router.ts';

type ScreenModule = { readonly default: ComponentType };

const modules = import.meta.glob<ScreenModule>('../features/*/index.tsx');

const loaded = new Map<Screen, LazyExoticComponent<ComponentType> | undefined>();

/** The lazily loaded screen, or undefined when it does not exist yet. */
export function lazyScreen(screen: Screen): LazyExoticComponent<ComponentType> | undefined {
  if (!loaded.has(screen)) {
    const load = modules[`../features/${screen}/index.tsx`];
    loaded.set(screen, load === undefined ? undefined : lazy(load));
  }
  return loaded.get(screen);
}

export function Placeholder({ screen }: { readonly screen: Screen }) {
  const t = useT();
  const styles = useCommonStyles();
  return (
    <div className={styles.screen}>
      <h1 className={styles.heading1}>{t(`tab.nav.${screen}`)}</h1>
      <p className={styles.intro}>{t('tab.placeholder.text')}</p>
    </div>
  );
}
