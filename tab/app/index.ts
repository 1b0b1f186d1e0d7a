/** The tab's app layer: what every screen uses. */
export {
  ServicesProvider,
  useServices,
  type Services,
  type ServicesConfig,
  type TeamStore,
} from './services.tsx';
export {
  TrajectProvider,
  useLinkTo,
  useRecordState,
  useTraject,
  useTrajectId,
  defaultPollMs,
  type TrajectState,
} from './traject.tsx';
export { useLocale, useT, type Key, type T } from './i18n.ts';
export {
  currentRoute,
  defaultRoute,
  navigate,
  parseRoute,
  routeFromSubPageId,
  routeHref,
  routePath,
  sameRoute,
  screens,
  subPageIdOf,
  useRoute,
  type Route,
  type Screen,
} from './router.ts';
