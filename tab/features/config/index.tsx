/** The configuration page (Teams) and start screen (standalone), loaded on demand. */
import { ConfigPage } from './ConfigPage.tsx';

export default ConfigPage;
export { ConfigPage, type ConfigPageProps } from './ConfigPage.tsx';
